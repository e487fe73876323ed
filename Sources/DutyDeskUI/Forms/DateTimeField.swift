import DutyDeskCore
import DutyDeskGrid
import Foundation

/// A date-time typed as text in any form `TimeInput` reads ("08:15", "-30m", "昨天 21:00",
/// "2026-11-23 09:00" …), which a form shows beside the input as the time it means. Only the
/// text is kept: "-30m" must mean thirty minutes before the moment the form is saved, not before
/// the moment it was typed.
public struct DateTimeField: Sendable, Equatable {
    public private(set) var input: TextBuffer
    /// What an empty field means, such as the moment the form was opened; nil makes it empty.
    public let defaultValue: Date?
    /// A due time (督办) lies ahead; every other time must not.
    public let allowsFuture: Bool

    public init(text: String = "", default defaultValue: Date? = nil, allowsFuture: Bool = false) {
        input = TextBuffer(text)
        self.defaultValue = defaultValue
        self.allowsFuture = allowsFuture
    }

    public var text: String { input.text }
    /// Nothing typed but spaces, so the default applies.
    var isBlank: Bool { input.text.allSatisfy(\.isWhitespace) }

    /// Edits the text like a `TextBuffer`.
    public mutating func handle(_ key: Key) -> Bool { input.handle(key) }

    /// What the field's text is read as: a due time lies ahead, so its `23:30` is the next 23:30.
    var meaning: TimeInput.Meaning { allowsFuture ? .due : .happened }

    /// The time meant, or why there is none. A due time must lie ahead; every other time a form
    /// asks for (discovered, happened, held) has already happened, so it must not.
    public func value(now: Date, timeZone: TimeZone) -> Result<Date, DateTimeProblem> {
        let date: Date
        if isBlank {
            guard let defaultValue else { return .failure(.empty) }
            date = defaultValue
        } else {
            switch TimeInput.parse(input.text, as: meaning, now: now, timeZone: timeZone) {
            case .success(let parsed): date = parsed
            case .failure(.unrecognized(let typed)): return .failure(.unrecognized(typed))
            case .failure(.invalidDate(let typed)): return .failure(.invalidDate(typed))
            }
        }
        if allowsFuture { return date > now ? .success(date) : .failure(.notAhead(date)) }
        return date > now ? .failure(.future(date)) : .success(date)
    }
}

public enum DateTimeProblem: Error, Sendable, Equatable {
    /// Nothing typed and no default.
    case empty
    /// Not a form `TimeInput` reads; carries the text as typed.
    case unrecognized(String)
    /// A form it reads, naming a time that does not exist ("2026-02-30 10:00", "24:00").
    case invalidDate(String)
    /// After the moment the form was checked at.
    case future(Date)
    /// A due time not after the moment the form was checked at.
    case notAhead(Date)

    /// One short line for beside the field.
    public func message(in language: Language, timeZone: TimeZone) -> String {
        let strings = FormStrings.table(for: language)
        switch self {
        case .empty: return strings.timeEmpty
        case .unrecognized(let typed): return fill(strings.timeUnrecognized, typed)
        case .invalidDate(let typed): return fill(strings.timeInvalid, typed)
        case .future(let date): return fill(strings.timeInFuture, DisplayTime.minutes(date, in: timeZone))
        case .notAhead(let date): return fill(strings.timeNotAhead, DisplayTime.minutes(date, in: timeZone))
        }
    }
}
