import DutyDeskCore
import Foundation
import DutyDeskGrid
import DutyDeskTestSupport
import Testing
@testable import DutyDeskUI

@Suite struct ConsoleScreenTests {
    typealias F = ConsoleFixture

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func queueSnapshot(size: (Int, Int), language: Language) throws {
        let grid = ConsoleScreen.render(F.state(language), width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "queue-\(size.0)x\(size.1)-\(language.rawValue)")
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func detailSnapshot(size: (Int, Int), language: Language) throws {
        var state = F.state(language)
        state.handle(.enter, now: F.now, size: (size.0, size.1))
        let grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "detail-\(size.0)x\(size.1)-\(language.rawValue)")
    }

    @Test(arguments: [Language.chinese, .english])
    func helpSnapshot(language: Language) throws {
        var state = F.state(language)
        state.handle(.character("?"), now: F.now, size: (80, 24))
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "help-80x24-\(language.rawValue)")
    }

    @Test func aSaveWaitingForTheLockIsShownOnTheBottomRowOverAnOpenForm() {
        var state = F.state()
        state.handle(.character("n"), now: F.now, size: (80, 24))
        state.handle(.lockWait("台账被进程 4242 占用 3s，保存待写入（Esc 取消）"), now: F.now)
        let rows = ConsoleScreen.render(state, width: 80, height: 24, now: F.now).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[23].contains("台账被进程 4242 占用 3s"), "\(rows)")
        #expect(rows.joined().contains("一句话事由"), "the form stays on screen")
    }

    @Test func anAnchorAlarmIsTheRedBannerAndTheLedgerReadOnly() {
        var state = F.state()
        state.handle(.ledgerHealth(.contradicted(alarm: "警报：台账比本机见过的短")), now: F.now)
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        #expect(grid.text.contains("警报：台账比本机见过的短"))
        #expect(grid.text.contains("台账以只读方式打开"))
    }

    @Test func tooSmallSaysSoInsteadOfDrawing() {
        let grid = ConsoleScreen.render(F.state(), width: 60, height: 20, now: F.now)
        #expect(grid.text.contains("终端太小，至少需要 80×24"))
        #expect(!grid.text.contains(QueueRow.code))
    }

    @Test(arguments: [80, 100, 120, 160])
    func theCountdownStartsAtOneColumnOnEveryRow(width: Int) {
        let grid = ConsoleScreen.render(F.state(), width: width, height: 24, now: F.now)
        let clock = QueueScreen.layout(F.state(), width: width, now: F.now).place(of: .clock)!.x
        // The queue's rows, not the preview's rule under them.
        let rows = (0..<grid.height).filter { grid.text(row: $0).contains(QueueRow.code) && !grid.text(row: $0).contains("─") }
        #expect(rows.count == 6)
        for y in rows {
            let cell = grid[clock, y]
            #expect(cell.text != " " && !cell.isContinuation, "row \(y) has its countdown at \(clock)")
            #expect(grid[clock - 1, y].text == " ")
        }
    }

    @Test func everyBandIsMarkedInWordsAsWellAsColor() {
        let text = ConsoleScreen.render(F.state(), width: 120, height: 24, now: F.now).text
        #expect(text.contains("超时 02:00:00"))
        #expect(text.contains("03:59:59 紧急") || text.contains("04:00:00 紧急"))
        #expect(text.contains("过半"))
    }

    @Test func caseTextCannotSendEscapesToTheTerminal() {
        var desk = F.desk
        var intake = EventDrafter.Intake(title: "恶意\u{1B}]0;pwned\u{07}标题\u{9B}2J", locality: "城关镇")
        intake.discoveredAt = F.now
        let draft = try! EventDrafter(state: desk, now: F.now, timeZone: F.zone).report(intake, newCaseID: CaseID("evil"))
        desk.apply(Event(seq: 99, id: "e", recordedAt: F.now, operatorName: "x\u{1B}[2J", caseID: draft.caseID,
                         body: draft.body))
        var state = F.state()
        state.handle(.ledgerRead(desk), now: F.now)
        for grid in [ConsoleScreen.render(state, width: 120, height: 30, now: F.now)] {
            #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
        }
        state.select(code: "YQ-20261123-003")
        state.handle(.enter, now: F.now, size: (120, 30))
        let detail = ConsoleScreen.render(state, width: 120, height: 30, now: F.now)
        #expect(detail.text.contains("␛]0;pwned␇"))
        #expect(!detail.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }
}

/// A monochrome terminal must still tell every state apart: the snapshot pairs each row with
/// the attributes the shipped monochrome theme gives its cells.
@Suite struct MonochromeRenderTests {
    typealias F = ConsoleFixture

    static func monochrome() throws -> Theme {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let text = try String(contentsOf: url.appendingPathComponent("themes/monochrome.toml"), encoding: .utf8)
        return try ThemeParser.parse(text: text, fileName: "themes/monochrome.toml", base: .builtinFallback)
    }

