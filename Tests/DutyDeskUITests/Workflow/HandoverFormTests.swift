import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct HandoverFormTests {
    typealias F = ConsoleFixture

    /// The incoming operator is picked from those who recorded on the ledger or took a shift
    /// over, never the one handing over.
    @Test func theIncomingOperatorIsPickedFromTheLedgersOthers() throws {
        var desk = F.desk
        let draft = try EventDrafter(state: desk, now: F.now, timeZone: F.zone).handOver(from: "张伟", to: "李娜", note: "")
        desk.apply(Event(seq: desk.lastSeq + 1, id: "handover", recordedAt: F.now, operatorName: "张伟", caseID: nil,
                         body: draft.body))
        let form = HandoverForm.make(desk: desk, outgoing: "李娜", language: .chinese)
        guard case .choice(let incoming)? = form.fields.first?.kind else { Issue.record("no choice first"); return }
        #expect(incoming.options.map(\.code).contains("张伟"))
        #expect(!incoming.options.map(\.code).contains("李娜"))
        #expect(incoming.selected == nil, "nobody is handed the desk without being picked")
        #expect(form.fields.first?.required == true)
    }

    @Test func theRequestNamesTheIncomingOperatorAndTheNote() {
        var form = HandoverForm.make(desk: F.desk, outgoing: "张伟", language: .chinese)
        let options = [ChoiceOption(code: "王芳", label: "王芳")]
        form.fields[0].kind = .choice(ChoiceField(options: options, selected: "王芳", allowsNone: false, allowsNew: true))
        form.fields[1].kind = .area(TextArea("河西积水待回应"))
        #expect(HandoverForm.request(form) == .handOver(to: "王芳", note: "河西积水待回应"))
    }
}
