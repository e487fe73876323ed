import DutyDeskPostgres
import DutyDeskTestSupport
import Foundation
import Testing
@testable import dutydesk

/// The store is chosen by `--store`, else DUTYDESK_STORE, else `store = "…"` in the desk's settings.
@Suite struct DeskOptionsTests {
    static let configured = "postgres://desk@db:5433/yuqing?desk=330106"

    func context(_ arguments: [String], config: String, environment: [String: String] = [:]) throws -> DeskContext {
        let options = try DeskOptions.parse(arguments + ["--config", config])
        return try DeskContext(options, environment: ["HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent"]
            .merging(environment) { $1 })
    }

    @Test func theSettingsNameTheStoreWhenNeitherTheOptionNorTheEnvironmentDoes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let config = scratch.file("config.toml")
        try "store = \"\(Self.configured)\"\n[desk]\nname = \"西湖区值班台\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let address = try PostgresStoreAddress(parsing: Self.configured)
        #expect(try context([], config: config).location == .postgres(address))
        #expect(try context(["--store", "postgres://city@db2/yq?desk=330100"], config: config).location
            == .postgres(PostgresStoreAddress(user: "city", host: "db2", port: 5432, database: "yq", desk: "330100")))
        #expect(try context([], config: config, environment: ["DUTYDESK_STORE": scratch.file("ledger.jsonl")]).location
            == .file(path: scratch.file("ledger.jsonl")))
        #expect(try context(["--log", scratch.file("other.jsonl")], config: config).location == .postgres(address),
                "--log names the file a file store would use; the settings' store is still the store")
    }

    @Test func aBadAddressInTheSettingsExitsTwoAndNamesTheKey() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let config = scratch.file("config.toml")
        try "store = \"postgres://desk:secret@db/yuqing?desk=330106\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        do {
            _ = try context([], config: config)
            Issue.record("a password in the settings' address was accepted")
        } catch let failure as CLIFailure {
            #expect(failure.exitCode == 2)
            #expect(failure.message.hasPrefix("store (config): ") && !failure.message.contains("secret"), "\(failure.message)")
        }
        try "store = 5\n".write(toFile: config, atomically: true, encoding: .utf8)
        #expect(throws: CLIFailure.self) { try context([], config: config) }
    }
}
