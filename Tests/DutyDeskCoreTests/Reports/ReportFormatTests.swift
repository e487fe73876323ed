@testable import DutyDeskCore
import DutyDeskJSON
import Foundation
import Testing

@Suite struct ReportFormatTests {
    static let document = ReportDocument(kind: "test", title: "标题", facts: [ReportFact("n", "数量", .integer(3))], sections: [
        ReportSection(key: "s", title: "节", paragraphs: ["说明"],
                      table: ReportTable(columns: [.init("a", "甲"), .init("b", "乙")],
                                         rows: [[.text("x|y"), .hours(5400)], [.text("=1+1"), .share(0.5)]],
                                         emptyText: "（无）")),
        ReportSection(key: "e", title: "空", table: ReportTable(columns: [.init("a", "甲")], rows: [], emptyText: "（无）")),
    ])

    @Test func csvStartsWithTheByteOrderMarkAndEndsLinesWithCRLF() {
        let csv = CSVReport.render(Self.document)
        #expect(csv.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(csv.dropFirst().hasPrefix("标题\r\n数量,3\r\n"))
        #expect(csv.contains("甲,乙\r\nx|y,1.5\r\n'=1+1,50.0%\r\n"))
    }

    @Test func csvQuotesWhatWouldSplitACellAndDisarmsFormulas() {
        #expect(CSVReport.field("a,b") == "\"a,b\"")
        #expect(CSVReport.field("他说\"好\"") == "\"他说\"\"好\"\"\"")
        #expect(CSVReport.field("两行\n文字") == "\"两行\n文字\"")
        #expect(CSVReport.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVReport.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVReport.field("-2.5") == "-2.5")
        #expect(CSVReport.field(" 前后空格 ") == "\" 前后空格 \"")
    }

    @Test func markdownEscapesPipesAndSaysWhenATableIsEmpty() {
        let markdown = MarkdownReport.render(Self.document)
        #expect(markdown.contains("| 甲 | 乙 |\n| --- | --- |\n| x\\|y | 1.5 |"))
        #expect(markdown.contains("## 空\n\n（无）\n"))
        #expect(markdown.contains("- **数量**: 3"))
    }

    @Test func markdownKeepsControlCharactersOutOfTheDocument() {
        let document = ReportDocument(kind: "t", title: "a\u{1B}[2Jb\nc", facts: [], sections: [])
        let markdown = MarkdownReport.render(document)
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.hasPrefix("# a"))
        #expect(markdown.split(separator: "\n").count == 1)
    }

    @Test func jsonKeepsNumbersAsNumbersAndRowsAsObjects() throws {
        let json = try JSONParser.parse(JSONReport.render(Self.document))
        #expect(json.objectValue?["facts"]?.objectValue?["n"] == .int(3))
        let rows = json.objectValue?["sections"]?.arrayValue?.first?.objectValue?["rows"]?.arrayValue
        #expect(rows?.first?.objectValue?["b"] == .int(5400))
        #expect(rows?.last?.objectValue?["b"] == .double(0.5))
    }
}

extension ReportFormatTests {
    @Test func csvCellsCarryNoEscapeSequences() {
        #expect(!CSVReport.field("a\u{1B}]0;pwned\u{07}b").unicodeScalars.contains { $0.value < 0x20 })
    }
}
