import DutyDeskCore
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskText

extension LedgerMessages {
    /// What is wrong with a line, in the operator's language.
    func describe(_ reason: LineFault.Reason) -> String {
        switch reason {
        case .incomplete: incomplete
        case .hashMismatch: hashMismatch
        case .brokenChain: brokenChain
        case .sequenceGap(let expected, let found): fill(sequenceGap, found, expected)
        case .unsupportedVersion: unsupportedVersion
        case .notALedger: notALedger
        case .carriageReturn: carriageReturn
        case .malformed(let what): fill(malformed, what)
        }
    }

    /// Where the store found a fault, in the operator's language.
    func describe(_ location: FaultLocation) -> String {
        switch location {
        case .byteOffset(let offset): fill(atByteOffset, offset)
        case .stream(let desk): fill(inDeskStream, desk)
        }
    }

    /// What is wrong with a `--store` address, in the operator's language.
    func describe(_ problem: PostgresStoreAddress.Problem) -> String {
        switch problem {
        case .notPostgres(let text): fill(notPostgres, text)
        case .passwordInAddress: passwordInAddress
        case .missing(let part): fill(addressMissing, part)
        case .badDesk(let desk): fill(badDesk, desk)
        }
    }

    /// Why no connection to the store was made, in the operator's language.
    func describe(_ why: StoreUnreachable) -> String {
        switch why {
        case .noAnswer: unreachableNoAnswer
        case .authentication: unreachableAuthentication
        case .noDatabase: unreachableNoDatabase
        case .refused(let code): fill(unreachableRefused, code)
        }
    }

    /// Why a store stopped answering, in the operator's language; the server's own message is
    /// quoted as it came (in the server's language), beside its code.
    func describe(_ why: StoreUnavailable) -> String {
        switch why {
        case .schemaBehind(let expected): fill(unavailableSchemaBehind, expected)
        case .lostDuringAppend(let times): fill(unavailableLostDuringAppend, times)
        case .noStream(let desk): fill(unavailableNoStream, desk)
        case .silent: unavailableSilent
        case .server(let message, let code): fill(unavailableServer, SafeText.singleLine(message), code)
        case .connection(let what): fill(unavailableConnection, what)
        case .system(let call, let errno): fill(unavailableSystem, call, errno)
        }
    }

    /// Why a ledger file was not imported into a desk's stream.
    func describe(_ problem: StoreImport.Problem) -> String {
        switch problem {
        case .disagrees(let desk, let seq): fill(importDisagrees, desk, seq, seq)
        case .deskIsLonger(let desk, let events, let lines): fill(importDeskIsLonger, desk, events, lines)
        }
    }

    /// How a ledger disagrees with this machine's anchor, naming what was seen and what was found.
    func describe(_ conflict: AnchorConflict) -> String {
        switch conflict {
        case .shorter(let seen, let foundSeq, let foundHash):
            fill(shorter, seen.seq, seen.hash, foundSeq, foundHash)
        case .rewritten(let seen, let foundHash):
            fill(rewritten, seen.seq, seen.hash, foundHash)
        case .replaced(let seen, let foundLedgerID):
            fill(replaced, seen.path, foundLedgerID, seen.ledgerID, seen.seq)
        }
    }
}
