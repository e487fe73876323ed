import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskLedger

@Suite struct LedgerFileTests {
    @Test func aNewLedgerIsNamedChainedPrivateAndReadableAgain() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        let session = try fixture.session(path)
        let reported = try fixture.report(session, "网传自来水发黄")
        try fixture.note(session, reported.code, "已联系水务局")

        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 & ~0o640 == 0, "mode \(String(info.st_mode & 0o777, radix: 8))")

        let reader = try fixture.store(path, .readOnly)
        let events = try reader.readNew()
        #expect(reader.fileCondition == .sound)
        #expect(events.map(\.seq) == [1, 2, 3])
        guard case .ledgerCreated(let identity) = events[0].body else { Issue.record("first line"); return }
        #expect(identity.deskID == "test-desk")
        #expect(events[1].caseID == reported.id)
        #expect(reader.headHash == session.store.headHash)

        let lines = String(decoding: try fixture.bytes(path), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains(#""prev":"\#(LineFraming.genesisHash)""#))
        #expect(lines[1].contains(#""title":"网传自来水发黄""#))
        #expect(lines.allSatisfy { $0.hasSuffix("\"}") && $0.contains(#","hash":""#) })
    }

    @Test func truncatingTheLastLineAtEveryByteKeepsTheLongestValidPrefix() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let original = fixture.scratch.file("ledger.jsonl")
        let session = try fixture.session(original)
        let first = try fixture.report(session, "一")
        try fixture.report(session, "二")
        try fixture.report(session, "三号事件的标题较长，含中文")
        let bytes = try fixture.bytes(original)
        let lastStart = LedgerFixture.lineStarts(bytes).last!

        for cut in lastStart..<bytes.count {
            let path = fixture.scratch.file("cut-\(cut).jsonl")
            try fixture.write(bytes[..<cut], to: path)

            let reader = try fixture.store(path, .readOnly)
            #expect(try reader.readNew().count == 3, "cut at \(cut)")
            let torn = cut > lastStart
            if torn {
                guard case .tornTail(let fault, let length) = reader.fileCondition else {
                    Issue.record("cut at \(cut): \(reader.fileCondition)"); continue
                }
                #expect(fault.offset == lastStart && fault.line == 4 && length == cut - lastStart)
            } else {
                #expect(reader.fileCondition == .sound)
            }

            let writer = try fixture.session(path)
            try fixture.note(writer, first.code, "截断后追加")
            let after = try fixture.store(path, .readOnly)
            let events = try after.readNew()
            #expect(after.fileCondition == .sound, "cut at \(cut)")
            #expect(events.map(\.seq) == Array(1...(torn ? 5 : 4)))
            let kept = try FileManager.default.contentsOfDirectory(atPath: fixture.scratch.path)
                .filter { $0.hasPrefix("cut-\(cut).jsonl.torn-") }
            if torn {
                guard case .ledgerRepaired(let repair) = events[3].body, kept.count == 1 else {
                    Issue.record("cut at \(cut): no repair recorded"); continue
                }
                #expect(repair.offset == lastStart && repair.length == cut - lastStart)
                #expect(repair.savedAs == kept[0])
                #expect(try fixture.bytes(fixture.scratch.file(kept[0])) == Array(bytes[lastStart..<cut]))
            } else {
                #expect(kept.isEmpty)
            }
            for name in [path] + kept.map(fixture.scratch.file) { try FileManager.default.removeItem(atPath: name) }
        }
    }

    @Test func aByteChangedInTheMiddleStopsWritingAndNamesTheLine() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        let session = try fixture.session(path)
        let first = try fixture.report(session, "甲")
        for title in ["乙", "丙", "丁"] { try fixture.report(session, title) }
        var bytes = try fixture.bytes(path)
        let starts = LedgerFixture.lineStarts(bytes)
        let target = starts[2] + 40
        bytes[target] = bytes[target] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try fixture.write(bytes, to: path)

        let reader = try fixture.store(path, .readOnly)
        #expect(try reader.readNew().count == 2)
        #expect(reader.fileCondition == .damaged(LineFault(line: 3, offset: starts[2], reason: .hashMismatch)))

        let writer = try fixture.session(path)
        #expect(throws: LedgerError.damaged(LineFault(line: 3, offset: starts[2], reason: .hashMismatch))) {
            try fixture.note(writer, first.code, "不应写入")
        }
        #expect(try fixture.bytes(path) == bytes)
        #expect(writer.state.cases.map(\.title) == ["甲"])
    }

    @Test func aRemovedLineBreaksTheChainAtTheNextOne() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        let session = try fixture.session(path)
        for title in ["甲", "乙", "丙"] { try fixture.report(session, title) }
        let bytes = try fixture.bytes(path)
        let starts = LedgerFixture.lineStarts(bytes)
        try fixture.write(Array(bytes[..<starts[2]]) + Array(bytes[starts[3]...]), to: path)

        let reader = try fixture.store(path, .readOnly)
        _ = try reader.readNew()
        #expect(reader.fileCondition == .damaged(LineFault(line: 3, offset: starts[2],
                                                         reason: .sequenceGap(expected: 3, found: 4))))
    }

    @Test func aLastLineWhoseBlocksNeverReachedTheDiskIsATornTail() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _, _) = try fixture.ledger(["甲", "乙"])
        var bytes = try fixture.bytes(path)
        let lastStart = LedgerFixture.lineStarts(bytes).last!
        // What a power cut leaves when the file grew but a block of the line was never written.
        for index in (lastStart + 20)..<(lastStart + 60) { bytes[index] = 0 }
        try fixture.write(bytes, to: path)
        let reader = try fixture.store(path, .readOnly)
        _ = try reader.readNew()
        #expect(reader.fileCondition == .tornTail(LineFault(line: 3, offset: lastStart, reason: .hashMismatch),
                                              length: bytes.count - lastStart))
    }

    @Test func aByteFlippedInTheLastLineIsDamageAndNeverCut() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _, cases) = try fixture.ledger(["甲", "乙"])
        let first = cases[0]
        var bytes = try fixture.bytes(path)
        let lastStart = LedgerFixture.lineStarts(bytes).last!
        bytes[lastStart + 20] ^= 0x01
        try fixture.write(bytes, to: path)
        let fault = LineFault(line: 3, offset: lastStart, reason: .hashMismatch)
        let reader = try fixture.store(path, .readOnly)
        _ = try reader.readNew()
        #expect(reader.fileCondition == .damaged(fault))
        #expect(throws: LedgerError.damaged(fault)) { try fixture.note(fixture.session(path), first.code, "不应写入") }
        #expect(try fixture.bytes(path) == bytes)
        #expect(try Self.tornFiles(fixture).isEmpty)
    }

    @Test func anOperatorRenamedOnEveryLineFromLineTwoIsDamageNotATornTail() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let (path, _, cases) = try fixture.ledger(["甲", "乙", "丙", "丁"])
        let first = cases[0]
        let original = String(decoding: try fixture.bytes(path), as: UTF8.self)
        // sed '2,$s/"op":"测试员"/"op":"张四"/'
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        let edited = ([String(lines[0])] + lines.dropFirst().map { $0.replacingOccurrences(of: #""op":"测试员""#, with: #""op":"张四""#) })
            .joined(separator: "\n")
        try fixture.write(Array(edited.utf8), to: path)
        let second = LedgerFixture.lineStarts(Array(edited.utf8))[1]

        let reader = try fixture.store(path, .readOnly)
        #expect(try reader.readNew().count == 1)
        let fault = LineFault(line: 2, offset: second, reason: .hashMismatch)
        #expect(reader.fileCondition == .damaged(fault))
        #expect(throws: LedgerError.damaged(fault)) { try fixture.note(fixture.session(path), first.code, "不应写入") }
        #expect(try fixture.bytes(path) == Array(edited.utf8))
        #expect(try Self.tornFiles(fixture).isEmpty)
    }

    @Test func aLedgerConvertedToCRLFIsDamageNamedAsSuch() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        for count in [0, 2] {
            try? FileManager.default.removeItem(atPath: path)
            let session = try fixture.session(path)
            for index in 0..<count { try fixture.report(session, "事件\(index)") }
            let converted = Array(String(decoding: try fixture.bytes(path), as: UTF8.self)
                .replacingOccurrences(of: "\n", with: "\r\n").utf8)
            try fixture.write(converted, to: path)
            let reader = try fixture.store(path, .readOnly)
            _ = try reader.readNew()
            #expect(reader.fileCondition == .damaged(LineFault(line: 1, offset: 0, reason: .carriageReturn)), "\(count) cases")
            #expect(throws: LedgerError.self) { try fixture.session(path).record { _ in [] } }
            #expect(try fixture.bytes(path) == converted)
        }
    }

    @Test func aFirstLineTornWhileTheLedgerWasCreatedStartsItAgainWithoutCrashing() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        _ = try fixture.session(path)
        let created = try fixture.bytes(path)
        try fixture.write(created[..<(created.count / 2)], to: path)

        let session = try fixture.session(path)
        guard case .tornTail(let fault, _) = (session.store as! LedgerFile).fileCondition else {
            Issue.record("\((session.store as! LedgerFile).fileCondition)"); return
        }
        #expect(fault == LineFault(line: 1, offset: 0, reason: .incomplete))
        let reported = try fixture.report(session, "甲")
        let events = try fixture.store(path, .readOnly).readNew()
        #expect(events.map(\.body.typeName) == ["log.created", "log.repaired", "case.reported"])
        #expect(events.last?.caseID == reported.id)
        #expect(try Self.tornFiles(fixture).count == 1)
    }

    @Test func aFirstLineFailingItsHashIsDamageAndNothingIsWritten() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        _ = try fixture.session(path)
        var bytes = try fixture.bytes(path)
        bytes[30] ^= 0x01
        try fixture.write(bytes, to: path)
        let session = try fixture.session(path)
        #expect((session.store as! LedgerFile).fileCondition == .damaged(LineFault(line: 1, offset: 0, reason: .hashMismatch)))
        #expect(throws: LedgerError.self) { try fixture.report(session, "甲") }
        #expect(try fixture.bytes(path) == bytes)
    }

    static func tornFiles(_ fixture: LedgerFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.scratch.path).filter { $0.contains(".torn-") }
    }

    @Test func aFileThatIsNotALedgerIsRefusedAtLineOne() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("notes.txt")
        try fixture.write(Array("购物清单\n牛奶\n".utf8), to: path)
        let reader = try fixture.store(path, .readOnly)
        #expect(try reader.readNew().isEmpty)
        #expect(reader.fileCondition == .damaged(LineFault(line: 1, offset: 0, reason: .notALedger)))
        #expect(throws: LedgerError.self) { try fixture.session(path).record { _ in [] } }
        #expect(try fixture.bytes(path) == Array("购物清单\n牛奶\n".utf8))
    }

    @Test func twoSessionsOnOneFileSeeEachOtherBeforeTheyAppend() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        let left = try fixture.session(path)
        let right = try fixture.session(path)
        let first = try fixture.report(left, "左边登记")
        var seenInside: [String] = []
        try right.record { state in
            seenInside = state.cases.map(\.code)
            return [try EventDrafter(state: state, now: Date(), timeZone: LedgerFixture.zone).note(first.code, text: "右边备注")]
        }
        #expect(seenInside == [first.code])
        let second = try fixture.report(right, "右边登记")
        #expect(second.code != first.code)
        try left.refresh()
        #expect(left.state.cases.map(\.code) == [first.code, second.code])
        #expect(left.state.lastSeq == 4)
    }

    @Test func aRefusedCommandAppendsNothing() throws {
        let fixture = try LedgerFixture()
        defer { fixture.scratch.remove() }
        let path = fixture.scratch.file("ledger.jsonl")
        let session = try fixture.session(path)
        try fixture.report(session, "甲")
        let before = try fixture.bytes(path)
        #expect(throws: DraftRefusal.unknownCase(code: "YQ-1")) { try fixture.note(session, "YQ-1", "x") }
        #expect(try fixture.bytes(path) == before)
    }
}
