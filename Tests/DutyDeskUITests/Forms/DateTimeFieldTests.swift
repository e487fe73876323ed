import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct DateTimeFieldTests {
    typealias F = FormFixture

    /// Every form an operator may type, against 2026-11-23 10:00 in Shanghai.
    static let accepted: [(String, Date)] = [
        ("08:15", F.time(23, 8, 15)),
        ("-30m", F.time(23, 9, 30)),
        ("-2h", F.time(23, 8)),
        ("昨天 21:00", F.time(22, 21)),
        ("2026-11-23 09:00", F.time(23, 9)),
        ("11:00", F.time(22, 11)),
        ("０８：１５", F.time(23, 8, 15)),
        ("30分钟前", F.time(23, 9, 30)),
    ]

    static func typed(_ text: String) -> DateTimeField {
        var field = DateTimeField()
        for character in text { _ = field.handle(.character(character)) }
        #expect(field.text == text)
        return field
    }

    /// A form holding only this field, focused, drawn at 80×24.
    static func drawn(_ field: DateTimeField, language: Language = .chinese) -> (grid: Grid, row: Int) {
        let form = Form(title: "记录回应", fields: [.init(id: .at, label: "发布时间", kind: .dateTime(field))])
        let grid = F.render(form, language: language).grid
        return (grid, F.row(of: "发布时间", in: grid) ?? -1)
    }

    @Test(arguments: accepted)
    func typedFormsReadAsTheTimeTheyMean(text: String, expected: Date) throws {
        let field = Self.typed(text)
        #expect(try field.value(now: F.now, timeZone: F.zone).get() == expected)
    }

    @Test(arguments: accepted)
    func theParsedValueIsShownBesideTheInput(text: String, expected: Date) throws {
        let (grid, row) = Self.drawn(Self.typed(text))
        let input = try #require(F.column(of: text, in: grid, row: row))
        let shown = "→ " + DisplayTime.minutes(expected, in: F.zone)
        let value = try #require(F.column(of: shown, in: grid, row: row), "\(grid.text(row: row))")
        #expect(value > input)
        #expect(grid[value + 2, row].role == .value)
    }

    @Test func theExampleFromTheBrief() {
        let (grid, row) = Self.drawn(Self.typed("昨天 21:00"))
        #expect(grid.text(row: row).contains("昨天 21:00"))
        #expect(grid.text(row: row).contains("→ 2026-11-22 21:00"))
    }

    @Test(arguments: ["2026-11-23 11:00", "今天 23:00", "2027-01-01 00:00"])
    func theFutureIsRefusedWithAMessage(text: String) throws {
        let result = Self.typed(text).value(now: F.now, timeZone: F.zone)
        guard case .failure(.future(let date)) = result else {
            Issue.record("\(text) gave \(result)")
            return
        }
        #expect(date > F.now)
        let message = DateTimeProblem.future(date).message(in: .chinese, timeZone: F.zone)
        #expect(message == "晚于现在：" + DisplayTime.minutes(date, in: F.zone))
        let (grid, row) = Self.drawn(Self.typed(text))
        let beside = F.column(of: message, in: grid, row: row)
        let column = try #require(beside ?? F.column(of: message, in: grid, row: row + 1))
        #expect(grid[column, row].role == .error || grid[column, row + 1].role == .error)
    }

    @Test(arguments: [
        ("明天见", DateTimeProblem.unrecognized("明天见")), ("8点", .unrecognized("8点")), ("abc", .unrecognized("abc")),
        ("2026-02-30 10:00", .invalidDate("2026-02-30 10:00")), ("25:00", .invalidDate("25:00")),
    ])
    func garbageIsRefused(text: String, problem: DateTimeProblem) throws {
        let field = Self.typed(text)
        #expect(field.value(now: F.now, timeZone: F.zone) == .failure(problem))
        let (grid, row) = Self.drawn(field)
        let message = problem.message(in: .chinese, timeZone: F.zone)
        let column = try #require(F.column(of: message, in: grid, row: row), "\(grid.text(row: row))")
        #expect(grid[column, row].role == .error)
        #expect(!grid.text(row: row).contains("→"))
    }

    @Test func anEmptyFieldMeansItsDefaultOrNothing() throws {
        let opened = F.time(23, 9, 58)
        let defaulted = DateTimeField(text: "", default: opened)
        #expect(try defaulted.value(now: F.now, timeZone: F.zone).get() == opened)
        let (grid, row) = Self.drawn(defaulted)
        #expect(grid.text(row: row).contains("→ 2026-11-23 09:58（默认）"))
        #expect(DateTimeField().value(now: F.now, timeZone: F.zone) == .failure(.empty))
        #expect(DateTimeField(text: "  ").value(now: F.now, timeZone: F.zone) == .failure(.empty))
    }

    @Test func relativeTimesAreReadWhenAskedNotWhenTyped() throws {
        let field = Self.typed("-30m")
        let later = F.now.addingTimeInterval(600)
        #expect(try field.value(now: later, timeZone: F.zone).get() == F.time(23, 9, 40))
        #expect(try Self.typed("现在").value(now: F.now, timeZone: F.zone).get() == F.now, "now itself has happened")
    }

    /// A due time (督办) at 19:06: `23:30` is tonight, `08:00` tomorrow; the hint under the field
    /// says it must be later than now, and one that is not is refused beside it.
    @Test func aDueTimeReadsABareClockAsTheNextOneAhead() throws {
        let evening = F.time(23, 19, 6)
        func due(_ text: String) -> DateTimeField {
            var field = DateTimeField(allowsFuture: true)
            for character in text { _ = field.handle(.character(character)) }
            return field
        }
        #expect(try due("23:30").value(now: evening, timeZone: F.zone).get() == F.time(23, 23, 30))
        #expect(try due("08:00").value(now: evening, timeZone: F.zone).get() == F.time(24, 8))
        #expect(due("-1h").value(now: evening, timeZone: F.zone) == .failure(.notAhead(F.time(23, 18, 6))))
        #expect(DateTimeProblem.notAhead(F.time(23, 18, 6)).message(in: .chinese, timeZone: F.zone)
            == "不晚于现在：2026-11-23 18:06")

        let form = Form(title: "领导批示", fields: [.init(id: .due, label: "截止", kind: .dateTime(due("08:00")))])
        let grid = F.render(form, language: .chinese).grid
        #expect(grid.text.contains("须晚于现在") && !grid.text.contains("不能晚于现在"), "\(grid.text)")
        let english = F.render(form, language: .english).grid
        #expect(english.text.contains("must be later than now"))
    }

    @Test func messagesInEnglish() {
        #expect(DateTimeProblem.unrecognized("soon").message(in: .english, timeZone: F.zone) == "not a time: “soon”")
        let (grid, row) = Self.drawn(Self.typed("yesterday 21:00"), language: .english)
        #expect(grid.text(row: row).contains("→ 2026-11-22 21:00"))
    }
}
