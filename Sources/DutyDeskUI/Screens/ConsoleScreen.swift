import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The whole console as one pure function: (state, size, now) → a grid of styled cells.
public enum ConsoleScreen {
    public static func render(_ state: ConsoleState, width: Int, height: Int, now: Date) -> Grid {
        frame(state, width: width, height: height, now: now).grid
    }

    /// The grid and where the terminal cursor belongs (nil: hidden), for screens with a form.
    public static func frame(_ state: ConsoleState, width: Int, height: Int, now: Date)
        -> (grid: Grid, cursor: (x: Int, y: Int)?) {
        var grid = Grid(width: width, height: height)
        guard width >= QueueLayout.minimumWidth, height >= QueueLayout.minimumHeight else {
            tooSmall(&grid, strings: state.strings)
            return (grid, nil)
        }
        let queue = state.queueIndex.queue
        var counts: [Lane: Int] = [.all: queue.count]
        for lane in Lane.allCases { lane.status.map { counts[lane] = queue.count($0) } }
        ScreenFrame.header(&grid, state: state, now: now, overdue: queue.overdueCount(at: now))
        ScreenFrame.tabs(&grid, state: state, counts: counts)
        ScreenFrame.banner(&grid, y: Rect.underTabs(width: width, height: height).y, state: state)
        let body = Rect.body(width: width, height: height, banner: state.hasBanner)
        switch state.screen {
        case .queue: QueueScreen.render(state, in: body, into: &grid, now: now)
        case .detail(let id): DetailScreen.render(state, caseID: id, in: body, into: &grid, now: now)
        case .meeting: MeetingScreen.render(state, in: body, into: &grid, now: now)
        case .report(let kind): ReportScreen.render(state, kind: kind, in: body, into: &grid, now: now)
        case .statistics: StatisticsScreen.render(state, in: body, into: &grid, now: now)
        case .assessments: AssessmentScreen.render(state, in: body, into: &grid, now: now)
        case .directory: DirectoryScreen.render(state, in: body, into: &grid, now: now)
        case .analysis(let id): AnalysisScreen.render(state, caseID: id, in: body, into: &grid, now: now)
        }
        ScreenFrame.footer(&grid, state: state)
        var cursor: (x: Int, y: Int)?
        if let open = state.openForm {
            cursor = FormOverlay.render(state, open, into: &grid, now: now)
        } else if let offer = state.draftOffer {
            FormOverlay.draftPrompt(state, offer, into: &grid)
        }
        // Over everything, forms included: F1 in a form lists the form's keys.
        if state.helpVisible {
            HelpOverlay.render(state, underneath: state.contextUnderHelp, into: &grid)
            cursor = nil
        }
        if let wait = state.ledgerWait {
            grid.fill(row: height - 1, role: .bannerError)
            grid.put(" " + wait, x: 0, y: height - 1, role: .bannerError)
        }
        return (grid, cursor)
    }

    /// Says so plainly instead of drawing a layout that cannot fit.
    static func tooSmall(_ grid: inout Grid, strings: ConsoleStrings) {
        let message = fill(strings.tooSmall, grid.width, grid.height)
        let lines = TextWrap.lines(message, width: max(1, grid.width - 2))
        let top = max(0, (grid.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (grid.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + index, role: .bannerError)
        }
    }
}
