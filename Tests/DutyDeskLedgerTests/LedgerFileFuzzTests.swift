import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

/// Mutated ledgers, read and written: no content may crash the program, a write happens only
/// after a torn tail or on a sound ledger and leaves it sound, and damage is never written to.
@Suite struct LedgerFileFuzzTests {
    /// SplitMix64: the same seed gives the same mutations, so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func mutate(_ bytes: [UInt8], using random: inout Generator) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var bytes = bytes
        let starts = LedgerFixture.lineStarts(bytes)
        let position = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<10, using: &random) {
        case 0: bytes[position] ^= UInt8.random(in: 1...255, using: &random)
        case 1: bytes[position] = [0, 10, 13, 34, 92, 123, 125, 0xE4, 0xFF].randomElement(using: &random)!
        case 2: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...200, using: &random)))
        case 3: bytes.insert(contentsOf: (0..<Int.random(in: 1...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: position)
        case 4: bytes = Array(bytes[..<position])
        case 5:
            let line = Int.random(in: 0..<starts.count, using: &random)
            let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
            bytes.insert(contentsOf: Array(bytes[starts[line]..<end]), at: end)
        case 6:
            bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case 7: bytes.replaceSubrange(position..<min(bytes.count, position + 64), with: [UInt8](repeating: 0, count: 64))
        case 8 where starts.count > 1:
            let line = Int.random(in: 1..<starts.count, using: &random)
            bytes = Array(bytes[..<starts[line]])
            bytes.append(contentsOf: Array("{\"v\":1,\"seq\":".utf8))
        default: bytes.insert(UInt8(ascii: "\n"), at: position)
        }
        return bytes
    }

    @Test func mutatedLedgersNeverCrashAndAreOnlyWrittenWhenThatIsSafe() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let seedPath = fixture.scratch.file("seed.jsonl")
        let seed = try fixture.session(seedPath)
        let first = try fixture.report(seed, "网传某小区自来水发黄")
        try fixture.note(seed, first.code, "已联系水务局")
        try fixture.report(seed, "含\"引号\"与\\反斜杠的事由")
        let original = try fixture.bytes(seedPath)
        var random = Generator(state: 20_261_201)
        var outcomes: [String: Int] = [:]
        let path = fixture.scratch.file("ledger.jsonl")
        for trial in 0..<400 {
            for name in try FileManager.default.contentsOfDirectory(atPath: fixture.scratch.path) where name != "seed.jsonl" {
                try FileManager.default.removeItem(atPath: fixture.scratch.file(name))
            }
            var mutated = Self.mutate(original, using: &random)
            if Bool.random(using: &random) { mutated = Self.mutate(mutated, using: &random) }
            try fixture.write(mutated, to: path)

            let reader = try fixture.store(path, .readOnly)
            _ = try reader.readNew()
            let before = reader.fileCondition
            let writer = try fixture.session(path)
            do {
                try writer.record { _ in [EventDraft(caseID: nil, body: .noteAdded(text: "fuzz \(trial)"))] }
                if case .damaged = before { Issue.record("trial \(trial): damage was written to") }
                let after = try fixture.store(path, .readOnly)
                let events = try after.readNew()
                #expect(after.fileCondition == .sound, "trial \(trial)")
                #expect(events.last?.body == .noteAdded(text: "fuzz \(trial)"), "trial \(trial)")
                outcomes["written", default: 0] += 1
            } catch let error as LedgerError {
                guard case .damaged = error else { Issue.record("trial \(trial): \(error)"); continue }
                #expect(try fixture.bytes(path) == mutated, "trial \(trial): damage was changed")
                outcomes["refused", default: 0] += 1
            }
        }
        #expect((outcomes["written"] ?? 0) > 0 && (outcomes["refused"] ?? 0) > 0, "\(outcomes)")
    }
}
