import Foundation

/// The snapshot's byte layout: unsigned LEB128 varints, zigzag for signed numbers, a string as its
/// UTF-8 length then its bytes, a `Date` as the bits of its Double (exact, whatever its fraction).
/// Written by hand because a generic coder costs more than the replay it is meant to save.
public struct CompactWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func int(_ value: Int) {
        unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func date(_ value: Date) {
        withUnsafeBytes(of: value.timeIntervalSince1970.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func raw(_ value: some Collection<UInt8>) { bytes.append(contentsOf: value) }

    /// `value` as its place in `values` (which must hold it): a vocabulary value in a byte.
    public mutating func place<V: Equatable>(of value: V, among values: [V]) {
        unsigned(UInt64(values.firstIndex(of: value)!))
    }
}

/// Reads what `CompactWriter` wrote; any byte out of place throws `CompactReader.Malformed`, never traps.
public struct CompactReader {
    public struct Malformed: Error, Equatable, CustomStringConvertible {
        public let offset: Int
        public var description: String { "malformed at byte \(offset)" }
    }

    private let buffer: UnsafeRawBufferPointer
    public private(set) var offset = 0

    public init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    public var isAtEnd: Bool { offset == buffer.count }

    public mutating func unsigned() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < buffer.count, shift < 64 else { throw Malformed(offset: offset) }
            let byte = buffer[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    public mutating func int() throws(Malformed) -> Int {
        let zigzag = try unsigned()
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    /// A count of things still to read, each at least one byte: a count the bytes cannot hold is malformed.
    public mutating func count() throws(Malformed) -> Int {
        let value = try unsigned()
        guard value <= UInt64(buffer.count - offset) else { throw Malformed(offset: offset) }
        return Int(value)
    }

    public mutating func bool() throws(Malformed) -> Bool {
        guard offset < buffer.count, buffer[offset] <= 1 else { throw Malformed(offset: offset) }
        offset += 1
        return buffer[offset - 1] == 1
    }

    public mutating func date() throws(Malformed) -> Date {
        guard offset + 8 <= buffer.count else { throw Malformed(offset: offset) }
        var bits: UInt64 = 0
        withUnsafeMutableBytes(of: &bits) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + 8)])) }
        offset += 8
        return Date(timeIntervalSince1970: Double(bitPattern: UInt64(littleEndian: bits)))
    }

    public mutating func string() throws(Malformed) -> String {
        let length = try count()
        let start = offset
        offset += length
        let utf8 = UnsafeRawBufferPointer(rebasing: buffer[start..<offset]).assumingMemoryBound(to: UInt8.self)
        // Decoding repairs an ill-formed sequence (U+FFFD), so the text is valid exactly when it reads
        // back as the same bytes; this is the specialised path, where `String(validating:)` is generic,
        // and `memcmp` because `elementsEqual` compares a byte at a time (a tenth of opening a desk).
        var text = String(decoding: utf8, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            decoded.count == length && (length == 0 || memcmp(decoded.baseAddress!, utf8.baseAddress!, length) == 0)
        }
        guard same else { throw Malformed(offset: start) }
        return text
    }

    /// The value at the place `CompactWriter.place` wrote; a place past `values` is malformed.
    public mutating func place<V>(among values: [V]) throws(Malformed) -> V {
        let at = offset
        let number = try unsigned()
        guard number < UInt64(values.count) else { throw Malformed(offset: at) }
        return values[Int(number)]
    }

    public mutating func raw(_ length: Int) throws(Malformed) -> UnsafeRawBufferPointer {
        guard length >= 0, length <= buffer.count - offset else { throw Malformed(offset: offset) }
        offset += length
        return UnsafeRawBufferPointer(rebasing: buffer[(offset - length)..<offset])
    }
}
