import DutyDeskCore
import Foundation

/// Walks ledger bytes line by line, verifying each hash and the chain, and stops at the first
/// fault. It keeps the position of the valid prefix so reading can resume where it stopped.
/// Public so that every store checks the same line bytes the same way.
public struct LedgerScanner {
    /// Bytes of valid, complete lines so far.
    public private(set) var validLength = 0
    public private(set) var lineCount = 0
    /// Where the last valid line starts: with its hash, what a snapshot is held against.
    public private(set) var lastLineStart = 0
    private(set) var head = LineHash.genesis
    public var headHash: String { head.text }

    public var nextSeq: Int { lineCount + 1 }

    /// Seqs whose line hash a reader wants on the way (an anchor's), highest first; each found one
    /// moves to `watchedHashes`.
    private var watching: [Int] = []
    private(set) var watchedHashes: [Int: String] = [:]

    mutating func watch(_ seqs: [Int]) {
        watching = Array(Set(seqs.filter { $0 > lineCount })).sorted(by: >)
    }

    /// Whether a large buffer's lines are checked on every core (the global queue's threads) or
    /// all on the calling thread: a check in the background at low priority (the console's
    /// `ChainCheck`) keeps to its own thread, whose nice value the queue's threads do not share,
    /// and leaves the other core to the console.
    public var checksOnEveryCore = true

    public init() {}

    /// Carries on after `lineCount` lines a snapshot vouches for, the last of them at
    /// `lastLineStart..<validLength` with hash `head`, as if they had been scanned.
    mutating func resume(lineCount: Int, lastLineStart: Int, validLength: Int, head: LineHash) {
        self.lineCount = lineCount
        self.lastLineStart = lastLineStart
        self.validLength = validLength
        self.head = head
        watching.removeAll { $0 <= lineCount }
    }

    public struct Outcome {
        /// Bytes of the buffer taken as valid lines.
        public var consumed = 0
        public var fault: LineFault?
    }

    /// Scans `buffer`, which starts at `validLength` in the file, handing each verified event to
    /// `deliver` in order (a replay never holds the whole ledger's events at once). An
    /// unterminated last line is left unconsumed: whether it is torn or still being written is
    /// for the caller to judge.
    ///
    /// Every line can be checked on its own (its hash, its layout, its `prev` against the stored
    /// hash of the line before it, its `seq` against its position), so batches of lines are checked
    /// on every core while the events of the batches already checked are delivered; the results are
    /// taken in order, and the first line that failed is the fault.
    public mutating func scan(_ buffer: UnsafeRawBufferPointer, deliver: (Event) -> Void) -> Outcome {
        var ends: [Int] = []
        var start = 0
        while let newline = Self.nextNewline(in: buffer, from: start) {
            ends.append(newline)
            start = newline + 1
        }
        let checks = LineBatches(buffer: buffer, ends: ends, firstSeq: nextSeq, previous: head, onEveryCore: checksOnEveryCore)
        // No worker may still be reading `buffer` once the caller has it back.
        defer { checks.finish() }
        var outcome = Outcome()
        for index in ends.indices {
            switch checks.take(index) {
            case .valid(let event, let hash):
                deliver(event)
                head = hash
                lineCount += 1
                if watching.last == lineCount {
                    watchedHashes[lineCount] = hash.text
                    watching.removeLast()
                }
                lastLineStart = validLength
                validLength += ends[index] + 1 - outcome.consumed
                outcome.consumed = ends[index] + 1
            case .fault(let reason):
                outcome.fault = LineFault(line: lineCount + 1, offset: validLength, reason: reason)
                return outcome
            }
        }
        return outcome
    }

    /// What checking one line found: its event and stored hash, or why it is not valid.
    enum LineCheck {
        case valid(Event, LineHash)
        case fault(LineFault.Reason)
    }

    /// The lines of one buffer, checked in batches on the global queue and taken in order as each
    /// batch is ready. Workers write only their own batch's slots and the buffer is only read;
    /// a batch's semaphore orders its writes before the taker's reads: hence the unchecked
    /// sendability. The buffer must outlive the batches: `finish` waits for every one of them.
    private final class LineBatches: @unchecked Sendable {
        /// A short buffer (an append is one line) is checked on the calling thread.
        static let batchSize = 1024

        let buffer: UnsafeRawBufferPointer
        let ends: [Int]
        let firstSeq: Int
        let previous: LineHash
        let results: UnsafeMutableBufferPointer<LineCheck>
        let ready: [DispatchSemaphore]
        /// Touched by the taking thread only.
        private var taken = 0
        private var waited = 0

        init(buffer: UnsafeRawBufferPointer, ends: [Int], firstSeq: Int, previous: LineHash, onEveryCore: Bool) {
            self.buffer = buffer
            self.ends = ends
            self.firstSeq = firstSeq
            self.previous = previous
            results = .allocate(capacity: ends.count)
            let batches = (ends.count + Self.batchSize - 1) / Self.batchSize
            ready = (0..<batches).map { _ in DispatchSemaphore(value: 0) }
            if batches == 1 || !onEveryCore {
                for batch in 0..<batches { check(batch) }
            } else {
                for batch in 0..<batches { DispatchQueue.global().async { self.check(batch) } }
            }
        }

        /// The result for line `index`, moved out; lines are taken in order.
        func take(_ index: Int) -> LineCheck {
            while waited <= index / Self.batchSize {
                ready[waited].wait()
                waited += 1
            }
            taken = index + 1
            return (results.baseAddress! + index).move()
        }

        /// Waits until every batch is checked, so the buffer is no longer read.
        func finish() {
            while waited < ready.count {
                ready[waited].wait()
                waited += 1
            }
        }

        deinit {
            finish()
            (results.baseAddress! + taken).deinitialize(count: ends.count - taken)
            results.deallocate()
        }

        private func line(_ index: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: buffer[(index == 0 ? 0 : ends[index - 1] + 1)..<ends[index]])
        }

        private func check(_ batch: Int) {
            let lines = (batch * Self.batchSize)..<min(ends.count, (batch + 1) * Self.batchSize)
            // A line whose predecessor has no readable hash fails anyway once that one is taken first.
            var before = lines.lowerBound == 0 ? previous : LineFraming.storedHash(line(lines.lowerBound - 1)) ?? .genesis
            for index in lines {
                let result = LedgerScanner.check(line(index), seq: firstSeq + index, previous: before)
                if case .valid(_, let hash) = result {
                    before = hash
                } else {
                    before = LineFraming.storedHash(line(index)) ?? .genesis
                }
                (results.baseAddress! + index).initialize(to: result)
            }
            ready[batch].signal()
        }
    }

    fileprivate static func check(_ line: UnsafeRawBufferPointer, seq: Int, previous: LineHash) -> LineCheck {
        guard let stored = LineFraming.storedHash(line), LineFraming.hashMatches(line, stored: stored) else {
            return .fault(.hashMismatch)
        }
        do {
            let event = try LineFraming.decode(line, expectedSeq: seq, previousHash: previous)
            if seq == 1 {
                guard case .ledgerCreated = event.body else { return .fault(.notALedger) }
            }
            return .valid(event, stored)
        } catch {
            return .fault(error)
        }
    }

    static func nextNewline(in buffer: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = buffer.baseAddress, start < buffer.count else { return nil }
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
