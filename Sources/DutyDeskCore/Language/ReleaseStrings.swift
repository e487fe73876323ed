import Foundation

/// The words of a release's way out (起草 → 会签 → 审定 → 发布), one table per language.
public struct ReleaseWords: Sendable {
    public let draftNumber, awaitingConfirmation, awaitingSignOff, awaitingSignOffBy, awaitingPublication, sentBack, published,
        objects, separator, hours, minutes: String
    public let drafted, confirmed, objected, signedOff, sentBackSummary, urgent, fromDraft: String
    let noDraft, noPendingDraft, notPending, notCooperating, noCooperating, confirmationsMissing, alreadySignedOff,
        notSignedOff, beforeStep, draftPending: String
    /// The detail's section of drafts and a unit's word on one.
    public let draftsTitle, agreed, waiting: String
    /// Where a pending draft waits, as short as a queue's status column must be (no wider than
    /// the shortest status name in Chinese, so a title keeps its 16 characters at 80 columns).
    public let shortConfirming, shortSigning, shortPublishing: String

    public static let chinese = ReleaseWords(
        draftNumber: "稿{}", awaitingConfirmation: "待会签 {}/{}", awaitingSignOff: "待审定", awaitingSignOffBy: "待审定 {}",
        awaitingPublication: "已审定待发布", sentBack: "已退回（{}：{}）", published: "已发布", objects: "{} 有异议：{}",
        separator: " · ", hours: "{}小时{}分", minutes: "{}分",
        drafted: "起草稿{}（{}）：{}", confirmed: "{} 会签同意稿{}", objected: "{} 对稿{}有异议：{}",
        signedOff: "{} 审定稿{}", sentBackSummary: "{} 退回稿{}：{}", urgent: "直接发布（未经审定），理由：{}",
        fromDraft: "按稿{}发布",
        noDraft: "{} 没有稿件「{}」", noPendingDraft: "{} 没有待会签、待审定或待发布的稿件", notPending: "{} 的稿{}已发布或已退回",
        notCooperating: "{} 不是 {} 的配合单位；配合单位：{}", noCooperating: "{} 没有配合单位，{} 无需会签",
        confirmationsMissing: "{} 的稿{}尚未会签完毕，还需：{}；审定须在会签之后（也可退回）",
        alreadySignedOff: "{} 的稿{}已审定，可以发布", notSignedOff: "{} 的稿{}尚未审定，不能按稿发布",
        beforeStep: "时间 {} 早于上一步 {}", draftPending: "{} 的稿{}正在审核流程中；请按稿发布，或写明直接发布的理由",
        draftsTitle: "稿件（起草 → 会签 → 审定 → 发布）", agreed: "同意", waiting: "待会签",
        shortConfirming: "待会签", shortSigning: "待审定", shortPublishing: "待发布")

    public static let english = ReleaseWords(
        draftNumber: "draft {}", awaitingConfirmation: "agreed {}/{}", awaitingSignOff: "awaiting sign-off",
        awaitingSignOffBy: "awaiting sign-off by {}", awaitingPublication: "signed off, not yet out",
        sentBack: "sent back ({}: {})", published: "published", objects: "{} objects: {}",
        separator: " · ", hours: "{}h{}m", minutes: "{}m",
        drafted: "Draft {} written ({}): {}", confirmed: "{} agreed to draft {}", objected: "{} objected to draft {}: {}",
        signedOff: "{} signed off draft {}", sentBackSummary: "{} sent draft {} back: {}",
        urgent: "released directly (no sign-off) because {}", fromDraft: "from draft {}",
        noDraft: "{} has no draft \"{}\"", noPendingDraft: "{} has no draft awaiting agreement, sign-off or publication",
        notPending: "{}: draft {} was published or sent back already",
        notCooperating: "{} is not a co-operating unit of {}; co-operating units: {}",
        noCooperating: "{} has no co-operating units, so {} has nothing to agree to",
        confirmationsMissing: "{}: draft {} is not agreed yet, still waiting for: {}; sign-off follows agreement (or send it back)",
        alreadySignedOff: "{}: draft {} is signed off already and can be published",
        notSignedOff: "{}: draft {} is not signed off, so it cannot be published",
        beforeStep: "time {} is before the step it follows ({})",
        draftPending: "{}: draft {} is on its way to sign-off; publish it, or give the reason for releasing directly",
        draftsTitle: "Drafts (draft → agreement → sign-off → release)", agreed: "agrees", waiting: "not yet agreed",
        shortConfirming: "ok {}/{}", shortSigning: "Sign", shortPublishing: "Ready")

}

extension Strings {
    public var release: ReleaseWords { language == .chinese ? .chinese : .english }

    /// How long something has waited: "1小时20分" / "1h20m".
    public func waited(_ seconds: Int) -> String {
        let minutes = max(0, seconds) / 60
        return minutes >= 60 ? fill(release.hours, minutes / 60, minutes % 60) : fill(release.minutes, minutes)
    }

