import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskPostgres

@Suite struct PassFileTests {
    let address = PostgresStoreAddress(user: "desk", host: "db", port: 5432, database: "dutydesk", desk: "330106")

    @Test func thePasswordVariableWinsOverTheFile() {
        #expect(PassFile.password(for: address, environment: ["PGPASSWORD": "s3cret", "PGPASSFILE": "/nonexistent"]) == "s3cret")
    }

    @Test func theFirstMatchingLineOfAPrivateFileIsUsed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("pgpass")
        try "other:5432:*:desk:wrong\n#comment\ndb:*:dutydesk:desk:pa\\:ss\\\\word\n*:*:*:*:fallback\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        #expect(PassFile.password(for: address, environment: ["PGPASSFILE": path]) == "pa:ss\\word")
        // Readable by others, libpq ignores it; so do we.
        chmod(path, 0o644)
        #expect(PassFile.password(for: address, environment: ["PGPASSFILE": path]) == nil)
    }
}
