import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct ConsoleRequestTests {
    /// Only drafts may wait for the end of a burst of keys; every other request is a record the
    /// operator asked for, and must be carried out, never dropped as superseded.
    @Test func onlyADraftIsADraft() {
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(ConsoleRequest.saveDraft([.title: "网传自来水发黄"], openedAt: at).isDraft)
        #expect(!ConsoleRequest.discardDraft.isDraft)
        #expect(!ConsoleRequest.saveAgenda(["YQ-20261123-001"]).isDraft)
        #expect(!ConsoleRequest.handOver(to: "李娜", note: "").isDraft)
    }
}
