import DutyDeskCore
import DutyDeskText
import Testing
@testable import dutydesk

@Suite struct CaseTextTests {
    typealias F = OutputFixture

    /// Columns measured in display columns: a Chinese title starts in the same column on every row.
    @Test func theTitleColumnLinesUpWhateverTheWidthOfTheCellsBefore() throws {
        let state = try F.desk([("网传自来水发黄", .general), ("暴雨致道路积水", .extraordinary)])
        let table = CaseText(timeZone: F.zone, strings: .chinese).table(F.standings(state, at: F.hours(1)))
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let starts = zip(lines.dropFirst(), ["网传自来水发黄", "暴雨致道路积水"]).map { line, title -> Int? in
            line.range(of: title).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
        }
        #expect(starts.allSatisfy { $0 != nil } && Set(starts).count == 1, "\(lines)")
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") }, "the title is last and whole")
    }

    /// A title carrying escape sequences cannot drive the operator's terminal.
    @Test func aTitleNeverSendsAControlCharacter() throws {
        let state = try F.desk([("标题\u{1B}[2J清屏", .general)])
        let text = CaseText(timeZone: F.zone, strings: .english)
        let table = text.table(F.standings(state, at: F.hours(1)))
        let sheet = text.sheet(F.standings(state, at: F.hours(1))[0], now: F.hours(1))
        for output in [table, sheet] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B }, "\(output)")
        }
    }
}
