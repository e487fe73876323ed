/// Terminal display width, like `wcwidth` but pure: it depends only on the tables below and the
/// Unicode properties built into the Swift standard library, never on the locale or the C
/// library, so grid snapshot tests give the same result on every machine with the same toolchain.
public enum DisplayWidth {
    /// - 0: controls (SafeText replaces them before display), combining and enclosing marks,
    ///   default-ignorables (zero-width space and joiner, variation selectors, bidi controls; not
    ///   the soft hyphen, which terminals draw), and the Hangul vowels and finals that join a
    ///   leading consonant.
    /// - 2: East Asian Wide and Fullwidth: CJK ideographs with their extensions, radicals and
    ///   punctuation (U+3000–303E), kana, Hangul, Yi, fullwidth forms (U+FF01–FF60, FFE0–FFE6),
    ///   the emoji blocks (U+1F300–1F64F, 1F680–1F6FF, 1F900–1F9FF, 1FA70–1FAFF, and the emoji
    ///   presentation symbols elsewhere), and regional indicators, so a flag takes two columns as
    ///   terminals draw it.
    /// - 1: everything else, including East Asian Ambiguous characters such as "…" and box
    ///   drawing, which is how terminals set up for Chinese-and-Latin text draw them.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        plainWidth(scalar.value) ?? propertyWidth(scalar)
    }

    /// The rules above read from the scalar's Unicode properties: what `plainWidth` answers
    /// without them for the scalars most text is made of.
    static func propertyWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        // The soft hyphen is default-ignorable, but glibc's wcwidth and tmux draw it one column wide.
        if value == 0xAD { return 1 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The width of the first scalar that has one, so a base letter with combining marks counts
    /// once and an emoji ZWJ sequence or skin-tone modifier counts as its first emoji. The one
    /// exception: U+FE0F after a narrow base with the Unicode Emoji property ("❤️", "1️⃣") asks
    /// for emoji presentation, which terminals draw two columns wide.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii != 0x7F ? 1 : 0
        }
        let scalars = character.unicodeScalars
        if scalars.count == 1, let width = plainWidth(scalars.first!.value) { return width }
        var base: Unicode.Scalar?
        var width = 0
        for scalar in character.unicodeScalars {
            if let base {
                if width == 1, scalar == "\u{FE0F}", base.properties.isEmoji { return 2 }
            } else {
                width = of(scalar)
                if width > 0 { base = scalar }
            }
        }
        return width
    }

    public static func of(_ text: some StringProtocol) -> Int {
        plainWidth(text) ?? text.reduce(0) { $0 + of($1) }
    }

    /// The width of text made only of plain scalars (`plainWidth(_: UInt32)`), each its own
    /// character, as a sum over its bytes and scalars with no character breaking; nil for any other.
    static func plainWidth(_ text: some StringProtocol) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            guard let columns = plainWidth(scalar.value) else { return nil }
            width += columns
        }
        return width
    }

    /// The width of a scalar that is a whole character wherever it stands (nothing joins it to
    /// its neighbours) and needs no property lookup: ASCII, Latin-1, the punctuation, arrows,
    /// box drawing and shapes between, and the CJK ideographs, kana, Hangul syllables and
    /// fullwidth forms, without the combining marks among them. Nil for every other scalar.
    @inline(__always)
    static func plainWidth(_ value: UInt32) -> Int? {
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }   // DEL and the C1 controls
        if value <= 0xFF { return 1 }   // Latin-1, the soft hyphen (one column, as terminals draw it) included
        if value >= 0x4E00 && value <= 0x9FFF { return 2 }
        for range in plainNarrow where range ~= value { return 1 }
        for range in plainWide where range ~= value { return 2 }
        return nil
    }

    /// Plain one-column scalars past Latin-1: general punctuation without its zero-width and bidi
    /// controls, letterlike symbols to the box drawing and shapes, without the emoji among them.
    private static let plainNarrow: [ClosedRange<UInt32>] = [0x2010...0x2027, 0x2030...0x205E, 0x2100...0x2319,
                                                             0x2500...0x25FC]
    /// Plain two-column scalars: CJK symbols and punctuation, kana and the CJK blocks around the
    /// ideographs, without the ideographic and kana combining marks (U+302A–302F, 3099–309A) and
    /// the Hangul filler (U+3164, default-ignorable).
    private static let plainWide: [ClosedRange<UInt32>] = [0x3000...0x3029, 0x3030...0x303E, 0x3041...0x3096,
                                                           0x309B...0x3163, 0x3165...0x33FF, 0x3400...0x4DFF, 0xAC00...0xD7A3,
                                                           0xF900...0xFAFF, 0xFF01...0xFF60, 0xFFE0...0xFFE6]

    /// The longest prefix of whole characters that fits `width` columns. When the text is clipped
    /// and `ellipsis` is true, "…" (one column) ends the result and still fits. A wide character
    /// that would straddle the edge is dropped, so the result may be a column narrower than
    /// `width`. Nothing fits in zero or fewer columns.
    public static func clip(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if let whole = plainWidth(text), whole <= width { return text }
        let budget = ellipsis ? width - 1 : width
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            used += of(text[index])
            if used > width { return String(text[..<end]) + (ellipsis ? "…" : "") }
            if used <= budget { end = text.index(after: index) }
        }
        return text
    }

    /// `clip`, then spaces on the right to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
        let clipped = clip(text, to: width, ellipsis: ellipsis)
        let used = of(clipped)
        return used >= width ? clipped : clipped + String(repeating: " ", count: width - used)
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: break
        }
        return properties.isDefaultIgnorableCodePoint
            || (0x1160...0x11FF).contains(scalar.value)
            || (0xD7B0...0xD7FF).contains(scalar.value)
    }

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= wideRanges[0].lowerBound else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Condensed from East Asian Width W and F (Unicode 15): neighbours merged, and CJK and emoji
    /// blocks taken whole, unassigned and text-style code points included, so that a code point
    /// assigned later or a text-style emoji does not narrow a column. Sorted for binary search.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo leading consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA,
        0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,   // kana, Bopomofo, Hangul compatibility jamo, Kanbun, enclosed CJK, CJK compatibility
        0x3400...0x4DFF,   // CJK Extension A, Yijing hexagrams (wide in glibc and tmux)
        0x4E00...0x9FFF,   // CJK Unified Ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo Extended-A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF01...0xFF60, 0xFFE0...0xFFE6,   // fullwidth forms
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1,
        0x17000...0x18CFF, 0x18D00...0x18D08,   // Tangut, Khitan
        0x1AFF0...0x1AFFE, 0x1B000...0x1B2FF,   // kana supplements, Nushu
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F1E6...0x1F1FF,   // regional indicators
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x1F300...0x1F64F,   // pictographs, emoticons
        0x1F680...0x1F6FF,   // transport and map
        0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
        0x1F90C...0x1F9FF,   // supplemental symbols and pictographs
        0x1FA70...0x1FAFF,   // symbols and pictographs extended-A
        0x20000...0x2FFFD, 0x30000...0x3FFFD,   // CJK extensions B onward
    ]
}