    /// Where a pending draft waits and for how long: "待会签 2/3 · 待审定 王县长 1小时20分".
    public func releaseStage(_ draft: DraftedRelease, in subject: Case, now: Date) -> String {
        let words = release
        let stage = subject.stage(of: draft)
        let signOff = draft.draft.signOffBy.isEmpty ? words.awaitingSignOff : fill(words.awaitingSignOffBy, draft.draft.signOffBy)
        let wait = stage.since.map { " " + waited(Int(now.timeIntervalSince($0))) } ?? ""
        switch stage {
        case .awaitingConfirmation(let confirmed, let of, _, _, _):
            return fill(words.awaitingConfirmation, confirmed, of) + words.separator + signOff + wait
        case .awaitingSignOff: return signOff + wait
        case .awaitingPublication: return words.awaitingPublication + wait
        case .sentBack(let signOff): return fill(words.sentBack, signOff.leader, signOff.sentBackReason)
        case .published: return words.published
        }
    }

    /// The pending draft a queue row or a detail shows, if any: "稿1 待会签 2/3 · 待审定 王县长 1小时20分".
    public func pendingRelease(of subject: Case, now: Date) -> String? {
        guard let draft = subject.pendingDrafts.first else { return nil }
        return fill(release.draftNumber, draft.number) + " " + releaseStage(draft, in: subject, now: now)
    }

    /// `dutydesk list`'s status while a draft waits: "待会签 2/3", "待审定", "已审定待发布".
    public func releaseStageShort(of subject: Case) -> String? {
        guard let draft = subject.pendingDrafts.first else { return nil }
        switch subject.stage(of: draft) {
        case .awaitingConfirmation(let confirmed, let of, _, _, _): return fill(release.awaitingConfirmation, confirmed, of)
        case .awaitingSignOff: return release.awaitingSignOff
        default: return release.awaitingPublication
        }
    }

    /// The console queue's status while a draft waits: "待会签", "待审定", "待发布", as narrow as
    /// the column must be at 80 columns (the preview gives how far agreement is).
    public func releaseStageInQueue(of subject: Case) -> String? {
        guard let draft = subject.pendingDrafts.first else { return nil }
        switch subject.stage(of: draft) {
        case .awaitingConfirmation(let confirmed, let of, _, _, _): return fill(release.shortConfirming, confirmed, of)
        case .awaitingSignOff: return release.shortSigning
        default: return release.shortPublishing
        }
    }

    func releaseRefusal(_ refusal: ReleaseRefusal, time: (Date) -> String) -> String {
        let words = release
        let list = { (names: [String]) in names.joined(separator: self.language == .chinese ? "、" : ", ") }
        switch refusal {
        case .noDraft(let code, let draft):
            return draft.map { fill(words.noDraft, code, $0) } ?? fill(words.noPendingDraft, code)
        case .notPending(let code, let draft): return fill(words.notPending, code, draft)
        case .notCooperating(let unit, let code, let units):
            return units.isEmpty ? fill(words.noCooperating, code, unit) : fill(words.notCooperating, unit, code, list(units))
        case .confirmationsMissing(let code, let draft, let waiting):
            return fill(words.confirmationsMissing, code, draft, list(waiting))
        case .alreadySignedOff(let code, let draft): return fill(words.alreadySignedOff, code, draft)
        case .notSignedOff(let code, let draft): return fill(words.notSignedOff, code, draft)
        case .beforeStep(let value, let step): return fill(words.beforeStep, time(value), time(step))
        case .draftPending(let code, let draft): return fill(words.draftPending, code, draft)
        }
    }

    /// A timeline line of the release workflow; the draft is named by its number on the case.
    func releaseSummary(_ body: EventBody, eventID: String?, in subject: Case?) -> String {
        let words = release
        let number = { (id: String) in subject?.drafts.first { $0.id == id }.map { String($0.number) } ?? "?" }
        switch body {
        case .releaseDrafted(let draft):
            let details = [draft.method.name(in: language), draft.channel, draft.spokesperson, wordingUsed(draft.wording) ?? ""]
                .filter { !$0.isEmpty }
            let id = number(eventID ?? "")
            return fill(words.drafted, id, details.joined(separator: language == .chinese ? "，" : ", "), draft.text)
        case .releaseConfirmed(let confirmation):
            return confirmation.confirms ? fill(words.confirmed, confirmation.unit, number(confirmation.draft))
                : fill(words.objected, confirmation.unit, number(confirmation.draft), confirmation.objection)
        case .releaseSignedOff(let signOff):
            return signOff.approves ? fill(words.signedOff, signOff.leader, number(signOff.draft))
                : fill(words.sentBackSummary, signOff.leader, number(signOff.draft), signOff.sentBackReason)
        default:
            return ""
        }
    }
}
