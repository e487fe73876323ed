import DutyDeskCore
import DutyDeskGrid
import Foundation
@testable import DutyDeskUI

/// A fixed clock and a new-case form like the one the console opens for a phone report.
enum FormFixture {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-11-23 10:00:00 in Shanghai.
    static let now = CivilTime(year: 2026, month: 11, day: 23, hour: 10).date(in: zone)

    static func time(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        CivilTime(year: 2026, month: 11, day: day, hour: hour, minute: minute).date(in: zone)
    }

    static let grades = [
        ChoiceOption(code: "extraordinary", label: "特别重大"), ChoiceOption(code: "major", label: "重大"),
        ChoiceOption(code: "significant", label: "较大"), ChoiceOption(code: "general", label: "一般"),
    ]

    static let units = [
        ChoiceOption(code: "gov", label: "县政府办公室"), ChoiceOption(code: "police", label: "县公安局"),
        ChoiceOption(code: "emergency", label: "县应急管理局"), ChoiceOption(code: "water", label: "县水务局"),
        ChoiceOption(code: "chengguan", label: "城关镇人民政府"), ChoiceOption(code: "station", label: "城关派出所"),
    ]

    /// Fields in order: title (text, required), grade (choice, required), discovered (date-time,
    /// defaulting to now), details (area), co-operating units (multiple choice), caller (text).
    static func form(title: String = "", details: String = "") -> Form {
        Form(title: "新建舆情事件", fields: [
            .init(id: .title, label: "事由", kind: .text(TextBuffer(title)), required: true),
            .init(id: .grade, label: "分级",
                  kind: .choice(ChoiceField(options: grades, selected: nil, allowsNone: false)), required: true),
            .init(id: .discovered, label: "发现时间",
                  kind: .dateTime(DateTimeField(text: "", default: now)), required: true),
            .init(id: .detail, label: "详情", kind: .area(TextArea(details))),
            .init(id: .unit, label: "配合单位", kind: .multiChoice(MultiChoiceField(options: units, selected: []))),
            .init(id: .caller, label: "来电人", kind: .text(TextBuffer())),
        ])
    }

    /// Types text one character per key, as an IME commits it.
    static func type(_ text: String, into form: inout Form) {
        for character in text { _ = form.handle(.character(character)) }
    }

    static func render(_ form: Form, width: Int = 80, height: Int = 24, language: Language = .chinese)
        -> (grid: Grid, cursor: (x: Int, y: Int)?) {
        var grid = Grid(width: width, height: height)
        let cursor = form.render(into: &grid, x: 0, y: 0, width: width, height: height, now: now, timeZone: zone,
                                 language: language)
        return (grid, cursor)
    }

    /// The display column where `text` starts on `row`, reading cells as the terminal draws them.
    static func column(of text: String, in grid: Grid, row: Int) -> Int? {
        let cells = (0..<grid.width).filter { !grid[$0, row].isContinuation }
        let wanted = Array(text).map(String.init)
        guard !wanted.isEmpty, cells.count >= wanted.count else { return nil }
        for start in 0...(cells.count - wanted.count)
        where (0..<wanted.count).allSatisfy({ grid[cells[start + $0], row].text == wanted[$0] }) {
            return cells[start]
        }
        return nil
    }

    /// The first row showing `text`.
    static func row(of text: String, in grid: Grid) -> Int? {
        (0..<grid.height).first { column(of: text, in: grid, row: $0) != nil }
    }
}
