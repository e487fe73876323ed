import Foundation

/// Per unit, how long its drafted releases took from the draft to the leader's sign-off and to
/// publication (nearest-rank medians, in seconds): where the wait against the 24/48 h clocks is.
/// Counted under `Case.answerableUnit`, as the timeliness figures are.
public struct ReleaseWorkflowFigures: Sendable, Equatable {
    public let name: String
    public let drafts: Int
    public let signedOff: Int
    public let sentBack: Int
    public let published: Int
    public let toSignOffMedian: Int?
    public let toPublicationMedian: Int?

    public static func byUnit(_ cases: [Case]) -> [ReleaseWorkflowFigures] {
        let drafted = cases.filter { !$0.drafts.isEmpty }
        return Dictionary(grouping: drafted) { $0.answerableUnit ?? "" }.sorted { $0.key < $1.key }.map { unit, group in
            let drafts = group.flatMap(\.drafts)
            let signOffs = drafts.compactMap { draft in draft.signOff.map { (draft, $0) } }
            let approved = signOffs.filter { $0.1.approves }
            let published = drafts.compactMap { draft in draft.publishedAt.map { Int($0.timeIntervalSince(draft.draftedAt)) } }
            return ReleaseWorkflowFigures(
                name: unit, drafts: drafts.count, signedOff: approved.count, sentBack: signOffs.count - approved.count,
                published: published.count,
                toSignOffMedian: TimelinessFigures.percentile(50, of: approved.map { Int($0.1.at.timeIntervalSince($0.0.draftedAt)) }),
                toPublicationMedian: TimelinessFigures.percentile(50, of: published))
        }
    }
}
