import Foundation

/// 网上问题，网下解决 (002, 003): what a unit did on the ground, beside the online response — what,
/// where, with what result, and when it happened.
public struct OfflineStep: Sendable, Equatable {
    public let unit: String
    public let action: String
    public let place: String
    public let result: String
    public let at: Date

    public init(unit: String, action: String, place: String = "", result: String = "", at: Date) {
        self.unit = unit
        self.action = action
        self.place = place
        self.result = result
        self.at = at
    }
}
