import DutyDeskCore
import Foundation
import NIOCore

/// The `event` table's rows in COPY's text format, as `StoreImport` sends them: tab between
/// columns, a newline after each row, `\\N` for NULL, and backslash, tab, newline and carriage
/// return escaped in text. The line goes as bytea's hex form, so its bytes need no escaping.
/// Read a chunk at a time by the COPY's task while the importing thread waits for it, so nothing
/// else touches it meanwhile.
final class CopyRows: @unchecked Sendable {
    static let columns = ["desk_id", "seq", "event_id", "recorded_at", "op", "type", "case_code", "line"]
    /// About how much one write to the server holds.
    static let chunkBytes = 1 << 20

    private let lines: [(event: Event, bytes: [UInt8])]
    private let desk: String
    private var next = 0

    init(_ lines: [(event: Event, bytes: [UInt8])], desk: String) {
        self.lines = lines
        self.desk = desk
    }

    /// The next rows, about a chunk's worth; false once the last row is in.
    func fill(_ chunk: inout ByteBuffer) -> Bool {
        while next < lines.count, chunk.readableBytes < Self.chunkBytes {
            Self.write(lines[next].event, line: lines[next].bytes, desk: desk, into: &chunk)
            next += 1
        }
        return next < lines.count
    }

    static func write(_ event: Event, line: [UInt8], desk: String, into buffer: inout ByteBuffer) {
        text(desk, into: &buffer)
        buffer.writeString("\t\(event.seq)\t")
        text(event.id, into: &buffer)
        buffer.writeString("\t" + timestamp(event.recordedAt) + "\t")
        text(event.operatorName, into: &buffer)
        buffer.writeInteger(UInt8(ascii: "\t"))
        text(event.body.typeName, into: &buffer)
        buffer.writeInteger(UInt8(ascii: "\t"))
        if let code = event.caseID?.rawValue { text(code, into: &buffer) } else { buffer.writeString("\\N") }
        buffer.writeString("\t\\\\x")
        // Written straight into the buffer's memory: the line is most of the row.
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: line.count * 2) { memory in
            line.withUnsafeBufferPointer { bytes in
                var at = 0
                for byte in bytes {
                    memory[at] = hexDigits[Int(byte >> 4)]
                    memory[at + 1] = hexDigits[Int(byte & 0x0f)]
                    at += 2
                }
            }
            return line.count * 2
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A text value with COPY's four special bytes escaped.
    static func text(_ value: String, into buffer: inout ByteBuffer) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeString("\\t")
            case UInt8(ascii: "\n"): buffer.writeString("\\n")
            case UInt8(ascii: "\r"): buffer.writeString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    /// UTC to the microsecond, as the INSERT path's binary timestamptz keeps it (truncated); the
    /// calendar is `CivilTime`'s, as everywhere else a time is written.
    static func timestamp(_ date: Date) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
        let fraction = ((micros % 1_000_000) + 1_000_000) % 1_000_000
        let time = CivilTime(Date(timeIntervalSince1970: Double(micros - fraction) / 1_000_000), utcOffset: 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let digits = String(fraction)
        return "\(time.year)-\(two(time.month))-\(two(time.day)) \(two(time.hour)):\(two(time.minute)):\(two(time.second))."
            + String(repeating: "0", count: 6 - digits.count) + digits + "+00"
    }
}
