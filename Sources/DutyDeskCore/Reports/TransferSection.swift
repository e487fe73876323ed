import Foundation

/// The brief's 会商转办: each transfer by the joint meeting, the 政务公开办 it was copied to, and the
/// receiving unit's analysis; only for a case the meeting transferred (older briefs read as they did).
enum TransferSection {
    static func brief(_ subject: Case, _ context: ReportContext) -> [ReportSection] {
        guard !subject.meetingTransfers.isEmpty else { return [] }
        let strings = context.strings, words = strings.transfer
        return [ReportSection(
            key: "meetingTransfers", title: words.title,
            table: context.table(
                [.init("unit", words.unitColumn), .init("at", words.atColumn),
                 .init("reason", words.reasonColumn), .init("copiedTo", words.copiedToColumn),
                 .init("analysis", words.analysisColumn)],
                subject.meetingTransfers.map { transfer in
                    let analysis = subject.transferAnalyses.last { $0.unit == transfer.unit }
                    return [.text(transfer.unit), context.time(transfer.at), .text(transfer.reason),
                            .text(transfer.copiedTo), .text(analysis.map(strings.analysisText) ?? words.notAnalysed)]
                }))]
    }
}
