import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// The report screen's pages: the kinds it cycles through and the document each shows at a moment.
@Suite struct ReportKindTests {
    typealias F = ConsoleFixture

    @Test func nextAndPreviousCycleThroughTheConsolesPages() {
        #expect(ReportKind.console.map(\.next) == [.daily, .stats, .overdue, .caseBrief, .handover])
        #expect(ReportKind.console.map(\.previous) == [.caseBrief, .handover, .daily, .stats, .overdue])
        for kind in ReportKind.console { #expect(kind.next.previous == kind) }
    }

    /// The analysis has its own screen and accountability is the CLI's; from either, paging starts over.
    @Test func aKindNotOnTheScreenPagesFromTheFirst() {
        #expect(!ReportKind.console.contains(.analysis) && !ReportKind.console.contains(.accountability))
        #expect(ReportKind.analysis.next == .daily)
        #expect(ReportKind.accountability.previous == .caseBrief)
    }

    /// Each page is the kind's own document over its default period ending today, in the console's language.
    @Test func eachPageIsItsKindsDocumentOverItsDefaultPeriod() throws {
        let state = F.state()
        for kind in [ReportKind.handover, .daily, .stats, .overdue] {
            let document = try #require(kind.document(state, now: F.now), "\(kind)")
            #expect(document.kind == kind.rawValue)
        }
        #expect(ReportKind.daily.document(state, now: F.now)?.title.hasSuffix("2026-11-23") == true)
        let stats = try #require(ReportKind.stats.document(state, now: F.now))
        #expect(stats.facts.first { $0.key == "from" }?.value.text == "2026-11-01")
        #expect(stats.facts.first { $0.key == "to" }?.value.text == "2026-11-23")
        let english = F.state(.english)
        #expect(ReportKind.daily.document(english, now: F.now)?.title.hasPrefix(ReportKind.daily.title(.english)) == true)
    }

    /// The case brief is of the selected case, and there is none to show without one.
    @Test func theBriefIsOfTheSelectedCase() throws {
        var state = F.state()
        state.press([.character("j")])
        let selected = try #require(state.selected.flatMap { state.desk[$0] })
        let brief = try #require(ReportKind.caseBrief.document(state, now: F.now))
        #expect(brief.kind == "case")
        #expect(brief.title.hasSuffix(selected.code))
    }
}
