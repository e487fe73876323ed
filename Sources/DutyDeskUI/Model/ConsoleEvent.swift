import DutyDeskCore
import DutyDeskGrid

/// Everything that changes the console: the operator's keys, and what the app learnt from the
/// ledger or did for the console's requests. `ConsoleState.handle` takes these and nothing else
/// writes the state.
public enum ConsoleEvent: Sendable {
    /// A key, on a terminal of this size (paging moves by what fits).
    case key(Key, size: (width: Int, height: Int))
    /// A second passed with nothing else to do: the queue's clock column catches up with `now`.
    case clockTicked
    /// The first frame is up: the search's prepared text is built now, so it delays nothing.
    case firstFrameDrawn
    /// The ledger as read now, with events another console (or a checkpoint) appended.
    case ledgerRead(DeskState)
    case ledgerHealth(LedgerHealth)
    /// The ledger's event count and head hash after a write or a read.
    case anchored(LedgerAnchor)
    /// Who holds the ledger's lock and for how long, in words, while a save waits; nil once free.
    case lockWait(String?)
    /// The operator dropped the save that waited for the lock.
    case saveDropped(notice: String)
    /// The terminal was repainted as asked.
    case redrawn
    /// The app is about to record the open form, on a freshly read ledger: a case that moved on
    /// meanwhile stops the save and shows the changes.
    case aboutToRecord
    /// The open form's step was recorded on the case with this code: the notice says what.
    case recordedOnCase(code: String, notice: String)
    /// A desk-level record (a decision, an assessment) was recorded.
    case recordedOnDesk(notice: String)
    /// The handover was recorded: the incoming operator now works this console.
    case handedOver(to: String, notice: String)
    /// The ledger refused the form: the message goes beside the field the refusal names, or the
    /// first field for a failure about none (the ledger could not be written).
    case refused(DraftRefusal?, message: String)
}
