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
}
