import DutyDeskText
import Foundation

extension EventDrafter {
    /// 会商转办: the joint meeting hands the case to a unit with a role on it, and the transfer is copied to
    /// the 政务公开办 (`office`, a setting); the reason is required.
    public func meetingTransfer(_ code: String, to unit: String, reason: String, office: String) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let unit = try unitWithRole(unit, on: subject)
        return EventDraft(caseID: subject.id, body: .caseTransferred(toUnit: unit, reason: try required(reason, .reason),
                                                                     copiedTo: office.trimmingSpaces()))
    }

    /// The analysis a unit the joint meeting transferred the case to owes (002): all five fields.
    public func analyseTransfer(_ code: String, _ analysis: TransferAnalysis) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let unit = try required(analysis.unit, .unit)
        let receivers = subject.meetingTransfers.map(\.unit)
        guard receivers.contains(unit) else {
            throw .notTransferredTo(code: subject.code, unit: unit, units: receivers.reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
        }
        var values: [AnalysisField: String] = [:]
        for field in AnalysisField.allCases { values[field] = try required(analysis.value(of: field), .analysis(field)) }
        return EventDraft(caseID: subject.id, body: .transferAnalysed(TransferAnalysis(
            unit: unit, source: values[.source] ?? "", postedAt: values[.postedAt] ?? "", spread: values[.spread] ?? "",
            comments: values[.comments] ?? "", views: values[.views] ?? "")))
    }

    /// A unit the joint meeting transferred the case to gives feedback only once it has recorded its analysis.
    func checkAnalysed(_ unit: String, on subject: Case) throws(DraftRefusal) {
        guard subject.meetingTransfers.contains(where: { $0.unit == unit }),
              !subject.transferAnalyses.contains(where: { $0.unit == unit }) else { return }
        throw .analysisMissing(code: subject.code, unit: unit)
    }
}
