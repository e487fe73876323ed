import DutyDeskCore
import Foundation
import Testing

/// The snapshot's table of closed cases answers what the desk's indexes would, read where it lies.
@Suite struct ArchiveTableTests {
    static func summary(_ number: Int, code: String, ref: String = "", items: Int = 0) -> CaseList.Summary {
        let day = Date(timeIntervalSince1970: 1_764_000_000 + Double(number) * 3600)
        return CaseList.Summary(
            id: CaseID(String(format: "ID-%05d", (number * 7919) % 10007)), code: code, ref: ref,
            searchText: number % 6 == 0 ? [] : Array("\(code.lowercased())\0网传停水\(number)\0".utf8), firstSeq: 10 * number + 2,
            earliest: day, latest: day.addingTimeInterval(90_000),
            openItems: (0..<items).map { CaseList.Summary.OpenItem(owner: "县卫健委", text: "督办\($0)", issuedAt: day, dueAt: day) },
            row: CaseList.Summary.Row(grade: .general, level: .general, locality: "城关镇", answerableUnit: number % 2 == 0 ? "县水务局" : nil,
                                      hasPendingDraft: number % 3 == 0))
    }

    /// Codes and references as a hand-merged ledger may hold them: a code used twice (the later
    /// case is found, as a replay indexes it), a reference shared (the first case is), lower-case codes.
    static let summaries: [CaseList.Summary] = (0..<300).map { number in
        let code = number == 250 ? "YQ-20261101-007" : String(format: "YQ-2026%02d%02d-%03d", 1 + number % 12, 1 + number % 28, number)
        let ref = number % 5 == 0 ? "GD-\(number / 10)" : ""
        return summary(number, code: number % 17 == 0 ? code.lowercased() : code, ref: ref, items: number % 4)
    } + [summary(300, code: "YQ-20261101-007", ref: "GD-1")]

    static func table<T>(_ read: (ArchiveTable) throws -> T) throws -> T {
        try ArchiveTable.bytes(of: summaries).withUnsafeBytes { try read(try ArchiveTable($0)) }
    }

    @Test func everySummaryReadsBackWhole() throws {
        try Self.table { (table: ArchiveTable) throws in
            #expect(table.count == Self.summaries.count)
            #expect(try table.codes() == Self.summaries.map(\.code))
            for (number, summary) in Self.summaries.enumerated() {
                #expect(try table.summary(number) == summary)
                #expect(try table.id(number) == summary.id)
                #expect(Array(try table.searchText(number)) == summary.searchText)
                let span = try table.span(number)
                #expect(span.firstSeq == summary.firstSeq && span.earliest == summary.earliest && span.latest == summary.latest)
                let owner = Self.summaries.firstIndex { $0.row == summary.row }
                #expect(try table.rowOwner(number) == owner)
            }
        }
    }

    @Test func lookupsAgreeWithAScanInReportOrder() throws {
        try Self.table { (table: ArchiveTable) throws in
            for summary in Self.summaries {
                let key = summary.code.uppercased()
                let byID = Self.summaries.firstIndex { $0.id == summary.id }
                let byCode = Self.summaries.lastIndex { $0.code.uppercased() == key }
                let byReference = Self.summaries.firstIndex { $0.ref == summary.ref }
                #expect(try table.number(id: summary.id) == byID)
                #expect(try table.lastNumber(codeKey: key) == byCode)
                if !summary.ref.isEmpty { #expect(try table.firstNumber(reference: summary.ref) == byReference) }
            }
            #expect(try table.lastNumber(codeKey: "YQ-20261101-007") == 300)
            #expect(try table.firstNumber(reference: "GD-1") == 10)
            #expect(try table.number(id: CaseID("ID-99999")) == nil)
            for code in ["YQ-00000000-000", "ZZ"] { #expect(try table.lastNumber(codeKey: code) == nil) }
            for reference in ["", "GD-999"] { #expect(try table.firstNumber(reference: reference) == nil) }
        }
    }

    @Test func anEmptyTableFindsNothing() throws {
        try ArchiveTable.bytes(of: []).withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws in
            let table = try ArchiveTable(bytes)
            #expect(table.count == 0)
            #expect(try table.number(id: CaseID("x")) == nil)
            #expect(try table.firstNumber(reference: "x") == nil)
            #expect(throws: (any Error).self) { try table.summary(0) }
        }
    }

    /// A table cut short or with a byte changed is refused or reads something else, and never traps.
    @Test func damagedBytesThrowAndNeverTrap() throws {
        let bytes = ArchiveTable.bytes(of: Array(Self.summaries.prefix(20)))
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: CompactReader.Malformed.self) { try Array(bytes[..<cut]).withUnsafeBytes { _ = try ArchiveTable($0) } }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            var changed = bytes
            changed[Int.random(in: 0..<changed.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            changed.withUnsafeBytes { bytes in
                guard let table = try? ArchiveTable(bytes) else { return }
                for number in 0..<table.count {
                    _ = try? table.summary(number)
                    _ = try? table.span(number)
                }
                _ = try? table.number(id: Self.summaries[3].id)
                _ = try? table.lastNumber(codeKey: Self.summaries[4].code)
                _ = try? table.firstNumber(reference: "GD-1")
            }
        }
    }
}
