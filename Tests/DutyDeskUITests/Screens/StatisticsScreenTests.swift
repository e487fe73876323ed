import Testing
@testable import DutyDeskUI

@Suite struct StatisticsScreenTests {
    /// A bar is whole blocks and one eighth-block end, so 1.5 cells reads as 1.5 cells.
    @Test func aBarIsWholeBlocksAndAnEighthBlockEnd() {
        #expect(StatisticsScreen.bar(1, width: 10) == String(repeating: "█", count: 10))
        #expect(StatisticsScreen.bar(0.5, width: 3) == "█▌")
        #expect(StatisticsScreen.bar(1.0 / 16, width: 2) == "▏")
        #expect(StatisticsScreen.bar(0, width: 10) == "")
    }

    /// A share outside 0…1 (never written, but a bar must not overrun its chart) is held to the chart.
    @Test func aBarNeverLeavesItsChart() {
        #expect(StatisticsScreen.bar(1.7, width: 4) == "████")
        #expect(StatisticsScreen.bar(-0.2, width: 4) == "")
    }
}
