import Foundation
import Testing
@testable import DutyDeskCore

/// 起草 → 会签 → 审定 → 发布, through `EventDrafter` as the desk records it.
@Suite struct ReleaseWorkflowTests {
    typealias S = Scenario

    /// A case with a lead unit and two co-operating units, and a draft written at hour 1.
    static func drafted() throws -> (Scenario, String) {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(0.2)) { try $0.assign(code, unit: "县水务局", role: .lead) }
        try scenario.record(at: S.hours(0.2)) { try $0.assign(code, unit: "县卫健委", role: .cooperating) }
        try scenario.record(at: S.hours(0.2)) { try $0.assign(code, unit: "县住建局", role: .cooperating) }
        try scenario.record(at: S.hours(1)) {
            try $0.draftRelease(code, ReleaseDraft(method: .governmentWeibo, text: "经检测水质达标", signOffBy: "王县长"))
        }
        return (scenario, code)
    }

    @Test func aDraftWaitsForEachUnitThenTheLeaderThenPublication() throws {
        var (scenario, code) = try Self.drafted()
        let strings = Strings.chinese
        var subject = scenario.subject(code)
        #expect(strings.pendingRelease(of: subject, now: S.hours(2.5)) == "稿1 待会签 0/2 · 待审定 王县长 1小时30分")
        #expect(strings.releaseStageShort(of: subject) == "待会签 0/2")
        #expect(strings.releaseStageInQueue(of: subject) == "待会签", "no wider than 待研判 in the queue")
        #expect(Strings.english.releaseStageInQueue(of: subject) == "ok 0/2")
        try scenario.record(at: S.hours(1.5)) { try $0.confirmRelease(code, draft: nil, unit: "县卫健委", objection: "", at: nil) }
        try scenario.record(at: S.hours(1.6)) {
            try $0.confirmRelease(code, draft: "1", unit: "县住建局", objection: "管网改造时间需核实", at: nil)
        }
        subject = scenario.subject(code)
        #expect(strings.pendingRelease(of: subject, now: S.hours(2)) == "稿1 待会签 1/2 · 待审定 王县长 1小时0分")
        // Sign-off follows agreement: the objecting unit is named.
        #expect(throws: DraftRefusal.release(.confirmationsMissing(code: code, draft: 1, waiting: ["县住建局"]))) {
            try scenario.record(at: S.hours(2)) { try $0.signOffRelease(code, draft: nil, leader: "王县长", sentBackReason: "", at: nil) }
        }
        // An objection talked through: the unit's later word replaces it.
        try scenario.record(at: S.hours(2)) { try $0.confirmRelease(code, draft: nil, unit: "县住建局", objection: "", at: nil) }
        subject = scenario.subject(code)
        #expect(strings.pendingRelease(of: subject, now: S.hours(3)) == "稿1 待审定 王县长 1小时0分")
        #expect(throws: DraftRefusal.release(.notSignedOff(code: code, draft: 1))) {
            try scenario.record(at: S.hours(3)) { try $0.publishDraft(code, draft: nil, at: nil) }
        }
        try scenario.record(at: S.hours(3.5)) {
            try $0.signOffRelease(code, draft: nil, leader: "王县长", sentBackReason: "", at: S.hours(3))
        }
        #expect(throws: DraftRefusal.release(.beforeStep(value: S.hours(2.5), step: S.hours(3)))) {
            try scenario.record(at: S.hours(4)) { try $0.publishDraft(code, draft: nil, at: S.hours(2.5)) }
        }
        try scenario.record(at: S.hours(4)) { try $0.publishDraft(code, draft: nil, at: nil) }
        subject = scenario.subject(code)
        #expect(subject.pendingDrafts.isEmpty)
        #expect(subject.releases.count == 1)
        #expect(subject.responses.first?.draft == subject.drafts.first?.id)
        #expect(subject.responses.first?.text == "经检测水质达标")
        #expect(subject.drafts.first?.publishedAt == S.hours(4))
        #expect(throws: DraftRefusal.release(.noDraft(code: code, draft: nil))) {
            try scenario.record(at: S.hours(5)) { try $0.publishDraft(code, draft: nil, at: nil) }
        }
        #expect(throws: DraftRefusal.release(.notPending(code: code, draft: 1))) {
            try scenario.record(at: S.hours(5)) { try $0.publishDraft(code, draft: "1", at: nil) }
        }
    }

    @Test func aDraftSentBackIsDoneAndANewOneStartsAgain() throws {
        var (scenario, code) = try Self.drafted()
        try scenario.record(at: S.hours(2)) {
            try $0.signOffRelease(code, draft: nil, leader: "王县长", sentBackReason: "数据口径与卫健委不一致", at: nil)
        }
        var subject = scenario.subject(code)
        #expect(subject.pendingDrafts.isEmpty)
        #expect(Strings.chinese.releaseStage(subject.drafts[0], in: subject, now: S.hours(3)) == "已退回（王县长：数据口径与卫健委不一致）")
        try scenario.record(at: S.hours(2.5)) { try $0.draftRelease(code, ReleaseDraft(method: .portal, text: "第二稿")) }
        subject = scenario.subject(code)
        #expect(subject.pendingDrafts.map(\.number) == [2])
        #expect(Strings.chinese.pendingRelease(of: subject, now: S.hours(3)) == "稿2 待会签 0/2 · 待审定 30分")
    }

    /// A direct release past a pending draft says why; the 48 h clock counts the publication alone.
    @Test func aDirectReleasePastAPendingDraftNeedsItsReason() throws {
        var (scenario, code) = try Self.drafted()
        #expect(throws: DraftRefusal.release(.draftPending(code: code, draft: 1))) {
            try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "紧急提示", at: nil) }
        }
        try scenario.record(at: S.hours(2)) {
            try $0.respond(code, method: .portal, text: "紧急提示", at: nil, urgentReason: "停水通知须立即发出")
        }
        let subject = scenario.subject(code)
        #expect(subject.firstReleaseAt == S.hours(2))
        #expect(subject.pendingDrafts.count == 1)
        let brief = CaseBrief.directReleases(subject, .chinese)
        #expect(brief == ["首次回应：直接发布（未经审定），理由：停水通知须立即发出"])
    }

    /// A draft meets no clock: a case with only drafts past its 48 h is overdue.
    @Test func aDraftNeverMeetsTheClock() throws {
        var (scenario, code) = try Self.drafted()
        try scenario.record(at: S.hours(1.5)) { try $0.confirmRelease(code, draft: nil, unit: "县卫健委", objection: "", at: nil) }
        try scenario.record(at: S.hours(1.5)) { try $0.confirmRelease(code, draft: nil, unit: "县住建局", objection: "", at: nil) }
        try scenario.record(at: S.hours(40)) { try $0.signOffRelease(code, draft: nil, leader: "王县长", sentBackReason: "", at: nil) }
        let subject = scenario.subject(code)
        let policy = DeadlinePolicy()
        #expect(subject.releaseCount == 0)
        let standing = CaseStanding(subject, policy: policy, now: S.hours(49))
        #expect(standing.secondsLeft.map { $0 < 0 } == true)
        try scenario.record(at: S.hours(50)) { try $0.publishDraft(code, draft: nil, at: nil) }
        let assessment = CaseAssessment(scenario.subject(code), policy: policy, now: S.hours(51))
        #expect(!assessment.missed.isEmpty)
    }
}
