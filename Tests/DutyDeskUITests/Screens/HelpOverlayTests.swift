import DutyDeskGrid
import DutyDeskTestSupport
import Testing
@testable import DutyDeskUI

/// The `?` box: every key of the screen beneath, straight from the keymap, whatever the screen's size.
@Suite struct HelpOverlayTests {
    typealias F = ConsoleFixture

    static func render(_ context: Context, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        HelpOverlay.render(F.state(), underneath: context, into: &grid)
        return grid
    }

    /// On a short screen the keys flow into more, narrower columns: none is left out.
    @Test(arguments: [(120, 40), (80, 24), (80, 14)])
    func everyKeyOfTheScreenBeneathIsListed(width: Int, height: Int) {
        let grid = Self.render(.queue, width: width, height: height)
        let text = grid.text
        for binding in Keymap.help(for: .queue) {
            #expect(text.contains(binding.label), "\(binding.label) at \(width)×\(height)")
        }
    }

    @Test func theBoxIsFramedAndTitledWithTheScreenBeneath() {
        let grid = Self.render(.detail, width: 80, height: 24)
        let top = (0..<grid.height).first { grid.text(row: $0).contains("┌") }
        #expect(top != nil)
        let title = top.map(grid.text(row:)) ?? ""
        #expect(title.contains(F.state().strings.helpTitle))
        #expect(title.contains(F.state().strings.contexts[.detail] ?? "—"))
        #expect((0..<grid.height).contains { grid.text(row: $0).contains("└") })
    }
}
