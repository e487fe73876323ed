import Foundation
import Testing
@testable import DutyDeskCore

/// 口径 through `EventDrafter`: approved by a leader, one per topic, withdrawn with a reason, and
/// named by the release drafts that use it.
@Suite struct EventDrafterWordingTests {
    typealias S = Scenario

    @Test func aWordingIsApprovedOncePerTopicAndWithdrawnWithAReason() throws {
        var scenario = Scenario()
        try scenario.record(at: S.hours(1)) {
            try $0.approveWording(topic: " 二次供水 ", text: "水质达标", leader: "王县长", at: S.hours(0.5))
        }
        let approved = try #require(scenario.state.activeWording(topic: "二次供水"))
        #expect(approved.approval == WordingApproval(topic: "二次供水", text: "水质达标", leader: "王县长", at: S.hours(0.5)))
        #expect(approved.recorded.operatorName == "值班员")
        // A second wording on the topic is refused, naming who approved the one offered.
        #expect(throws: DraftRefusal.wording(.topicTaken(topic: "二次供水", leader: "王县长", at: S.hours(0.5)))) {
            try scenario.record(at: S.hours(2)) { try $0.approveWording(topic: "二次供水", text: "新口径", leader: "李副县长", at: nil) }
        }
        for (topic, text, leader, field) in [("", "x", "王县长", RecordingField.topic), ("t", " ", "王县长", .text),
                                             ("t", "x", "", .approvedBy)] {
            #expect(throws: DraftRefusal.emptyField(name: field)) {
                try scenario.record(at: S.hours(2)) { try $0.approveWording(topic: topic, text: text, leader: leader, at: nil) }
            }
        }
        #expect(throws: DraftRefusal.inFuture(field: .at, value: S.hours(3), now: S.hours(2))) {
            try scenario.record(at: S.hours(2)) { try $0.approveWording(topic: "t", text: "x", leader: "王县长", at: S.hours(3)) }
        }
        #expect(throws: DraftRefusal.emptyField(name: .reason)) {
            try scenario.record(at: S.hours(2)) { try $0.withdrawWording("二次供水", reason: "") }
        }
        // The wording withdrawn is named, not a topic typed: a refusal names it as the 口径.
        #expect(throws: DraftRefusal.emptyField(name: .wording)) {
            try scenario.record(at: S.hours(2)) { try $0.withdrawWording(" ", reason: "检测结果更新") }
        }
        try scenario.record(at: S.hours(2)) { try $0.withdrawWording("二次供水", reason: "检测结果更新") }
        #expect(scenario.state.activeWordings.isEmpty)
        #expect(scenario.state.wordings.count == 1 && scenario.state.wordings[0].withdrawal?.0.reason == "检测结果更新")
        #expect(throws: DraftRefusal.wording(.withdrawn(topic: "二次供水", reason: "检测结果更新"))) {
            try scenario.record(at: S.hours(3)) { try $0.withdrawWording("二次供水", reason: "again") }
        }
        // Withdrawn, the topic takes a new wording, with an id of its own.
        try scenario.record(at: S.hours(3)) { try $0.approveWording(topic: "二次供水", text: "新口径", leader: "王县长", at: nil) }
        #expect(scenario.state.activeWording(topic: "二次供水")?.id != approved.id)
    }

    @Test func aDraftNamesTheWordingItUsedAndTakesItsTextWhenItHasNone() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.approveWording(topic: "二次供水", text: "水质达标", leader: "王县长", at: nil) }
        let wording = try #require(scenario.state.activeWording(topic: "二次供水"))
        let subject = try #require(try scenario.record(at: S.hours(2)) {
            try $0.draftRelease(code, ReleaseDraft(method: .governmentWeibo, text: "", wording: WordingUse(id: "", topic: "二次供水")))
        })
        #expect(subject.drafts[0].draft.text == "水质达标")
        #expect(subject.drafts[0].draft.wording == WordingUse(id: wording.id, topic: "二次供水"))
        #expect(Strings.chinese.summary(of: subject.timeline.last!, in: subject, timeZone: S.zone).contains("口径「二次供水」"))
        #expect(Strings.english.summary(of: subject.timeline.last!, in: subject, timeZone: S.zone).contains("wording \"二次供水\""))
        #expect(throws: DraftRefusal.wording(.unknown(reference: "征地", active: ["二次供水"]))) {
            try scenario.record(at: S.hours(2)) {
                try $0.draftRelease(code, ReleaseDraft(method: .governmentWeibo, text: "x", wording: WordingUse(id: "", topic: "征地")))
            }
        }
        try scenario.record(at: S.hours(3)) { try $0.withdrawWording(wording.id, reason: "过时") }
        #expect(throws: DraftRefusal.wording(.withdrawn(topic: "二次供水", reason: "过时"))) {
            try scenario.record(at: S.hours(3)) {
                try $0.draftRelease(code, ReleaseDraft(method: .governmentWeibo, text: "x", wording: WordingUse(id: "", topic: "二次供水")))
            }
        }
        // The draft keeps naming the wording it used after the withdrawal.
        #expect(scenario.subject(code).drafts[0].draft.wording?.id == wording.id)
    }

    @Test func theRefusalsSayTheTopicInBothLanguages() {
        let zone = S.zone
        let taken = DraftRefusal.wording(.topicTaken(topic: "二次供水", leader: "王县长", at: S.hours(0)))
        #expect(Strings.chinese.recordingError(taken, timeZone: zone) == "话题「二次供水」已有 王县长 于 2026-11-23 08:00 审定的口径；请先撤回（写明理由）再审定新口径")
        #expect(Strings.english.recordingError(.wording(.unknown(reference: "x", active: [])), timeZone: zone)
            == "no wording offered for topic \"x\"; none is approved yet")
        #expect(Strings.chinese.recordingError(.emptyField(name: .topic), timeZone: zone) == "话题 不能为空")
        #expect(Strings.english.recordingError(.emptyField(name: .approvedBy), timeZone: zone) == "Approved by must not be empty")
    }
}
