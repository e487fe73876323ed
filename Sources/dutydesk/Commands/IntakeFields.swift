import DutyDeskCore
import DutyDeskLedger
import Foundation

/// The fields of a new case as typed (on the command line or in an import line), before
/// their values are checked against the vocabularies.
struct IntakeFields {
    var title: String
    var locality: String
    var channel: String?
    var caller: String?
    var phone: String?
    var detail: String?
    var discovered: String?
    var grade: String?
    var level: String?
    var unit: String?
    var ref: String?
    var assessment: String?

    /// `prefix` makes a field's name what was typed: `--grade` on the command line, `grade` in an import line.
    func intake(_ desk: DeskContext, prefix: String) throws -> EventDrafter.Intake {
        var intake = EventDrafter.Intake(title: title, locality: locality)
        if let channel { intake.channel = try desk.value(channel, as: Channel.self, option: prefix + "channel") }
        if let grade { intake.grade = try desk.value(grade, as: Grade.self, option: prefix + "grade") }
        if let level { intake.level = try desk.value(level, as: OpinionLevel.self, option: prefix + "level") }
        intake.caller = caller ?? ""
        intake.phone = phone ?? ""
        intake.detail = detail ?? ""
        intake.unit = unit ?? ""
        intake.ref = ref ?? ""
        intake.assessment = assessment ?? ""
        intake.discoveredAt = try desk.time(discovered, option: prefix + "discovered")
        return intake
    }
}

extension DeskContext {
    /// Records a new case; an intake whose reference opened a case already records nothing and
    /// answers with that case, so a rerun of the same import is harmless.
    func recordIntake(_ intake: EventDrafter.Intake, in session: DeskSession? = nil) throws -> Case? {
        var existing: Case?
        let recorded = try record(in: session) { drafter throws(DraftRefusal) in
            do throws(DraftRefusal) {
                return try drafter.report(intake, newCaseID: CaseID(UUID().uuidString))
            } catch .alreadyRecorded(let ref, _) {
                existing = drafter.state.findCase(ref: ref)
                return nil
            }
        }
        return recorded ?? existing
    }
}
