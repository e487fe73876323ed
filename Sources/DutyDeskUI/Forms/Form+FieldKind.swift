import DutyDeskGrid

/// What a field holds, without its cursor or filter: what `isDirty` compares and what a key is
/// checked against to decide whether it changed the field.
enum FieldValue: Equatable {
    case text(String)
    case choice(String?)
    case choices([String])
}

/// How a field took a key.
enum FieldResponse {
    case unused
    case used
    /// A choice was made, so the form moves on.
    case picked
}

extension Form.FieldKind {
    var value: FieldValue {
        switch self {
        case .text(let buffer): .text(buffer.text)
        case .area(let area): .text(area.text)
        case .dateTime(let time): .text(time.text)
        case .choice(let choice): .choice(choice.selected)
        case .multiChoice(let choices): .choices(choices.selected)
        }
    }

    /// Nothing entered, as a required field sees it: spaces alone are nothing.
    var isBlank: Bool {
        switch value {
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .choice(let code): code == nil
        case .choices(let codes): codes.isEmpty
        }
    }

    mutating func handle(_ key: Key) -> FieldResponse {
        switch self {
        case .text(var buffer):
            let used = buffer.handle(key)
            self = .text(buffer)
            return used ? .used : .unused
        case .area(var area):
            let used = area.handle(key)
            self = .area(area)
            return used ? .used : .unused
        case .dateTime(var time):
            let used = time.handle(key)
            self = .dateTime(time)
            return used ? .used : .unused
        case .choice(var choice):
            let outcome = choice.handle(key)
            self = .choice(choice)
            return FieldResponse(outcome)
        case .multiChoice(var choices):
            let outcome = choices.handle(key)
            self = .multiChoice(choices)
            return FieldResponse(outcome)
        }
    }

    /// How many characters a text field holds and may hold; nil for choices and times.
    var filling: (count: Int, limit: Int)? {
        switch self {
        case .text(let buffer): (buffer.text.count, buffer.limit)
        case .area(let area): (area.text.count, area.limit)
        case .dateTime, .choice, .multiChoice: nil
        }
    }

    /// The option list of a choice field, which the form draws under it while it has the focus.
    var list: ChoiceList? {
        switch self {
        case .choice(let choice): choice.list
        case .multiChoice(let choices): choices.list
        case .text, .area, .dateTime: nil
        }
    }

    /// Called when the focus leaves the field.
    mutating func leave() {
        switch self {
        case .choice(var choice):
            choice.leave()
            self = .choice(choice)
        case .multiChoice(var choices):
            choices.leave()
            self = .multiChoice(choices)
        case .text, .area, .dateTime:
            break
        }
    }
}

extension FieldResponse {
    init(_ outcome: ChoiceOutcome) {
        switch outcome {
        case .picked: self = .picked
        case .edited: self = .used
        case .ignored: self = .unused
        }
    }
}
