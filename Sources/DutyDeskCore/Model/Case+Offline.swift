import Foundation

extension Case {
    /// The units given the case that have recorded neither 反馈 nor a step on the ground: while there is
    /// one, the case closes as 办结 only with the reason why (网上问题，网下解决).
    public var unitsWithoutAnswer: [String] {
        unitsWithRole.filter { unit in
            !feedback.contains { $0.unit == unit } && !offlineSteps.contains { $0.unit == unit }
        }
    }
}
