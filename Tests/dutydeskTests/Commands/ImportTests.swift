import DutyDeskCore
import DutyDeskJSON
import DutyDeskLedger
import DutyDeskTestSupport
import Foundation
import Testing

/// Several real processes on one ledger on the real disk: the guarantees the desk's
/// accountability rests on.
@Suite(.serialized) struct ImportTests {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!

    static func input(_ prefix: String, count: Int) -> Data {
        Data((1...count).map { #"{"title":"\#(prefix)-\#($0)","locality":"城关镇","channel":"12345"}"# + "\n" }
            .joined().utf8)
    }

    static func read(_ log: String) throws -> (LedgerFile, [Event]) {
        let store = try LedgerFile(path: log, access: .readOnly, deskID: "-", operatorName: "-", now: { Date() },
                                     timeZone: zone)
        return (store, try store.readNew())
    }

    static func reports(_ events: [Event]) -> [CaseReport] {
        events.compactMap { if case .caseReported(let report) = $0.body { report } else { nil } }
    }

    @Test func twoWritersAtOnceInterleaveWholeLinesWithoutGaps() throws {
        let scratch = try Scratch("concurrent")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let perWriter = 2000
        let writers = try ["甲", "乙"].map { name in
            try DeskBinary.start(["import"], log: log, stdin: Self.input(name, count: perWriter))
        }
        var printed: [[String]] = []
        for (process, out, err) in writers {
            let codes = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(errors)")
            printed.append(codes.split(separator: "\n").map(String.init))
        }
        let (store, events) = try Self.read(log)
        #expect(store.fileCondition == .sound)
        #expect(events.count == 2 * perWriter + 1)
        #expect(events.map(\.seq) == Array(1...(2 * perWriter + 1)))
        let reports = Self.reports(events)
        for (index, name) in ["甲", "乙"].enumerated() {
            let titles = reports.filter { $0.title.hasPrefix(name + "-") }.map(\.title)
            #expect(titles == (1...perWriter).map { "\(name)-\($0)" }, "writer \(name) kept its order")
            #expect(Set(printed[index]) == Set(reports.filter { $0.title.hasPrefix(name + "-") }.map(\.code)))
        }
        #expect(Set(reports.map(\.code)).count == 2 * perWriter)
        let interleaved = zip(reports, reports.dropFirst()).filter { $0.title.prefix(1) != $1.title.prefix(1) }.count
        // They take turns: a writer waiting for the lock comes in when the other lets go of it
        // (`FileLock`). Waiting by pauses, one of them once did all its appends before the other's.
        #expect(interleaved >= perWriter / 10, "the writers took turns \(interleaved) times")
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 * perWriter + 2 && lines.last == "")
        // Each import moved the anchor on once a second and at its end (`anchorPace`): it stands at
        // the head the later of them wrote.
        let anchors = AnchorBook(folder: scratch.file("state") + "/dutydesk")
        #expect(anchors.remembered(ledgerID: store.ledgerID ?? "")?.seq == events.count)
    }

