import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// The theme files shipped in the repository's themes/ folder, found from this file's path.
enum ShippedThemes {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    static let fileNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".toml") }.sorted()

    static func text(_ fileName: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8)
    }

    static func parse(_ fileName: String, base: Theme) throws -> Theme {
        try ThemeParser.parse(text: text(fileName), fileName: "themes/\(fileName)", base: base)
    }

    static func defaultTheme() throws -> Theme { try parse("default.toml", base: .builtinFallback) }
}

/// A theme with no styles at all, to see exactly what a file defines.
private let empty = Theme(name: "empty", styles: [:], monochrome: false)

private let clockBands: [StyleRole] = [.clockFresh, .clockWarning, .clockCritical, .clockOverdue]

@Suite struct ShippedThemeTests {
    @Test func theFourRequiredThemesShip() {
        for name in ["default.toml", "light.toml", "high-contrast.toml", "monochrome.toml"] {
            #expect(ShippedThemes.fileNames.contains(name), "\(name) missing from \(ShippedThemes.folder.path)")
        }
    }

    @Test(arguments: ShippedThemes.fileNames)
    func parsesAndCoversEveryRole(fileName: String) throws {
        let theme = try ShippedThemes.parse(fileName, base: ShippedThemes.defaultTheme())
        #expect(StyleRole.allCases.filter { theme.styles[$0] == nil } == [])
        #expect(!theme.name.isEmpty)
    }

    @Test(arguments: ShippedThemes.fileNames)
    func clockBandsArePairwiseDifferent(fileName: String) throws {
        let theme = try ShippedThemes.parse(fileName, base: ShippedThemes.defaultTheme())
        let styles = clockBands.map(theme.style)
        #expect(Set(styles).count == clockBands.count, "\(fileName): \(styles)")
    }

    @Test func defaultDefinesEveryRoleItself() throws {
        let theme = try ShippedThemes.parse("default.toml", base: empty)
        #expect(StyleRole.allCases.filter { theme.styles[$0] == nil } == [])
        #expect(!theme.monochrome)
    }

    /// Colour alone must not carry the clock: bands differ by attributes too.
    @Test func defaultClockBandsDifferWithoutColor() throws {
        let theme = try ShippedThemes.defaultTheme()
        let attributes = clockBands.map { role in
            let style = theme.style(role)
            return Style(bold: style.bold, underline: style.underline, reverse: style.reverse)
        }
        #expect(Set(attributes).count == clockBands.count)
        #expect(theme.style(.clockOverdue).reverse && theme.style(.clockOverdue).bold)
        #expect(theme.style(.clockCritical).bold)
    }

    @Test func monochromeUsesNoColors() throws {
        let theme = try ShippedThemes.parse("monochrome.toml", base: ShippedThemes.defaultTheme())
        #expect(theme.monochrome)
        for (role, style) in theme.styles {
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault, "\(role)")
        }
    }

    @Test func monochromeDrawsTheRequiredDistinctions() throws {
        let theme = try ShippedThemes.parse("monochrome.toml", base: ShippedThemes.defaultTheme())
        #expect(theme.style(.selectedRow) == Style(reverse: true))
        #expect(theme.style(.clockOverdue) == Style(bold: true, reverse: true))
        #expect(theme.style(.clockCritical) == Style(bold: true, underline: true))
        #expect(theme.style(.clockWarning) == Style(underline: true))
        #expect(theme.style(.header) == Style(reverse: true))
        #expect(theme.style(.error) == Style(bold: true, reverse: true))
    }

    @Test func highContrastUsesOnlyTheSixteenColorsAndBoldText() throws {
        let theme = try ShippedThemes.parse("high-contrast.toml", base: ShippedThemes.defaultTheme())
        for (role, style) in theme.styles {
            for colour in [style.foreground, style.background] {
                guard case .ansi = colour else { Issue.record("\(role): \(colour)"); continue }
            }
        }
        #expect(theme.style(.normal).bold && theme.style(.row).bold)
    }

    @Test func lightKeepsTheTerminalBackgroundForText() throws {
        let theme = try ShippedThemes.parse("light.toml", base: ShippedThemes.defaultTheme())
        #expect(theme.style(.normal).background == .terminalDefault)
        #expect(theme.style(.row).background == .terminalDefault)
    }

    @Test func builtinFallbackCoversEveryRoleWithAttributesOnly() {
        let theme = Theme.builtinFallback
        #expect(StyleRole.allCases.filter { theme.styles[$0] == nil } == [])
        #expect(theme.monochrome)
        #expect(theme.styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
        #expect(Set(clockBands.map(theme.style)).count == clockBands.count)
    }

    /// The built-in theme stands in for monochrome.toml when no theme file can be found.
    @Test func builtinFallbackDrawsLikeMonochromeToml() throws {
        let monochrome = try ShippedThemes.parse("monochrome.toml", base: empty)
        #expect(monochrome.styles == Theme.builtinFallback.styles)
    }
}

@Suite struct ThemeParserTests {
    let base = Theme(name: "base", styles: Dictionary(uniqueKeysWithValues: StyleRole.allCases.map {
        ($0, Style(foreground: .ansi(2), background: .ansi(0), bold: true))
    }), monochrome: false)

    func parse(_ text: String, fileName: String = "themes/test.toml") throws(ThemeError) -> Theme {
        try ThemeParser.parse(text: text, fileName: fileName, base: base)
    }

