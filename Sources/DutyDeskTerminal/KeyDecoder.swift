import CNcursesw
import DutyDeskGrid

/// Turns one `wget_wch` result into input. Kept apart from the call so the table can be tested
/// without a terminal.
enum KeyDecoder {
    /// The key codes `Terminal` gives the bracketed-paste markers \e[200~ and \e[201~ (codes above
    /// KEY_MAX are free for an application's own sequences).
    static let pasteStart = KEY_MAX + 1
    static let pasteEnd = KEY_MAX + 2

    /// `status` is what `wget_wch` returned: `OK` when `value` is a character, `KEY_CODE_YES`
    /// when it is a key code. nil means the input means nothing to DutyDesk and is skipped.
    static func decode(status: Int32, value: UInt32) -> TerminalInput? {
        if status == OK { return character(value).map(TerminalInput.key) }
        if status == KEY_CODE_YES { return keyCode(Int32(bitPattern: value)) }
        return nil
    }

    private static func character(_ value: UInt32) -> Key? {
        switch value {
        case 0x1B: return .escape
        case 0x09: return .tab
        // Ctrl-J arrives as "\n", Enter as "\r" (the terminal is in nonl mode).
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        // raw() lets Ctrl-C, Ctrl-S and Ctrl-Q through as these bytes instead of signals and flow control.
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        // Ctrl-@ and the other C0 leftovers, and C1 controls, have no meaning here.
        case 0x00...0x1F, 0x80...0x9F: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    private static func keyCode(_ code: Int32) -> TerminalInput? {
        let key: Key
        switch code {
        case KEY_RESIZE: return .resize
        // An end marker whose paste was already handed on (it came too late): nothing to do.
        case pasteEnd: return nil
        case KEY_UP: key = .up
        case KEY_DOWN: key = .down
        case KEY_LEFT: key = .left
        case KEY_RIGHT: key = .right
        // The A1/A3/C1/C3 codes are the corners of the keypad with Num Lock off.
        case KEY_PPAGE, KEY_A3: key = .pageUp
        case KEY_NPAGE, KEY_C3: key = .pageDown
        // VT220-style terminfo calls the keys that send \e[1~ and \e[4~ Find and Select.
        case KEY_HOME, KEY_FIND, KEY_A1: key = .home
        case KEY_END, KEY_SELECT, KEY_C1: key = .end
        case KEY_ENTER: key = .enter
        case KEY_BACKSPACE: key = .backspace
        case KEY_DC: key = .delete
        case KEY_IC: key = .insert
        case KEY_BTAB: key = .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 63): key = .function(Int(code - KEY_F0))
        default: return nil
        }
        return .key(key)
    }
}
