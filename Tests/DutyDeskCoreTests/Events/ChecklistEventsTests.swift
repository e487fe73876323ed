import Foundation
import Testing
@testable import DutyDeskCore

/// The settings' response plans: a grade's items in the order written, none for a grade without one.
@Suite struct ChecklistEventsTests {
    @Test func aGradeWithoutAPlanHasNoItems() {
        let plans = ResponsePlans([.major: ["第一时间报告", "起草通稿"]])
        #expect(plans.items(for: .major) == ["第一时间报告", "起草通稿"])
        #expect(plans.items(for: .general).isEmpty)
        #expect(ResponsePlans().items(for: .extraordinary).isEmpty)
    }

    /// A case's plan is the union of its grade's, its level's and its class's, in that order, an item
    /// two of them name once.
    @Test func aCasesPlanIsTheUnionOfGradeLevelAndClass() {
        let plans = ResponsePlans([.major: ["第一时间报告", "起草通稿"]],
                                  levels: [.extraordinary: ["报告主要负责同志", "第一时间报告"]],
                                  classes: [.sensitive: ["会商研判", "起草通稿"]])
        #expect(plans.items(grade: .major, level: .extraordinary, warningClass: .sensitive)
            == ["第一时间报告", "起草通稿", "报告主要负责同志", "会商研判"])
        #expect(plans.items(grade: .none, level: .general, warningClass: .sensitive) == ["会商研判", "起草通稿"])
        #expect(plans.items(grade: .none, level: .extraordinary, warningClass: nil) == ["报告主要负责同志", "第一时间报告"])
        #expect(plans.items(grade: .general, level: .general, warningClass: .routine).isEmpty)
    }
}
