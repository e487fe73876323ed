import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// The transfer form's 会商转办 carries the 政务公开办 it is copied to; `X` is the unit's analysis.
@Suite struct TransferFormTests {
    typealias F = ConsoleFixture

    static var water: Case { F.desk.cases.first { $0.report.unit == "县水务局" }! }

    @Test func aTransferByTheMeetingIsCopiedToTheOffice() {
        var settings = DeskSettings()
        settings.openAffairsOffice = "西林县政务公开办"
        var form = CaseActionForms.make(.transfer, for: Self.water, desk: F.desk, settings: settings, language: .chinese,
                                        openedAt: F.now)
        form.fields[0].kind = .choice(ChoiceField(options: [ChoiceOption(code: "城关镇", label: "城关镇")], selected: "城关镇",
                                                  allowsNone: false))
        form.fields[1].kind = .text(TextBuffer("会商决定"))
        #expect(CaseActionForms.action(.transfer, from: form, now: F.now, timeZone: F.zone) == .transfer(unit: "城关镇", reason: "会商决定"))
        guard case .choice(let meeting) = form.fields[2].kind else { Issue.record("not a choice"); return }
        #expect(meeting.options.map(\.label) == ["普通转办", "会商转办（抄送西林县政务公开办）"])
        form.fields[2].kind = .choice(ChoiceField(options: meeting.options, selected: "西林县政务公开办", allowsNone: false))
        #expect(CaseActionForms.action(.transfer, from: form, now: F.now, timeZone: F.zone)
                == .meetingTransfer(unit: "城关镇", reason: "会商决定", office: "西林县政务公开办"))
    }

    @Test func theAnalysisFormNeedsAMeetingTransfer() {
        #expect(CaseActionKind.analyseTransfer.refusal(for: Self.water) == .notTransferredTo(code: Self.water.code, unit: "", units: []))
        let (_, fields) = TransferForm.analysis(for: Self.water, language: .chinese)
        #expect(fields.map(\.label) == ["责任单位", "出处", "发布时间", "传播路径", "跟帖情况", "网民观点"])
        #expect(fields.allSatisfy { $0.required })
    }
}
