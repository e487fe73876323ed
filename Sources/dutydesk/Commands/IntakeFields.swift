import DutyDeskCore
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
    var unit: String?

    func intake(_ desk: DeskContext) throws -> Recorder.Intake {
        var intake = Recorder.Intake(title: title, locality: locality)
        if let channel { intake.channel = try desk.value(channel, as: Channel.self, option: "channel") }
        if let grade { intake.grade = try desk.value(grade, as: Grade.self, option: "grade") }
        intake.caller = caller ?? ""
        intake.phone = phone ?? ""
        intake.detail = detail ?? ""
        intake.unit = unit ?? ""
        intake.discoveredAt = try desk.time(discovered, option: "discovered")
        return intake
    }
}
