import Testing
@testable import DutyDeskText

struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("~", 1), ("é", 1), ("…", 1), ("─", 1), ("█", 1), ("ｱ", 1), ("Ω", 1), ("\u{FFFD}", 1), ("␛", 1),
        ("中", 2), ("镇", 2), ("\u{3400}", 2), ("\u{20000}", 2), ("\u{2A6D6}", 2), ("가", 2), ("あ", 2), ("ア", 2),
        ("ｑ", 2), ("Ａ", 2), ("１", 2), ("￥", 2), ("。", 2), ("、", 2), ("「", 2), ("\u{3000}", 2),
        ("😀", 2), ("🌧", 2), ("🚨", 2), ("🤔", 2), ("🫡", 2), ("⌚", 2), ("\u{1F1E8}", 2),
        ("\u{0301}", 0), ("\u{20DD}", 0), ("\u{200B}", 0), ("\u{200C}", 0), ("\u{200D}", 0), ("\u{2060}", 0),
        ("\u{FEFF}", 0), ("\u{FE0F}", 0), ("\u{FE00}", 0), ("\u{E0100}", 0), ("\u{00AD}", 1), ("\u{4DC0}", 2), ("\u{202E}", 0),
        ("\u{1161}", 0), ("\u{0000}", 0), ("\u{1B}", 0), ("\n", 0), ("\u{7F}", 0), ("\u{9B}", 0),
    ] as [(Unicode.Scalar, Int)])
    func scalarWidth(scalar: Unicode.Scalar, expected: Int) {
        #expect(DisplayWidth.of(scalar) == expected)
    }

    @Test(arguments: [
        ("a", 1), ("中", 2), ("e\u{0301}", 1), ("中\u{0301}", 2), ("\u{0301}", 0), ("\r\n", 0), ("\u{1B}", 0),
        ("❤", 1), ("❤\u{FE0F}", 2), ("1\u{FE0F}\u{20E3}", 2), ("a\u{FE0F}", 1), ("中\u{FE0F}", 2),
        ("👍🏽", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("🇨🇳", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
    ] as [(Character, Int)])
    func characterWidth(character: Character, expected: Int) {
        #expect(DisplayWidth.of(character) == expected)
    }

    @Test(arguments: [
        ("", 0), ("hello", 5), ("城关镇", 6), ("YQ-重大", 7), ("ＡＢＣ", 6), ("e\u{0301}e\u{0301}", 2),
        ("城关镇ABC自来水", 15), ("停水🚰12h", 9), ("a\u{200B}b", 2),
    ])
    func textWidth(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
        #expect(DisplayWidth.of(Substring(text)) == expected)
    }

    /// The fast path's scalars measure exactly as their Unicode properties say.
    @Test func plainScalarsMeasureAsTheirPropertiesSay() {
        var plain = 0
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), let width = DisplayWidth.plainWidth(value) else { continue }
            plain += 1
            #expect(width == DisplayWidth.propertyWidth(scalar), "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(plain > 40_000, "ASCII, Latin-1, punctuation, shapes and the CJK blocks take the fast path")
        // Combining marks, joiners, variation selectors, emoji and the C1 controls' neighbours do not.
        for value: UInt32 in [0x0301, 0x200B, 0x200D, 0x2028, 0x202E, 0x2060, 0x302A, 0x3099, 0xFE0F, 0x1F600, 0x1F1E8,
                              0x1160, 0x3164, 0x231A, 0x25FD, 0x2614, 0xFF9E, 0xFEFF] {
            #expect(DisplayWidth.plainWidth(value) == nil, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    /// A plain scalar is a whole character beside any other plain scalar, so summing scalars is
    /// summing characters (CR LF join, but both are zero wide).
    @Test func plainScalarsNeverJoinTheirNeighbours() {
        let neighbours: [Unicode.Scalar] = ["a", "中", "\r", "\n", "é", "…", "가", "。", "Ａ"]
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), DisplayWidth.plainWidth(value) != nil else { continue }
            for neighbour in neighbours {
                for pair in [[scalar, neighbour], [neighbour, scalar]] {
                    var text = ""
                    text.unicodeScalars.append(contentsOf: pair)
                    #expect(text.count == 2 || text == "\r\n", "U+\(String(value, radix: 16, uppercase: true))")
                }
            }
        }
    }

    /// Text on the fast path and text off it measure as the sum of their characters.
    @Test(arguments: ["YQ-20261123-001", "城关镇锦绣花园小区自来水发黄", "网传“县城明年取消学区划片”…", "ＡＢＣ１２３",
                      "e\u{0301}中\u{0301}", "停水🚰12h", "❤\u{FE0F} 城关", "🇨🇳 国旗", "a\u{200B}b", "\u{1B}[31m红\u{7F}",
                      "\r\n换行\t", "한국어 TEXT", "\u{1100}\u{1161}\u{11A8}", "½ · ─ ▶ ● ℃"])
    func textWidthIsTheSumOfItsCharacters(text: String) {
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
        let clipped = DisplayWidth.clip(text, to: 6)
        #expect(DisplayWidth.of(clipped) <= 6)
        #expect(DisplayWidth.of(DisplayWidth.pad(text, to: 30)) == 30)
    }

    static let place = "城关镇ABC自来水"

    @Test(arguments: 0...17)
    func clipNeverOverflowsNorSplits(width: Int) {
        for ellipsis in [true, false] {
            let clipped = DisplayWidth.clip(Self.place, to: width, ellipsis: ellipsis)
            #expect(DisplayWidth.of(clipped) <= width)
            if width >= DisplayWidth.of(Self.place) {
                #expect(clipped == Self.place)
                continue
            }
            let body = ellipsis && clipped.hasSuffix("…") ? String(clipped.dropLast()) : clipped
            #expect(Self.place.hasPrefix(body))
            #expect(ellipsis == clipped.hasSuffix("…") || width == 0)
            #expect(DisplayWidth.of(clipped) >= width - 1)
        }
    }

    @Test(arguments: [
        (0, ""), (1, "…"), (2, "…"), (3, "城…"), (4, "城…"), (5, "城关…"), (6, "城关…"), (7, "城关镇…"),
        (8, "城关镇A…"), (10, "城关镇ABC…"), (11, "城关镇ABC…"), (12, "城关镇ABC自…"), (14, "城关镇ABC自来…"),
        (15, "城关镇ABC自来水"), (40, "城关镇ABC自来水"),
    ])
    func clipWithEllipsis(width: Int, expected: String) {
        #expect(DisplayWidth.clip(Self.place, to: width) == expected)
    }

    @Test(arguments: [
        (0, ""), (1, ""), (2, "城"), (3, "城"), (7, "城关镇A"), (9, "城关镇ABC"), (10, "城关镇ABC"),
        (11, "城关镇ABC自"), (14, "城关镇ABC自来"), (15, "城关镇ABC自来水"),
    ])
    func clipWithoutEllipsis(width: Int, expected: String) {
        #expect(DisplayWidth.clip(Self.place, to: width, ellipsis: false) == expected)
    }

    @Test func clipKeepsCombiningMarksWithTheirBase() {
        #expect(DisplayWidth.clip("e\u{0301}xyz", to: 2) == "e\u{0301}…")
        #expect(DisplayWidth.clip("e\u{0301}xyz", to: 1, ellipsis: false) == "e\u{0301}")
    }

    @Test func clipOfNegativeWidthIsEmpty() {
        #expect(DisplayWidth.clip("abc", to: -3) == "")
        #expect(DisplayWidth.pad("abc", to: -3) == "")
    }

    @Test(arguments: 0...17)
    func padIsExactlyTheWidth(width: Int) {
        for text in [Self.place, "", "YQ-重大", "e\u{0301}", "❤\u{FE0F}ok"] {
            #expect(DisplayWidth.of(DisplayWidth.pad(text, to: width)) == width)
            #expect(DisplayWidth.of(DisplayWidth.pad(text, to: width, ellipsis: false)) == width)
        }
    }

    @Test func padsOnTheRight() {
        #expect(DisplayWidth.pad("ab", to: 4) == "ab  ")
        #expect(DisplayWidth.pad("城关镇", to: 7) == "城关镇 ")
        #expect(DisplayWidth.pad("城关镇", to: 5) == "城关…")
        #expect(DisplayWidth.pad("城关镇", to: 5, ellipsis: false) == "城关 ")
        #expect(DisplayWidth.pad("城关镇", to: 4, ellipsis: true) == "城… ")
    }
}
