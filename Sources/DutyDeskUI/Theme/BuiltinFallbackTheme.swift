import DutyDeskGrid

extension Theme {
    /// What the console draws with when no default.toml can be found (the binary copied
    /// somewhere on its own), so it always starts. Attributes only, like monochrome.toml, so it
    /// reads on any terminal; the switch makes a new role impossible to forget here.
    public static let builtinFallback = Theme(
        name: "built-in",
        styles: Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0, fallbackStyle($0)) }),
        monochrome: true
    )

    private static func fallbackStyle(_ role: StyleRole) -> Style {
        switch role {
        case .normal, .row, .gradeGeneral, .clockFresh, .clockNone, .label, .muted, .help: Style()
        case .header, .tabInactive, .selectedRow, .banner, .footer, .formFieldFocused: Style(reverse: true)
        case .headerAccent, .tabActive, .overdueCount, .clockOverdue, .bannerError, .footerKey, .error:
            Style(bold: true, reverse: true)
        case .columnTitle, .marked, .gradeMajor, .value, .helpKey, .filter: Style(bold: true)
        case .gradeExtraordinary, .clockCritical, .helpTitle: Style(bold: true, underline: true)
        case .gradeSignificant, .clockWarning, .formField: Style(underline: true)
        }
    }
}
