import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

/// Supervised items (督办) on the queue: the fixture desk plus a leader's instruction fifteen
/// minutes overdue on a case with 46 hours left, and a meeting action half an hour from due
/// (past 75 %) on a case with 22 hours left.
@Suite struct QueueScreenTests {
    typealias F = ConsoleFixture

    static func code(_ title: String) -> String { F.desk.cases.first { $0.title.contains(title) }!.code }
    /// The code as the case's row shows it: without the `YQ-2026` all the fixture's codes share.
    static func rowCode(_ title: String) -> String { String(code(title).dropFirst(7)) }

    static func state(_ language: Language = .chinese) -> ConsoleState {
        var desk = F.desk
        desk.record(at: F.ago(1.5), idPrefix: "item") {
            try $0.instruct(code("学区"), leader: "王县长", text: "今日回应", dueAt: F.ago(0.25))
        }
        let meeting = JointMeeting(at: F.ago(3), attendees: ["政府办"], decisions: "当日公布检测结果",
                                   actions: [JointMeeting.Task(text: "公布检测结果", unit: "县水务局",
                                                               dueAt: F.now.addingTimeInterval(1800))])
        desk.record(at: F.ago(3), idPrefix: "item") { try $0.holdMeeting(code("自来水"), meeting) }
        var state = F.state(language)
        state.handle(.ledgerRead(desk), now: F.now)
        return state
    }

    @Test(arguments: [Language.chinese, .english])
    func supervisedItemsSnapshot(language: Language) throws {
        let grid = ConsoleScreen.render(Self.state(language), width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "queue-supervised-80x24-\(language.rawValue)")
    }

    /// The row shows the item's clock, marked 督, with its step in words; the case sorts by it.
    @Test func anOverdueInstructionIsOnItsCasesRowAndSortsIt() throws {
        let grid = ConsoleScreen.render(Self.state(), width: 120, height: 24, now: F.now)
        let rows = (0..<grid.height).map { grid.text(row: $0) }.filter { $0.contains(QueueRow.code) && !$0.contains("─") }
        #expect(rows.count == 6)
        let instructed = try #require(rows.firstIndex { $0.contains(Self.rowCode("学区")) })
        #expect(rows[instructed].contains("督 超时 00:15:00"), "\(rows[instructed])")
        #expect(instructed == 1, "after the case two hours overdue, before every case with time left")
        let tasked = try #require(rows.firstIndex { $0.contains(Self.rowCode("自来水")) })
        #expect(rows[tasked].contains("督 00:30:00 紧急"), "\(rows[tasked])")
        #expect(tasked == 2)
        let clock = QueueScreen.layout(Self.state(), width: 120, now: F.now).place(of: .clock)!.x
        let y = try #require((0..<grid.height).first { grid.text(row: $0).contains(Self.rowCode("自来水")) })
        #expect(grid[clock, y].role == .clockCritical)
    }

    @Test func theHeaderCountsACaseOverdueByItsInstruction() {
        #expect(ConsoleScreen.render(F.state(), width: 100, height: 24, now: F.now).text(row: 0).contains("超时 1 "))
        #expect(ConsoleScreen.render(Self.state(), width: 100, height: 24, now: F.now).text(row: 0).contains("超时 2 "))
    }

    /// Twenty cases with titles as long as real ones, locality and unit given: a full night's queue.
    static func longTitles(_ language: Language = .chinese, count: Int = 20) -> ConsoleState {
        var desk = F.desk
        let titles = ["城关镇锦绣花园小区居民反映自来水连续三天发黄并伴有异味", "网传县第一中学食堂使用过期食材学生集体腹泻",
                      "河西街道暴雨后多处道路积水车辆被困视频在微博传播", "临江镇村民反映化工厂夜间排放刺鼻气体"]
        for index in 0..<(count - desk.cases.count) {
            var intake = EventDrafter.Intake(title: titles[index % titles.count] + "（\(index + 1)）", locality: "临江镇")
            intake.unit = "县生态环境局"
            intake.discoveredAt = F.ago(Double(index) + 0.5)
            let draft = try! EventDrafter(state: desk, now: F.now, timeZone: F.zone).report(intake, newCaseID: CaseID("long-\(index)"))
            desk.apply(Event(seq: desk.lastSeq + 1, id: "long-\(index)", recordedAt: F.now, operatorName: "张伟",
                             caseID: draft.caseID, body: draft.body))
        }
        var state = F.state(language)
        state.handle(.ledgerRead(desk), now: F.now)
        return state
    }