    @Test func aRoleGivenReplacesTheWholeStyleAndOthersFallBack() throws {
        let theme = try parse("""
            name = "部分"
            [roles.header]
            fg = "red"
            underline = true
            """)
        #expect(theme.name == "部分")
        #expect(!theme.monochrome)
        #expect(theme.style(.header) == Style(foreground: .ansi(1), underline: true))
        for role in StyleRole.allCases where role != .header {
            #expect(theme.style(role) == base.style(role))
        }
    }

    @Test func anEmptyFileIsTheBaseNamedAfterTheFile() throws {
        let theme = try parse("", fileName: "/home/duty/.config/dutydesk/themes/夜班.toml")
        #expect(theme.name == "夜班")
        #expect(theme.styles == base.styles)
    }

    @Test func aMonochromeThemeDropsTheColorsItKeepsFromTheBase() throws {
        let theme = try parse("monochrome = true\n[roles.header]\nreverse = true\n")
        #expect(theme.monochrome)
        #expect(theme.style(.header) == Style(reverse: true))
        #expect(theme.style(.row) == Style(bold: true))
    }

    @Test(arguments: [
        ("\"#A0b1C2\"", Color.rgb(red: 0xa0, green: 0xb1, blue: 0xc2)),
        ("12", .indexed(12)),
        ("\"244\"", .indexed(244)),
        ("0", .indexed(0)),
        ("\"black\"", .ansi(0)),
        ("\"White\"", .ansi(7)),
        ("\"bright-red\"", .ansi(9)),
        ("\"bright-white\"", .ansi(15)),
        ("\"default\"", .terminalDefault),
    ])
    func colourSyntax(written: String, colour: Color) throws {
        let theme = try parse("[roles.muted]\nfg = \(written)\nbg = \(written)\n")
        #expect(theme.style(.muted) == Style(foreground: colour, background: colour))
    }

    @Test func errorDescriptionNamesFileLineAndFix() {
        let text = "name = \"浅色\"\n\n[roles.header]\nbold = true\nfg = \"bleu\"\n"
        #expect(throws: ThemeError.self) { try parse(text, fileName: "themes/light.toml") }
        do {
            _ = try parse(text, fileName: "themes/light.toml")
        } catch {
            #expect(error.description
                == "themes/light.toml:5: unknown colour \"bleu\" (use #rrggbb, 0-255, an ANSI name or \"default\")")
            #expect(error.message(in: .chinese)
                == "themes/light.toml:5: 无法识别的颜色 \"bleu\"（可用 #rrggbb、0-255、ANSI 颜色名或 \"default\"）")
        }
    }

    @Test(arguments: [
        // TOML syntax: the line comes from TOMLKit.
        ("name = \"x\"\n[roles.header\nfg = \"red\"\n", 2, "not valid TOML"),
        ("[roles.header]\nfg = \"red\"\nfg = \"blue\"\n", 3, "not valid TOML"),
        ("name = \"x\"\n\n[roles.hedaer]\nfg = \"red\"\n", 3, "unknown role \"hedaer\""),
        ("[roles.header]\nfg = \"red\"\nbg = 300\n", 3, "unknown colour 300"),
        ("[roles.header]\nfg = \"#12345\"\n", 2, "unknown colour \"#12345\""),
        ("[roles.header]\nbold = \"yes\"\n", 2, "roles.header.bold must be true or false, not a string"),
        ("[roles.header]\nfg = true\n", 2, "roles.header.fg must be a colour"),
        ("monochrome = 1\n", 1, "monochrome must be true or false, not an integer"),
        ("name = 3\n", 1, "name must be a string, not an integer"),
        ("roles = 3\n", 1, "roles must be a table of roles, not an integer"),
        ("[roles]\nheader = \"red\"\n", 2, "roles.header must be a table"),
        ("[roles.header]\nbold = true\ncolour = \"red\"\n", 3, "unknown key \"colour\" in [roles.header]"),
        ("name = \"x\"\nrole = 1\n", 2, "unknown key \"role\""),
        ("monochrome = true\n[roles.row]\n[roles.header]\nreverse = true\nbg = \"blue\"\n", 5,
         "roles.header.bg: a monochrome theme uses only bold, underline and reverse"),
        // Other ways TOML writes the same keys.
        ("roles.header.bold = true\nroles.header.fg = \"bleu\"\n", 2, "unknown colour \"bleu\""),
        ("[roles]\nrow = { bold = true }\nheader = { fg = \"bleu\" }\n", 3, "unknown colour \"bleu\""),
        ("[roles.\"header\"]\n'fg' = \"bleu\"\n", 2, "unknown colour \"bleu\""),
        ("name = \"\"\"\n[roles.fake]\nfg = 1\n\"\"\"\n[roles.hedaer]\n", 5, "unknown role \"hedaer\""),
        ("[roles.header]\r\nbold = true\r\nfg = \"bleu\"\r\n", 3, "unknown colour \"bleu\""),
        // Of two mistakes, the first in the file is reported, whatever TOMLKit's key order.
        ("[roles.row]\nfg = \"bleu\"\n[roles.bad]\n", 2, "unknown colour \"bleu\""),
        ("[roles.zzz]\n[roles.row]\nfg = \"bleu\"\n", 1, "unknown role \"zzz\""),
    ])
    func errorsNameTheLine(text: String, line: Int, message: String) {
        do {
            _ = try parse(text)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.fileName == "themes/test.toml")
            #expect(error.line == line, "\(error)")
            #expect(error.description.hasPrefix("themes/test.toml:\(line): \(message)"), "\(error)")
        }
    }
}
