/// A key as the console understands it, decoded by the terminal layer from ncurses.
/// The UI's keymap maps these to named actions; nothing above the terminal sees raw codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, lowercase: `.control("s")` is Ctrl-S.
    case control(Character)
    case function(Int)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// Text the terminal delivered as one bracketed paste: it goes into the focused field whole,
    /// and nothing inside it ever acts as a key.
    case paste(String)
}
