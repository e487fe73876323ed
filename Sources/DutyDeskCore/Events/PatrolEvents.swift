import Foundation

/// 巡查 (002: 日常监测, 全天候; 003: 通过巡查即时掌握): which channels were checked at a moment and what
/// was found: the cases it found, or nothing new. The only proof of 不漏报 on a quiet night.
public struct Patrol: Sendable, Equatable {
    public let channels: [Channel]
    public let at: Date
    /// Codes of the cases the patrol found (new or already on the desk); empty: 无新情况.
    public let cases: [String]
    public let note: String

    public init(channels: [Channel], at: Date, cases: [String] = [], note: String = "") {
        self.channels = channels
        self.at = at
        self.cases = cases
        self.note = note
    }

    public var foundNothing: Bool { cases.isEmpty }

    /// The codes an operator gave as the findings, with the words for "nothing new" in either
    /// language (`PatrolWords.nothingNewAnswers`) taken as no case: the form's label and the CLI's
    /// help invite them.
    public static func found(_ codes: [String]) -> [String] {
        codes.filter { !nothingNew.contains($0.lowercased()) }
    }

    private static let nothingNew = Set(PatrolWords.chinese.nothingNewAnswers + PatrolWords.english.nothingNewAnswers)
}

/// A patrol as the desk keeps it: who recorded it and when.
public struct PatrolRecord: Sendable, Equatable {
    public let patrol: Patrol
    public let recordedAt: Date
    public let operatorName: String
}

/// The stretches of a shift with no patrol for longer than the desk's `patrol-hours`.
public enum PatrolGaps {
    public struct Gap: Sendable, Equatable {
        public let from: Date
        public let to: Date
    }

    /// Between `start` and `end`, every stretch longer than `hours` with no patrol in it: from the
    /// start (or a patrol) to the next patrol (or the end).
    public static func gaps(_ patrols: [Date], from start: Date, to end: Date, hours: Double) -> [Gap] {
        let limit = hours * 3600
        let marks = [start] + patrols.filter { $0 > start && $0 < end }.sorted() + [end]
        return zip(marks, marks.dropFirst()).filter { $1.timeIntervalSince($0) > limit }.map { Gap(from: $0, to: $1) }
    }
}
