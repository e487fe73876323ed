import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import Foundation

extension DeskContext {
    /// Every desk under `--desks`, in code order, each replayed from its own stream as it stands
    /// (or as it stood at the moment under review). A desk's damage is warned about, as for one desk.
    func readDesks() throws -> [(desk: String, state: DeskState)] {
        try groupStores().map { code, store in
            let events = try store.readNew()
            return (code, asOf.map { DeskState(replaying: events, asOf: $0) } ?? DeskState(replaying: events))
        }
    }

    /// Each desk's stream under `--desks`, opened read-only, in code order.
    func groupStores() throws -> [(desk: String, store: any EventStore)] {
        guard let prefix = scope.prefix, case .postgres(let address) = location else { return [] }
        do {
            let codes = try StoreDesks.under(prefix, at: address)
            guard !codes.isEmpty else { throw CLIFailure.refused(fill(strings.desks.noDesks, prefix)) }
            return try codes.map { code in
                let store = try StoreOpener(location: .postgres(address.desk(code)), deskID: code, operatorName: operatorName,
                                            timeZone: timeZone, anchors: anchors, patience: patience).open(writable: false)
                warnCondition(of: store)
                return (code, store)
            }
        } catch {
            throw storeFailure(error)
        }
    }

    /// One report for every desk under `--desks`: `build` makes each desk's own, grouped by desk.
    func groupedDocument(kind: ReportKind, counts: Set<String>,
                         _ build: (DeskState, ReportContext) -> ReportDocument) throws -> ReportDocument {
        let moment = asOf ?? now
        let parts = try readDesks().map { code, state in
            (desk: code, document: build(state, ReportContext(now: moment, timeZone: timeZone, policy: policy,
                                                              deskName: code, language: strings.language)))
        }
        return DeskGroupedReport.document(parts, kind: kind, counts: counts,
                                          context: ReportContext(now: moment, timeZone: timeZone, policy: policy,
                                                                 deskName: settings.deskName ?? scope.prefix ?? "",
                                                                 language: strings.language))
    }
}
