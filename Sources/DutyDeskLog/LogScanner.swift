import DutyDeskCore
import Foundation

/// Walks ledger bytes line by line, verifying each hash and the chain, and stops at the first
/// fault. It keeps the position of the valid prefix so reading can resume where it stopped.
struct LogScanner {
    /// Bytes of valid, complete lines so far.
    private(set) var validLength = 0
    private(set) var lineCount = 0
    private(set) var head = LineHash.genesis
    var headHash: String { head.text }

    var nextSeq: Int { lineCount + 1 }

    struct Outcome {
        /// Bytes of the buffer taken as valid lines.
        var consumed = 0
        var fault: LineFault?
    }

    /// Scans `buffer`, which starts at `validLength` in the file, handing each verified event to
    /// `deliver` as it goes (a replay never holds the whole ledger's events at once). An
    /// unterminated last line is left unconsumed: whether it is torn or still being written is
    /// for the caller to judge.
    mutating func scan(_ buffer: UnsafeRawBufferPointer, deliver: (Event) -> Void) -> Outcome {
        var outcome = Outcome()
        var start = 0
        while start < buffer.count {
            guard let newline = Self.nextNewline(in: buffer, from: start) else { break }
            let line = UnsafeRawBufferPointer(rebasing: buffer[start..<newline])
            switch check(line) {
            case .success(let event):
                deliver(event)
                start = newline + 1
                lineCount += 1
                validLength += line.count + 1
                outcome.consumed = start
            case .failure(let reason):
                outcome.fault = LineFault(line: lineCount + 1, offset: validLength, reason: reason)
                return outcome
            }
        }
        return outcome
    }

    private mutating func check(_ line: UnsafeRawBufferPointer) -> Result<Event, LineFault.Reason> {
        guard let stored = LineFraming.storedHash(line), LineFraming.hashMatches(line, stored: stored) else {
            return .failure(.hashMismatch)
        }
        do {
            let event = try LineFraming.decode(line, expectedSeq: nextSeq, previousHash: head)
            if lineCount == 0 {
                guard case .logCreated = event.body else { return .failure(.notALedger) }
            }
            head = stored
            return .success(event)
        } catch {
            return .failure(error)
        }
    }

    static func nextNewline(in buffer: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = buffer.baseAddress, start < buffer.count else { return nil }
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