    @Test func aWriterKilledAtRandomMomentsLosesNothingItAcknowledged() throws {
        let scratch = try Scratch("killed")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        var acknowledgedTotal = 0
        for round in 1...6 {
            let (process, out, _) = try DeskBinary.start(["import"], log: log,
                                                         stdin: Self.input("R\(round)", count: 3000))
            // The moment is counted in acknowledged appends, not in time: a pause long enough for a
            // loaded machine let a fast one finish all 3,000 before the kill. Five hundred are left
            // to go, and the last step is a pause within one append.
            let killAfter = Int.random(in: 0...2500)
            var printed = Data()
            var lines = 0
            while lines < killAfter {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                printed.append(chunk)
                lines += chunk.count(where: { $0 == 0x0A })
            }
            usleep(UInt32.random(in: 0...2000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round): killed after \(killAfter) appends")
            printed.append(out.fileHandleForReading.readDataToEndOfFile())
            let text = String(decoding: printed, as: UTF8.self)
            let acknowledged = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            acknowledgedTotal += acknowledged.count
            // On a loaded machine the kill can come before the first write created the ledger.
            guard FileManager.default.fileExists(atPath: log) else {
                #expect(acknowledged.isEmpty, "round \(round): codes printed for a ledger never written")
                continue
            }

            let (store, events) = try Self.read(log)
            if case .damaged(let fault) = store.fileCondition { Issue.record("round \(round): \(fault)") }
            let codes = Self.reports(events).map(\.code)
            for code in acknowledged {
                #expect(codes.filter { $0 == code }.count == 1, "round \(round): \(code) exactly once")
            }
            #expect(Set(codes).count == codes.count)
        }
        #expect(acknowledgedTotal > 0, "some appends returned before the kills")
        let after = try DeskBinary.run(["add", "--title", "收尾", "--locality", "城关镇"], log: log)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(try DeskBinary.run(["verify"], log: log).status == 0)
    }

    @Test func aBadLineAppendsNothingAndNamesTheLine() throws {
        let scratch = try Scratch("badimport")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let input = #"{"title":"好","locality":"城关镇"}"# + "\n" + #"{"title":"坏","locality":"城关镇","grade":"huge"}"#
        let result = try DeskBinary.run(["import"], log: log, stdin: Data(input.utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("标准输入第 2 行"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: log), "no ledger was even created")
    }

    /// Issue 9: a key the import does not know was silently dropped, and the clock started at
    /// import time instead of the discovery time the line gave.
    @Test(arguments: [
        (#"{"title":"t","locality":"l","discovery":"-2h"}"#, "discovery"),
        (#"{"title":"t","locality":"l","grade":3}"#, "grade"),
        (#"{"title":"t","locality":"l","discoveredAt":"昨天 25:00"}"#, "discovered"),
    ])
    func anUnknownKeyAWrongTypeOrAnUnreadableTimeStopsTheImport(line: String, key: String) throws {
        let scratch = try Scratch("strictimport")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        let input = #"{"title":"好","locality":"城关镇"}"# + "\n" + line + "\n"
        let result = try DeskBinary.run(["import"], log: log, stdin: Data(input.utf8))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("第 2 行") && result.stderr.contains(key), "\(result.stderr)")
        #expect(result.stdout.isEmpty && !FileManager.default.fileExists(atPath: log))
    }

    @Test func theLedgersOwnNamesAreReadAndARefMakesALineIdempotent() throws {
        let scratch = try Scratch("refimport")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        // Discovered seven hours before the import, as the hotline system stamped it.
        let discovered = ISO8601Timestamp.format(Date().addingTimeInterval(-7 * 3600).rounded, utcOffset: 8 * 3600)
        let input = #"{"title":"热线工单","locality":"城关镇","discoveredAt":""# + discovered + #"","grade":"重大","ref":"12345-88"}"#
            + "\n" + #"{"title":"另一张工单","locality":"城关镇","ref":"12345-89","level":"重大"}"# + "\n"
        let first = try DeskBinary.run(["import"], log: log, stdin: Data(input.utf8))
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.lines.count == 2)
        let again = try DeskBinary.run(["import"], log: log, stdin: Data(input.utf8))
        #expect(again.status == 0 && again.lines == first.lines, "the same codes, nothing appended")
        let listed = try JSONParser.parse(try DeskBinary.run(["list", "--json"], log: log).stdout).arrayValue ?? []
        #expect(listed.count == 2)
        let hotline = try #require(listed.first { $0.objectValue?["code"]?.stringValue == first.lines[0] }?.objectValue)
        #expect(hotline["discoveredAt"]?.stringValue.flatMap(ISO8601Timestamp.parse) == ISO8601Timestamp.parse(discovered))
        #expect(hotline["deadlineKind"]?.stringValue == "press-conference")
        let added = try DeskBinary.run(["add", "--title", "重复", "--locality", "城关镇", "--ref", "12345-89"], log: log)
        #expect(added.status == 0 && added.lines.first == first.lines[1], "add with a known ref prints that case")
        let events = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").count
        #expect(events == 3, "log.created and two cases")
    }
}

private extension Date {
    /// Whole seconds, as the ledger stores them.
    var rounded: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
