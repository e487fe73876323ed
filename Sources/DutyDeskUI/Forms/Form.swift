import DutyDeskCore
import DutyDeskGrid
import Foundation

/// A form: ordered fields, focus, validation, and drawing (in `Form+Render.swift`). Pure: keys and
/// time come in, the console decides what a submitted form means.
public struct Form: Sendable {
    public struct Field: Sendable {
        public let id: FieldID
        public let label: String
        public var kind: FieldKind
        public var required: Bool
        /// A problem shown beside the field; editing the field clears it.
        public var message: String?
        /// A choice whose pick writes a text into another field (a 口径's text into the draft's):
        /// the field it fills and the text for each option's code.
        public let fills: (field: FieldID, texts: [String: String])?

        public init(id: FieldID, label: String, kind: FieldKind, required: Bool = false, message: String? = nil,
                    fills: (field: FieldID, texts: [String: String])? = nil) {
            self.id = id
            self.label = label
            self.kind = kind
            self.required = required
            self.message = message
            self.fills = fills
        }
    }

    public enum FieldKind: Sendable {
        case text(TextBuffer)
        case area(TextArea)
        case choice(ChoiceField)
        case dateTime(DateTimeField)
        /// Several picks, such as co-operating units.
        case multiChoice(MultiChoiceField)
    }

    public enum Outcome: Sendable, Equatable {
        case editing
        /// Ctrl-S: check with `validate` and the domain's own rules, `reject` what fails.
        case submit
        /// Esc on a dirty form: the confirm line is showing and the next key answers it.
        case cancelRequested
        case cancelled
    }

    public var title: String
    public var fields: [Field]
    public var focus: Int
    /// Whether the form is asking "放弃已填写的内容？ y/n".
    public private(set) var isConfirmingCancel = false
    /// Each field's value when the form opened, by id, for `isDirty`.
    private let opening: [FieldID: FieldValue]

