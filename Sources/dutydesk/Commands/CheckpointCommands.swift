import ArgumentParser
import DutyDeskCore
import DutyDeskLedger
import Foundation

/// `dutydesk checkpoint`: signs how far the ledger reaches, records it, prints the token to keep.
struct CheckpointCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: HelpText.pick(zh: "用台账密钥签署台账末端，记入台账，并打印一个保存在台账之外的令牌。", en: "Sign the ledger's head with the desk key, record it and print a token to keep outside the ledger."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws {
        let desk = try context()
        let checkpoint = try desk.checkpoint(in: desk.openSession(writable: true))
        print(checkpoint.token)
        DeskContext.warn(fill(desk.strings.ledger.checkpointSigned, checkpoint.seq, checkpoint.headHash))
    }
}

/// `dutydesk key`: the desk's public key, for whoever will check its tokens.
struct KeyCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: HelpText.pick(zh: "打印本台的公钥（64 位十六进制），首次使用时生成密钥。", en: "Print the desk's public key (64 hex digits), making the key on first use."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws {
        let desk = try context()
        print(try desk.deskKey(creating: true))
    }
}

extension DeskContext {
    /// The desk key's public half: made on first use when `creating`, else it must exist.
    func deskKey(creating: Bool) throws -> String {
        do {
            if creating { return try DeskKey.loadOrCreate(at: keyPath).publicKey }
            guard let key = try DeskKey.load(at: keyPath) else { throw CLIFailure.refused(fill(strings.ledger.noDeskKey, keyPath)) }
            return key.publicKey
        } catch let error as LedgerError {
            throw failure(error)
        }
    }

    /// Appends a checkpoint of the ledger as it stands under the write lock, signed by the desk key.
    @discardableResult
    func checkpoint(in session: DeskSession) throws -> Checkpoint {
        if asOf != nil { throw CLIFailure.usage(strings.usage.reviewIsReadOnly) }
        do {
            let key = try DeskKey.loadOrCreate(at: keyPath)
            let appended = try session.record { state in
                guard let ledgerID = state.identity?.ledgerID else { throw CLIFailure.refused(fill(strings.usage.ledgerNotFound, ledgerPath)) }
                let checkpoint = try key.checkpoint(ledgerID: ledgerID, seq: state.lastSeq, headHash: session.store.headHash,
                                                    at: WallClock.now())
                return [EventDraft(caseID: nil, body: .ledgerCheckpointed(checkpoint))]
            }
            guard case .ledgerCheckpointed(let checkpoint)? = appended.last?.body else {
                throw CLIFailure.refused(fill(strings.usage.ledgerNotFound, ledgerPath))
            }
            return checkpoint
        } catch {
            throw storeFailure(error)
        }
    }
}

/// Holds a checkpoint (from a token or from the ledger) against the ledger as it is now.
struct CheckpointCheck {
    let store: any EventStore
    let words: LedgerMessages

    /// What does not hold, in words; nil when the ledger still has exactly that prefix and `signer` signed it.
    func problem(with checkpoint: Checkpoint, signer: String) throws -> String? {
        guard store.ledgerID == checkpoint.ledgerID else {
            return fill(words.tokenOtherLedger, checkpoint.ledgerID, store.ledgerID ?? "—")
        }
        guard let found = try store.lineHash(seq: checkpoint.seq) else {
            return fill(words.tokenBeyondLedger, checkpoint.seq, checkpoint.headHash, store.eventCount, store.headHash)
        }
        guard found == checkpoint.headHash else {
            return fill(words.tokenHashDiffers, checkpoint.seq, checkpoint.headHash, found)
        }
        guard DeskKey.isSigned(checkpoint, by: signer) else { return fill(words.tokenBadSignature, signer) }
        return nil
    }
}
