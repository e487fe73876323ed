import Foundation
import Testing
@testable import DutyDeskText

struct TrimmingTests {
    /// Every scalar of the Basic Multilingual Plane, on both sides of some text: the trims must
    /// agree with Foundation's on every one, so replacing it changed no field anyone typed.
    static let scalars = (0...0xFFFF).compactMap(Unicode.Scalar.init)

    @Test func bothAgreeWithFoundationOnEveryScalar() {
        var differing: [Unicode.Scalar] = []
        for scalar in Self.scalars {
            let text = "\(scalar)\(scalar)城关镇 x\(scalar)"
            if text.trimmingSpaces() != text.trimmingCharacters(in: .whitespaces)
                || text.trimmingSpacesAndLines() != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                differing.append(scalar)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test(arguments: [
        ("\u{3000}城关镇\u{3000}", "城关镇", "城关镇"),
        ("\t a b \t", "a b", "a b"),
        ("\n标题\r\n", "\n标题\r\n", "标题"),
        ("\u{85}x\u{2028}", "\u{85}x\u{2028}", "x"),
        ("\u{200B}x", "x", "x"),
        ("\u{FEFF}x", "\u{FEFF}x", "\u{FEFF}x"),
        ("   ", "", ""),
        ("", "", ""),
        // A combining mark after a space is a scalar of its own: the space goes, the mark stays.
        (" \u{301}e", "\u{301}e", "\u{301}e"),
    ])
    func trims(text: String, spaces: String, spacesAndLines: String) {
        #expect(text.trimmingSpaces() == spaces)
        #expect(text.trimmingSpacesAndLines() == spacesAndLines)
        #expect(text[...].trimmingSpaces() == spaces)
    }
}
