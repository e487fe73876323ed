import Testing
@testable import DutyDeskUI

@Suite struct RectTests {
    @Test func theBodyLiesInsideTheScreenFrameAndABannerTakesOneRowMore() {
        #expect(Rect.body(width: 80, height: 24, banner: false) == Rect(x: 0, y: 2, width: 80, height: 21))
        #expect(Rect.body(width: 80, height: 24, banner: true) == Rect(x: 0, y: 3, width: 80, height: 20))
        #expect(Rect.body(width: 80, height: 24, banner: false).bottom == 23, "the footer's row")
    }

    @Test func belowTakesRowsOffTheTopAndNeverGoesNegative() {
        let body = Rect(x: 0, y: 2, width: 80, height: 3)
        #expect(body.below(1) == Rect(x: 0, y: 3, width: 80, height: 2))
        #expect(body.below(5).height == 0 && body.below(5).bottom == body.bottom)
    }
}
