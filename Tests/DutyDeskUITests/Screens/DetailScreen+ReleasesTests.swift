import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// The detail's drafts: each with where it waits and what it says, and while it is pending every
/// co-operating unit's word on it (agreed, objected with what, or not yet).
@Suite struct DetailScreenReleasesTests {
    typealias F = ConsoleFixture

    static func texts(_ lines: [DetailScreen.Line]) -> [String] { lines.map { $0.map(\.text).joined() } }

    @Test func aCaseWithoutDraftsShowsNothing() {
        let state = ReleaseFixture.state()
        let other = state.desk.cases.first { $0.drafts.isEmpty }!
        #expect(DetailScreen.draftLines(other, state: state, now: F.now).isEmpty)
    }

    @Test func aPendingDraftNamesEachUnitsWord() throws {
        let state = ReleaseFixture.state()
        let water = try #require(state.desk.findCase(code: ReleaseFixture.water))
        let lines = DetailScreen.draftLines(water, state: state, now: F.now)
        let texts = Self.texts(lines)
        #expect(texts.first == "■ 稿件（起草 → 会签 → 审定 → 发布）")
        #expect(texts[1].hasPrefix("稿1  待会签 2/3") && texts[1].hasSuffix(" 张伟"), "\(texts[1])")
        #expect(lines[1][1].role == .clockWarning, "a pending draft is a warning")
        #expect(texts[2].hasSuffix("@示范县发布 · 赵强：经检测水质达标，发黄系水箱锈蚀"), "\(texts[2])")
        let objection = try #require(lines.first { $0.first?.text == "  县住建局  " })
        #expect(objection.last?.text == "✗ 有异议：请写明更换期限" && objection.last?.role == .value)
        let agreed = try #require(lines.first { $0.first?.text == "  县卫健委  " })
        #expect(agreed.last?.text == "✓ 同意 " + DisplayTime.minutes(F.ago(1), in: F.zone) && agreed.last?.role == .muted)
        #expect(texts.last == "")
    }

    /// Once the draft is published the units' words are history: the draft keeps two lines.
    @Test(arguments: [Language.chinese, .english])
    func aPublishedDraftListsNoUnits(language: Language) throws {
        var desk = ReleaseFixture.desk
        let code = ReleaseFixture.water
        desk.record(at: F.ago(0.4)) { try $0.confirmRelease(code, draft: nil, unit: "县住建局", objection: "", at: nil) }
        desk.record(at: F.ago(0.3)) { try $0.signOffRelease(code, draft: nil, leader: "王县长", sentBackReason: "", at: nil) }
        desk.record(at: F.ago(0.2)) { try $0.publishDraft(code, draft: nil, at: nil) }
        let state = ConsoleState(desk: desk, deskName: "城关值班台", operatorName: "张伟", policy: DeadlinePolicy(),
                                 strings: ConsoleStrings.table(for: language), timeZone: F.zone)
        let lines = DetailScreen.draftLines(try #require(desk.findCase(code: code)), state: state, now: F.now)
        let words = ReleaseWords.self
        #expect(lines.count == 4, "\(Self.texts(lines))")
        #expect(lines[1][1].text.hasPrefix((language == .chinese ? words.chinese : words.english).published) && lines[1][1].role == .muted,
                "\(lines[1][1].text)")
    }
}