    @Test(arguments: [(80, 24), (100, 30), (120, 40)], [Language.chinese, .english])
    func longTitlesSnapshot(size: (Int, Int), language: Language) throws {
        let grid = ConsoleScreen.render(Self.longTitles(language), width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "queue-long-\(size.0)x\(size.1)-\(language.rawValue)")
    }

    /// At 80×24 a title keeps 16 CJK characters beside code, grade, status and countdown.
    @Test func aTitleKeepsSixteenCharactersAt80Columns() throws {
        let grid = ConsoleScreen.render(Self.longTitles(), width: 80, height: 24, now: F.now)
        let row = try #require((0..<grid.height).map { grid.text(row: $0) }.first { $0.contains("化工厂") })
        #expect(row.contains("临江镇村民反映化工厂夜间排放刺鼻"), "at least sixteen characters: \(row)")
        for column in ["编号", "分级", "事由", "状态", "剩余时间"] { #expect(grid.text(row: 2).contains(column)) }
    }

    /// Every kind of row at once, each with a long title: supervised items (督, overdue, overdue by
    /// more than a day, and urgent), a first report due (报), one releasing, one
    /// whose draft waits for agreement, a closed one. The columns are as wide as the widest of
    /// them, so this is the frame where the title is narrowest.
    static func everyRowKind(_ language: Language) -> ConsoleState {
        var desk = Self.state(language).desk
        func report(_ title: String, hoursAgo: Double, level: OpinionLevel = .general) -> String {
            var intake = EventDrafter.Intake(title: title, locality: "临江镇")
            intake.level = level
            intake.discoveredAt = F.ago(hoursAgo)
            let id = CaseID("kind-\(desk.lastSeq + 1)")
            desk.record(at: F.ago(hoursAgo), idPrefix: "kind") { try $0.report(intake, newCaseID: id) }
            return desk.cases.last!.code
        }
        _ = report("县人民医院门诊大厅排长队患者候诊超过三小时引发不满", hoursAgo: 0.2, level: .major)
        let old = report("临江镇村民反映化工厂夜间排放刺鼻气体多日无人处理", hoursAgo: 80)
        // 督 and more than a day overdue: the widest countdown a row can hold.
        desk.record(at: F.ago(79), idPrefix: "kind") { try $0.instruct(old, leader: "李副县长", text: "查明排放情况", dueAt: F.ago(50)) }
        let drafted = report("河西街道暴雨后多处道路积水车辆被困视频在微博传播", hoursAgo: 5)
        desk.record(at: F.ago(4), idPrefix: "kind") { try $0.assign(drafted, unit: "县住建局", role: .cooperating) }
        desk.record(at: F.ago(3), idPrefix: "kind") {
            try $0.draftRelease(drafted, ReleaseDraft(method: .governmentWeibo, text: "积水已排除", channel: "@示范县发布",
                                                      spokesperson: "赵强", signOffBy: "王县长"))
        }
        var state = F.state(language)
        state.handle(.ledgerRead(desk), now: F.now)
        return state
    }

    /// The title cell of each case row and the title it stands for.
    static func titleCells(_ state: ConsoleState, width: Int, height: Int) -> [(shown: String, title: String)] {
        let grid = ConsoleScreen.render(state, width: width, height: height, now: F.now)
        let place = QueueScreen.layout(state, width: width, now: F.now).place(of: .title)!
        return (0..<grid.height).compactMap { y -> (String, String)? in
            let row = grid.text(row: y)
            let shown = { (subject: Case) in String(subject.code.dropFirst(state.queueIndex.sharedCodeHead)) + " " }
            guard let subject = state.desk.cases.first(where: { row.contains(shown($0)) }), !row.contains("─") else { return nil }
            let cells = (place.x..<place.x + place.width).map { grid[$0, y].text }.joined()
            return (cells.trimmingCharacters(in: .whitespaces), subject.title)
        }
    }

    /// At 80×24 every row, whatever its kind, keeps 16 characters of its title beside code,
    /// grade, status and countdown, in both languages (English with its short queue words).
    @Test(arguments: [(Language.chinese, ["督 超时 00:15:00", "督 超时 2天02:00", "报 ", "续报中", "待会签", "已办结"]),
                      (.english, ["S late 00:15:00", "S late 2d 02:00", "R ", "Follow", "ok 0/1", "Closed"])])
    func everyRowKindKeepsSixteenTitleCharactersAt80Columns(language: Language, marks: [String]) throws {
        let state = Self.everyRowKind(language)
        let text = ConsoleScreen.render(state, width: 80, height: 24, now: F.now).text
        for mark in marks {
            #expect(text.contains(mark), "the frame holds a row with \(mark): \(text)")
        }
        #expect(QueueScreen.layout(state, width: 80, now: F.now).columns.map(\.column) == [.code, .grade, .title, .status, .clock])
        let rows = Self.titleCells(state, width: 80, height: 24)
        #expect(rows.count >= 9)
        for (shown, title) in rows {
            if shown == title { continue }
            let kept = try #require(shown.split(separator: "…").first, "\(shown)")
            #expect(shown.hasSuffix("…") && title.hasPrefix(kept) && kept.count >= 16, "\(shown) of \(title)")
        }
    }

    @Test(arguments: [Language.chinese, .english])
    func everyRowKindSnapshot(language: Language) throws {
        let grid = ConsoleScreen.render(Self.everyRowKind(language), width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "queue-every-row-kind-80x24-\(language.rawValue)")
    }

    /// At 120 columns a typical title (up to 30 CJK characters: 城关镇锦绣花园小区居民反映自来水连续三天
    /// 发黄并伴有异味（14）) is whole on every row, with its locality and unit, in both languages.
    @Test(arguments: [Language.chinese, .english])
    func aTypicalTitleIsWholeAt120Columns(language: Language) throws {
        let state = Self.longTitles(language)
        #expect(QueueScreen.layout(state, width: 120, now: F.now).columns.map(\.column) == QueueLayout.deskColumns)
        let rows = Self.titleCells(state, width: 120, height: 40)
        #expect(rows.count == 20)
        #expect(rows.contains { $0.title.count == 30 }, "the longest title is 30 characters")
        for (shown, title) in rows {
            #expect(shown == title, "\(shown) of \(title)")
        }
        let grid = ConsoleScreen.render(state, width: 120, height: 40, now: F.now)
        let row = try #require((0..<grid.height).map { grid.text(row: $0) }.first { $0.contains("化工厂") })
        #expect(row.contains("临江镇") && row.contains("县生态环境局"), "\(row)")
    }

    /// The grade column shows the emergency grade only where it sets the 24-hour clock.
    @Test func theGradeColumnShowsWhatSetsTheClock() {
        let text = ConsoleScreen.render(F.state(), width: 120, height: 24, now: F.now).text
        let rows = text.split(separator: "\n").filter { $0.contains(QueueRow.code) && !$0.contains("─") }
        #expect(rows.first { $0.contains("暴雨") }?.contains(" 突发 ") == true)
        #expect(rows.first { $0.contains("小学") }?.contains(" 一般 ") == true, "a 较大 emergency is on the 48-hour clock")
    }

    /// A full queue has no room for the preview; a short one shows it under the list.
    @Test func thePreviewFillsOnlyRowsTheListLeaves() {
        let full = ConsoleScreen.render(Self.longTitles(), width: 80, height: 24, now: F.now).text
        #expect(!full.contains("预览"))
        let short = ConsoleScreen.render(F.state(), width: 120, height: 40, now: F.now).text
        #expect(short.contains("── 预览 · YQ-20261121-001"))
        #expect(short.contains("下一步 t 研判"))
    }

    /// On a narrow screen the desk's name gives way before the operator and the overdue count.
    @Test func theHeaderKeepsTheOperatorAndOverdueCountFirst() {
        var state = F.state(deskName: "某某县人民政府办公室政务舆情回应值班台（县网信办联合值守）")
        state.apply(Event(seq: 900, id: "h", recordedAt: F.now, operatorName: "张伟", caseID: nil,
                               body: .shiftHandedOver(ShiftHandover(outgoing: "张伟", incoming: "李娜"))))
        let header = ConsoleScreen.render(state, width: 80, height: 24, now: F.now).text(row: 0)
        #expect(header.hasPrefix(" 值班员 张伟 · 在班 李娜  超时 1  舆情值班台"), "\(header)")
        #expect(header.hasSuffix("2026-11-23 14:00:00 UTC+8 "), "the clock names its zone")
    }
}