    /// One letter a cell: . plain, b bold, u underline, r reverse, B bold+underline, R bold+reverse,
    /// U underline+reverse, * all three.
    static func attributes(_ grid: Grid, theme: Theme) -> String {
        (0..<grid.height).map { y in
            "|" + (0..<grid.width).map { x -> String in
                let style = theme.style(grid[x, y].role)
                switch (style.bold, style.underline, style.reverse) {
                case (false, false, false): return "."
                case (true, false, false): return "b"
                case (false, true, false): return "u"
                case (false, false, true): return "r"
                case (true, true, false): return "B"
                case (true, false, true): return "R"
                case (false, true, true): return "U"
                case (true, true, true): return "*"
                }
            }.joined() + "|"
        }.joined(separator: "\n") + "\n"
    }

    @Test func queueInMonochrome() throws {
        let theme = try Self.monochrome()
        #expect(theme.monochrome)
        let grid = ConsoleScreen.render(F.state(), width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid) + Self.attributes(grid, theme: theme), named: "queue-80x24-zh-monochrome")
    }

    @Test func everyClockBandLooksDifferentWithoutColor() throws {
        let theme = try Self.monochrome()
        let bands: [StyleRole] = [.clockFresh, .clockWarning, .clockCritical, .clockOverdue]
        let looks = bands.map { theme.style($0) }.map { [$0.bold, $0.underline, $0.reverse] }
        #expect(Set(looks).count == bands.count)
    }
}

@Suite struct LedgerBannerTests {
    @Test func aDamagedLedgerIsNamedWithLineAndOffsetAndTheConsoleSaysReadOnly() {
        var state = ConsoleFixture.state()
        state.handle(.ledgerHealth(.damaged(event: 3, location: "字节偏移 1204", reason: "hash does not match the line")),
                     now: ConsoleFixture.now)
        let grid = ConsoleScreen.render(state, width: 100, height: 24, now: ConsoleFixture.now)
        #expect(grid.text(row: 2).contains("台账损坏：第 3 条（字节偏移 1204）"))
        #expect(grid.text(row: 1).contains("只读"))
        #expect(grid[0, 2].role == .bannerError)
        #expect(grid.text.contains("YQ-20261121-001"), "the valid prefix stays on screen")
    }
}

/// Every screen issue 12 names, at 80×24, 100×30 and 120×40 in both languages: the queue's
/// preview, each report screen, every step form (or, where a form cannot succeed, what the
/// status line says instead), the conflict view and the draft offer. The long-titled queue is
/// `QueueScreenTests.longTitlesSnapshot`.
@Suite struct ScreenSizesTests {
    typealias F = ConsoleFixture

    static let sizes = [(80, 24), (100, 30), (120, 40)]
    static let flood = "YQ-20261122-002"

    /// The desk with supervised items (`QueueScreenTests.state`), the given case selected.
    static func on(_ code: String) -> (Language) -> ConsoleState {
        { language in
            var state = QueueScreenTests.state(language)
            state.select(code: code)
            return state
        }
    }

    /// A triage form on the flood case, saved after another console regraded the case.
    static func conflicted(_ language: Language, size: (Int, Int)) -> ConsoleState {
        var state = F.state(language)
        state.select(code: flood)
        state.handle(.character("t"), now: F.now, size: size)
        state.handle(.ledgerRead(state.desk.recording(by: "李娜", id: "other") { try $0.regrade(flood, to: .extraordinary, at: nil) }),
                     now: F.now)
        state.handle(.control("s"), now: F.now, size: size)
        return state
    }

    /// The flood case transferred to 县应急管理局 by the joint meeting, so `X` opens the unit's analysis.
    static func transferredByTheMeeting(_ language: Language) -> ConsoleState {
        var state = F.state(language)
        state.handle(.ledgerRead(state.desk.recording(by: "李娜") {
            try $0.meetingTransfer(flood, to: "县应急管理局", reason: "会商决定由应急局核实", office: "县政务公开办")
        }), now: F.now)
        state.select(code: flood)
        return state
    }

    static func draftOffered(_ language: Language) -> ConsoleState {
        F.state(language, draftOffer: DraftOffer(fields: [.title: "网传城关镇中学食堂饭菜变质", .locality: "城关镇", .channel: "weibo"],
                                                 openedAt: F.ago(0.5), savedAt: F.ago(0.25), operatorName: "李娜"))
    }

