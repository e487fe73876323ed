import DutyDeskPostgres
import Testing

@Suite struct PostgresStoreAddressTests {
    @Test func readsEveryPartAndDefaultsThePort() throws {
        let address = try PostgresStoreAddress(parsing: "postgres://desk@db.example:6543/dutydesk?desk=330106")
        #expect(address == PostgresStoreAddress(user: "desk", host: "db.example", port: 6543, database: "dutydesk",
                                                desk: "330106"))
        #expect(try PostgresStoreAddress(parsing: "postgresql://desk@db/dd?desk=3301").port == 5432)
        #expect(address.description == "postgres://desk@db.example:6543/dutydesk?desk=330106")
    }

    @Test(arguments: [
        ("mysql://desk@db/dd?desk=3301", PostgresStoreAddress.Problem.notPostgres("mysql://desk@db/dd?desk=3301")),
        ("postgres://desk:secret@db/dd?desk=3301", .passwordInAddress),
        ("postgres://db/dd?desk=3301", .missing("user")),
        ("postgres://desk@db/?desk=3301", .missing("database")),
        ("postgres://desk@db/dd", .missing("desk")),
        ("postgres://desk@db/dd?desk=杭州", .badDesk("杭州")),
    ])
    func refusesWhatIsNotADeskAddress(_ text: String, _ problem: PostgresStoreAddress.Problem) {
        #expect(throws: problem) { try PostgresStoreAddress(parsing: text) }
    }
}