    public init(title: String, fields: [Field], focus: Int = 0) {
        self.title = title
        self.fields = fields
        self.focus = focus
        opening = Dictionary(fields.map { ($0.id, $0.kind.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Anything changed since opening. Values are compared, not keystrokes: a word typed and
    /// deleted again leaves nothing to lose, so Esc need not ask.
    public var isDirty: Bool { fields.contains { opening[$0.id] != $0.kind.value } }

    /// The focused field's index, whatever `focus` was set to.
    var focusedIndex: Int? { fields.isEmpty ? nil : min(max(0, focus), fields.count - 1) }

    /// The form's own keys come from the keymap (Tab / Shift-Tab move the focus round the form,
    /// Ctrl-S submits from any field, F10 and Esc cancel); the rest go to the focused field first.
    /// Down/Up and Enter move on single-line fields (a text area keeps them for its lines, a
    /// choice list for its highlight); picking a choice moves on. Esc first clears a choice filter;
    /// otherwise it cancels, asking first when the form is dirty: y cancels, n or Esc go back.
    public mutating func handle(_ key: Key) -> Outcome {
        if isConfirmingCancel { return answerCancel(key) }
        switch Keymap.action(for: key, in: .form) {
        case .save:
            // A locality typed but not yet picked (城关, then Ctrl-S) is what the operator means to save.
            if let index = focusedIndex { settle(index) }
            return .submit
        case .cancel where key != .escape: return requestCancel()
        case .nextField: moveFocus(by: 1, wrapping: true)
        case .previousField: moveFocus(by: -1, wrapping: true)
        default: return edit(key)
        }
        return .editing
    }

    /// Whether the focused field is a list the number keys pick from (not while a filter is typed
    /// into it, when they are text): the keymap's `choice` context.
    public var focusIsOnChoices: Bool {
        guard let index = focusedIndex else { return false }
        switch fields[index].kind {
        case .choice(let choice): return !choice.isFiltering
        case .multiChoice(let choices): return !choices.isFiltering
        default: return false
        }
    }

    public func text(_ id: FieldID) -> String {
        switch field(id)?.kind {
        case .text(let buffer): buffer.text
        case .area(let area): area.text
        case .dateTime(let time): time.text
        default: ""
        }
    }

    /// The picked code of a choice field.
    public func choice(_ id: FieldID) -> String? {
        guard case .choice(let choice) = field(id)?.kind else { return nil }
        return choice.selected
    }

    /// The picked codes of a multiple-choice field, in the options' order.
    public func choices(_ id: FieldID) -> [String] {
        guard case .multiChoice(let choices) = field(id)?.kind else { return [] }
        return choices.selected
    }

    /// Nil when `id` is not a date-time field.
    public func dateTime(_ id: FieldID, now: Date, timeZone: TimeZone) -> Result<Date, DateTimeProblem>? {
        guard case .dateTime(let time) = field(id)?.kind else { return nil }
        return time.value(now: now, timeZone: timeZone)
    }

    /// Puts a validation message beside a field and moves the focus (and cursor) there.
    public mutating func reject(_ id: FieldID, message: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[index].message = message
        setFocus(index)
    }

    public mutating func clearMessages() {
        for index in fields.indices { fields[index].message = nil }
    }

    /// The checks a form can make alone: required fields filled, date-times readable and not in the
    /// future (due times: ahead). Replaces every message, focuses the first problem, and returns whether there was none.
    public mutating func validate(now: Date, timeZone: TimeZone, language: Language) -> Bool {
        clearMessages()
        let strings = FormStrings.table(for: language)
        // Backwards, so that the last `reject`, which takes the focus, is the topmost problem.
        for index in fields.indices.reversed() {
            let field = fields[index]
            var message: String?
            if case .dateTime(let time) = field.kind {
                // Empty with a default is the default; empty without one is a problem only if required.
                if case .failure(let problem) = time.value(now: now, timeZone: timeZone),
                   problem != .empty || field.required {
                    message = problem.message(in: language, timeZone: timeZone)
                }
            } else if field.required, field.kind.isBlank {
                message = strings.required
            }
            if let message { reject(field.id, message: message) }
        }
        return !fields.contains { $0.message != nil }
    }

    private func field(_ id: FieldID) -> Field? { fields.first { $0.id == id } }

    private mutating func answerCancel(_ key: Key) -> Outcome {
        switch key {
        case .character("y"), .character("Y"):
            isConfirmingCancel = false
            return .cancelled
        case .character("n"), .character("N"), .escape:
            isConfirmingCancel = false
            return .editing
        default:
            return .cancelRequested
        }
    }

    /// Offers the key to the focused field first; what it does not use navigates or cancels.
    private mutating func edit(_ key: Key) -> Outcome {
        guard let index = focusedIndex else { return key == .escape ? .cancelled : .editing }
        let before = fields[index].kind.value
        let response = fields[index].kind.handle(key)
        changed(index, from: before)
        switch response {
        case .picked: moveFocus(by: 1, wrapping: false)
        case .used: break
        case .unused:
            switch key {
            case .escape: return requestCancel()
            case .enter, .down: moveFocus(by: 1, wrapping: false)
            case .up: moveFocus(by: -1, wrapping: false)
            default: break
            }
        }
        return .editing
    }

    /// A field whose value a key or leaving changed loses its message and prefills what it fills.
    private mutating func changed(_ index: Int, from before: FieldValue) {
        guard fields[index].kind.value != before else { return }
        fields[index].message = nil
        prefill(from: index, before: before)
    }

    /// A half-typed filter is settled as the focus leaves a choice field: what it names beyond
    /// doubt is picked (`ChoiceField.leave`), anything else dropped, so coming back shows the list.
    private mutating func settle(_ index: Int) {
        let before = fields[index].kind.value
        fields[index].kind.leave()
        changed(index, from: before)
    }

    /// A new pick writes its text into the field it fills, unless the operator has typed there:
    /// only an empty field, or one still holding the previous pick's text, is written.
    private mutating func prefill(from index: Int, before: FieldValue) {
        guard let (target, texts) = fields[index].fills, case .choice(let choice) = fields[index].kind,
              let at = fields.firstIndex(where: { $0.id == target }) else { return }
        let current = text(target)
        let previous: String? = if case .choice(let code) = before { code.flatMap { texts[$0] } } else { nil }
        guard current.isEmpty || current == previous else { return }
        let next = choice.selected.flatMap { texts[$0] } ?? ""
        switch fields[at].kind {
        case .area: fields[at].kind = .area(TextArea(next))
        case .text: fields[at].kind = .text(TextBuffer(next))
        default: break
        }
    }

    /// Cancels a clean form; a dirty one asks first.
    private mutating func requestCancel() -> Outcome {
        guard isDirty else { return .cancelled }
        isConfirmingCancel = true
        return .cancelRequested
    }

    private mutating func moveFocus(by step: Int, wrapping: Bool) {
        guard let index = focusedIndex else { return }
        let target = index + step
        setFocus(wrapping ? (target + fields.count) % fields.count : min(max(0, target), fields.count - 1))
    }

    private mutating func setFocus(_ index: Int) {
        if let current = focusedIndex, current != index { settle(current) }
        focus = index
    }
}