    /// Name, the console it starts from, and the keys the operator presses.
    static var screens: [(name: String, start: (Language) -> ConsoleState, keys: [Key])] { [
        ("preview", { F.state($0) }, []),
        ("report-daily", { F.state($0) }, [.character("D")]),
        ("report-stats", { F.state($0) }, [.character("D"), .tab]),
        ("report-overdue", { F.state($0) }, [.character("D"), .tab, .tab]),
        ("report-case", on(flood), [.character("D"), .tab, .tab, .tab]),
        ("report-handover", { F.state($0) }, [.character("D"), .tab, .tab, .tab, .tab]),
        ("statistics", { F.state($0) }, [.character("S")]),
        ("analysis", { F.state($0) }, [.character("Y")]),
        ("handover-screen", { F.state($0) }, [.character("H")]),
        ("form-intake", { F.state($0) }, [.character("n")]),
        ("form-triage", on(flood), [.character("t")]),
        ("form-assign", on(flood), [.character("a")]),
        ("form-respond", on(flood), [.character("r")]),
        ("form-press", on(flood), [.character("p")]),
        ("form-note", on(flood), [.character("m")]),
        ("form-close", on(flood), [.character("c")]),
        ("form-acknowledge", on(flood), [.character("s")]),
        ("form-transfer", on(flood), [.character("x")]),
        ("form-feedback", on(flood), [.character("F")]),
        ("form-report-up", on(flood), [.character("u")]),
        ("form-refer", on(flood), [.character("f")]),
        ("form-referral-outcome", on(flood), [.character("o")]),
        ("form-reopen", on("YQ-20261121-002"), [.character("R")]),
        ("form-correct", on(flood), [.character("e")]),
        ("form-instruct", on(flood), [.character("i")]),
        ("form-meeting", on(flood), [.character("h")]),
        ("form-report-back", on("YQ-20261123-001"), [.character("b")]),
        ("form-complete-item", on("YQ-20261123-001"), [.character("d")]),
        ("form-decide", on(flood), [.character("w")]),
        ("form-tolerate", on("YQ-20261122-003"), [.character("T")]),  // 刘强 spoke at its press conference
        ("form-release-draft", on(flood), [.character("W")]),
        ("form-release-step", { ReleaseFixture.state($0) }, [.character("W")]),
        ("form-release-sign-off", { ReleaseFixture.state($0, desk: ReleaseFixture.agreed) }, [.character("W")]),
        ("form-release-publish", { ReleaseFixture.state($0, desk: ReleaseFixture.signedOff) }, [.character("W")]),
        ("form-patrol", { F.state($0) }, [.character("P")]),
        ("form-wording", { WordingFormTests.state($0) }, [.character("L")]),
        ("form-assessment", { F.state($0) }, [.character("A"), .character("n")]),
        ("form-case-from-assessment", { DeskRecordFixture.state($0) }, [.character("A"), .character("c")]),
        ("form-handover", { F.state($0) }, [.character("H"), .character("H")]),
        ("form-offline", on(OfflineFormTests.water.code), [.character("O")]),
        ("form-analyse-transfer", transferredByTheMeeting, [.character("X")]),
        ("form-checklist", { language in
            var state = ChecklistFormTests.state(language)
            state.select(code: ChecklistFormTests.flood.code)
            return state
        }, [.character("K")]),
        ("draft-offer", draftOffered, []),
    ] }

    @Test(arguments: sizes, [Language.chinese, .english])
    func everyScreenSnapshot(size: (Int, Int), language: Language) throws {
        for screen in Self.screens {
            var state = screen.start(language)
            for key in screen.keys { state.handle(key, now: F.now, size: size) }
            let grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
            try Snapshot.assert(Snapshot.text(grid), named: "sizes-\(screen.name)-\(size.0)x\(size.1)-\(language.rawValue)")
        }
        let conflict = ConsoleScreen.render(Self.conflicted(language, size: size), width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(conflict), named: "sizes-conflict-\(size.0)x\(size.1)-\(language.rawValue)")
    }

    /// The screens above are what they are named: a form is open where one is named, a report
    /// screen shows its report, the conflict and the offer ask their questions.
    @Test func eachScreenIsWhatItIsNamed() {
        for screen in Self.screens {
            var state = screen.start(.chinese)
            for key in screen.keys { state.handle(key, now: F.now, size: (80, 24)) }
            // No referral is open on the flood case: the form says so before any typing, and opens not.
            let opensForm = screen.name.hasPrefix("form-") && screen.name != "form-referral-outcome"
            #expect((state.openForm != nil) == opensForm, "\(screen.name) opens its form, or says why not")
            let reports: [String: ReportKind] = ["report-daily": .daily, "report-stats": .stats, "report-overdue": .overdue,
                                                 "report-case": .caseBrief, "report-handover": .handover]
            if let kind = reports[screen.name] {
                #expect(state.screen == .report(kind), "\(screen.name) is \(state.screen)")
            }
        }
        #expect(Self.conflicted(.chinese, size: (80, 24)).openForm?.conflict != nil)
        #expect(Self.draftOffered(.chinese).draftOffer != nil)
    }
}
