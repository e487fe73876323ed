/// Writes JSON as UTF-8. Strings never carry a raw control character or ESC, so
/// a written ledger line is safe to print to a terminal.
public enum JSONWriter {
    /// Appends the compact form (no whitespace at all) to `buffer`.
    public static func write(_ value: JSONValue, into buffer: inout [UInt8]) {
        switch value {
        case .null:
            buffer.append(contentsOf: "null".utf8)
        case .bool(let bool):
            buffer.append(contentsOf: (bool ? "true" : "false").utf8)
        case .int(let int):
            writeInt(int, into: &buffer)
        case .double(let double):
            writeDouble(double, into: &buffer)
        case .string(let string):
            writeString(string, into: &buffer)
        case .array(let elements):
            buffer.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                write(element, into: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
        case .object(let object):
            buffer.append(UInt8(ascii: "{"))
            for (position, pair) in object.pairs.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                writeString(pair.key, into: &buffer)
                buffer.append(UInt8(ascii: ":"))
                write(pair.value, into: &buffer)
            }
            buffer.append(UInt8(ascii: "}"))
        }
    }

    public static func compact(_ value: JSONValue) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(initialCapacity)
        write(value, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Two-space indentation and `"key": value`, for people to read.
    public static func pretty(_ value: JSONValue) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(initialCapacity)
        writePretty(value, depth: 0, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Enough for a typical ledger line in one allocation.
    private static let initialCapacity = 512

    private static func writePretty(_ value: JSONValue, depth: Int, into buffer: inout [UInt8]) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            buffer.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                writeNewline(depth: depth + 1, into: &buffer)
                writePretty(element, depth: depth + 1, into: &buffer)
            }
            writeNewline(depth: depth, into: &buffer)
            buffer.append(UInt8(ascii: "]"))
        case .object(let object) where !object.isEmpty:
            buffer.append(UInt8(ascii: "{"))
            for (position, pair) in object.pairs.enumerated() {
                if position > 0 { buffer.append(UInt8(ascii: ",")) }
                writeNewline(depth: depth + 1, into: &buffer)
                writeString(pair.key, into: &buffer)
                buffer.append(contentsOf: ": ".utf8)
                writePretty(pair.value, depth: depth + 1, into: &buffer)
            }
            writeNewline(depth: depth, into: &buffer)
            buffer.append(UInt8(ascii: "}"))
        default:
            // Scalars and empty containers read the same either way.
            write(value, into: &buffer)
        }
    }

    private static func writeNewline(depth: Int, into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\n"))
        buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Digits are produced backwards and then reversed in place, which avoids
    /// building an intermediate `String`.
    private static func writeInt(_ int: Int, into buffer: inout [UInt8]) {
        if int < 0 { buffer.append(UInt8(ascii: "-")) }
        let start = buffer.count
        var magnitude = int.magnitude
        repeat {
            buffer.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        buffer[start...].reverse()
    }

    /// `description` is the shortest text that reads back as the same `Double`,
    /// and keeps a fractional part (`3.0`) so the value reads back as a double.
    /// JSON has no spelling for infinities or NaN, so they become `null`.
    private static func writeDouble(_ double: Double, into buffer: inout [UInt8]) {
        if double.isFinite {
            buffer.append(contentsOf: double.description.utf8)
        } else {
            buffer.append(contentsOf: "null".utf8)
        }
    }

    private static func writeString(_ string: String, into buffer: inout [UInt8]) {
        var string = string
        buffer.append(UInt8(ascii: "\""))
        string.withUTF8 { utf8 in
            var runStart = 0
            for (position, byte) in utf8.enumerated() where needsEscape(byte) {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
                writeEscape(byte, into: &buffer)
                runStart = position + 1
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    private static func writeEscape(_ byte: UInt8, into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(byte)
        case 0x0A: buffer.append(UInt8(ascii: "n"))
        case 0x0D: buffer.append(UInt8(ascii: "r"))
        case 0x09: buffer.append(UInt8(ascii: "t"))
        case 0x08: buffer.append(UInt8(ascii: "b"))
        case 0x0C: buffer.append(UInt8(ascii: "f"))
        default:
            buffer.append(contentsOf: "u00".utf8)
            buffer.append(lowercaseHexDigit(byte >> 4))
            buffer.append(lowercaseHexDigit(byte & 0xF))
        }
    }

    private static func lowercaseHexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
