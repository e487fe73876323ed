import DutyDeskPostgres
import Testing
@testable import dutydesk

@Suite struct StoreLocationTests {
    @Test func aFileIsTheDefaultAndItsSideFilesSitBesideIt() throws {
        let file = try StoreLocation(store: nil, ledgerPath: "/desk/ledger.jsonl")
        #expect(file == .file(path: "/desk/ledger.jsonl"))
        #expect(file.sideFile(".draft.json", stateFolder: "/state") == "/desk/ledger.jsonl.draft.json")
        #expect(file.configFolder == "/desk")
        #expect(try StoreLocation(store: "/other/ledger.jsonl", ledgerPath: "/desk/ledger.jsonl") == .file(path: "/other/ledger.jsonl"))
    }

    @Test func aDatabaseDesksSideFilesNameServerDatabaseAndDesk() throws {
        let desk = try StoreLocation(store: "postgres://desk@db:5433/yuqing?desk=330106", ledgerPath: "/desk/ledger.jsonl")
        #expect(desk == .postgres(PostgresStoreAddress(user: "desk", host: "db", port: 5433, database: "yuqing", desk: "330106")))
        #expect(desk.sideFile(".draft.json", stateFolder: "/state") == "/state/desk-330106@db-5433-yuqing.draft.json")
        #expect(desk.configFolder == nil)
        #expect(throws: PostgresStoreAddress.Problem.missing("desk")) {
            try StoreLocation(store: "postgres://desk@db/yuqing", ledgerPath: "/desk/ledger.jsonl")
        }
    }
}
