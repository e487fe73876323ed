import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskTestSupport
import Foundation
import Testing

/// A ledger file goes into a desk's stream and comes back out byte for byte; a desk whose events
/// disagree with the file takes nothing.
@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct StoreImportTests {
    @Test func aFileLedgerRoundTripsByteForByte() throws {
        let fixture = try StoreFixture(.postgres)
        let path = fixture.scratch.file("ledger.jsonl")
        let file = try LedgerFile(path: path, access: .readWrite, deskID: "330106", operatorName: "测试员", now: { Date() },
                                    timeZone: StoreFixture.zone)
        let session = try DeskSession(store: file, operatorName: "测试员")
        for title in ["网传自来水发黄", "化工园区异味", "\"引号\\与换行\n"] { try fixture.report(session, title) }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))

        let lines = Self.lines(bytes, events: try LedgerFile(path: path, access: .readOnly, deskID: "330106",
                                                                operatorName: "测试员", now: { Date() },
                                                                timeZone: StoreFixture.zone).readNew())
        #expect(try StoreImport.load(lines, into: fixture.address("330106")) == 4)
        #expect(try StoreImport.load(lines, into: fixture.address("330106")) == 0)

        let store = try PostgresEventStore(address: fixture.address("330106"), access: .readOnly, operatorName: "测试员",
                                           now: { Date() }, timeZone: StoreFixture.zone)
        var exported: [UInt8] = []
        try store.lines { exported += $0 }
        #expect(exported == bytes)
        _ = try store.readNew()
        #expect(store.condition == .sound && store.headHash == file.headHash)
        // The stream goes on from the file's head.
        let onStore = try DeskSession(store: PostgresEventStore(address: fixture.address("330106"), access: .readWrite,
                                                                operatorName: "测试员", now: { Date() },
                                                                timeZone: StoreFixture.zone), operatorName: "测试员")
        #expect(onStore.state.cases.count == 3)
        try fixture.report(onStore, "导入后续录")
        #expect(onStore.store.eventCount == 5)
    }

    /// The decoded columns come through COPY as they are: an operator's name with a backslash,
    /// a tab and a newline reads back the same, and the line is still the file's.
    @Test func awkwardTextSurvivesTheCopy() throws {
        let fixture = try StoreFixture(.postgres)
        let path = fixture.scratch.file("awkward.jsonl")
        let name = "值班\\员\t甲\n乙"
        let file = try LedgerFile(path: path, access: .readWrite, deskID: "330106", operatorName: name, now: { Date() },
                                  timeZone: StoreFixture.zone)
        try fixture.report(DeskSession(store: file, operatorName: name), "化工园区异味")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let events = try LedgerFile(path: path, access: .readOnly, deskID: "330106", operatorName: name, now: { Date() },
                                    timeZone: StoreFixture.zone).readNew()
        #expect(try StoreImport.load(Self.lines(bytes, events: events), into: fixture.address("330106")) == 2)
        #expect(try fixture.cluster!.psql("SELECT count(*) FROM event WHERE op = E'值班\\\\员\\t甲\\n乙'") == "2")
        #expect(try fixture.cluster!.psql("SELECT count(*) FROM event WHERE case_code IS NULL") == "1", "log.created has no case")
        let store = try PostgresEventStore(address: fixture.address("330106"), access: .readOnly, operatorName: name,
                                           now: { Date() }, timeZone: StoreFixture.zone)
        var exported: [UInt8] = []
        try store.lines { exported += $0 }
        #expect(exported == bytes)
        #expect(try store.readNew().map(\.operatorName) == [name, name])
    }

    @Test func aDeskWhoseEventsDisagreeTakesNothing() throws {
        let fixture = try StoreFixture(.postgres)
        try fixture.report(fixture.session(desk: "330106"), "库里已有的")
        let path = fixture.scratch.file("other.jsonl")
        let file = try LedgerFile(path: path, access: .readWrite, deskID: "330106", operatorName: "测试员", now: { Date() },
                                    timeZone: StoreFixture.zone)
        try fixture.report(DeskSession(store: file, operatorName: "测试员"), "文件里的")
        let events = try LedgerFile(path: path, access: .readOnly, deskID: "330106", operatorName: "测试员", now: { Date() },
                                      timeZone: StoreFixture.zone).readNew()
        let lines = Self.lines(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), events: events)
        #expect(throws: StoreImport.Problem.disagrees(desk: "330106", seq: 1)) {
            try StoreImport.load(lines, into: fixture.address("330106"))
        }
        #expect(try fixture.cluster!.psql("SELECT count(*) FROM event") == "2")
    }

    /// The file's lines, newline included, beside their events.
    static func lines(_ bytes: [UInt8], events: [Event]) -> [(event: Event, bytes: [UInt8])] {
        let split = bytes.split(separator: UInt8(ascii: "\n")).map { Array($0) + [UInt8(ascii: "\n")] }
        return Array(zip(events, split)).map { (event: $0.0, bytes: $0.1) }
    }
}
