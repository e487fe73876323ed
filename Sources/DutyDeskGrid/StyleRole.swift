/// What a cell means, not how it looks: themes map roles to colours and attributes, so a screen
/// never names a colour and a monochrome terminal still shows every distinction.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case normal
    case header
    case headerAccent = "header-accent"
    case tabActive = "tab-active"
    case tabInactive = "tab-inactive"
    case columnTitle = "column-title"
    case row
    case selectedRow = "selected-row"
    case marked
    case gradeExtraordinary = "grade-extraordinary"
    case gradeMajor = "grade-major"
    case gradeSignificant = "grade-significant"
    case gradeGeneral = "grade-general"
    case clockFresh = "clock-fresh"
    case clockWarning = "clock-warning"
    case clockCritical = "clock-critical"
    case clockOverdue = "clock-overdue"
    case clockNone = "clock-none"
    case overdueCount = "overdue-count"
    case banner
    case bannerError = "banner-error"
    case label
    case value
    case muted
    case footer
    case footerKey = "footer-key"
    case help
    case helpKey = "help-key"
    case helpTitle = "help-title"
    case formField = "form-field"
    case formFieldFocused = "form-field-focused"
    case error
    case filter
}
