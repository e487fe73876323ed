import Testing
@testable import DutyDeskUI

@Suite struct RectTests {
    @Test func theBodyLiesInsideTheScreenFrameAndABannerTakesOneRowMore() {
        #expect(Rect.body(width: 80, height: 24, banner: false) == Rect(x: 0, y: 2, width: 80, height: 21))
        #expect(Rect.body(width: 80, height: 24, banner: true) == Rect(x: 0, y: 3, width: 80, height: 20))
        #expect(Rect.body(width: 80, height: 24, banner: false).bottom == 23, "the footer's row")
    }

    /// A banner's row and a form's area are the body's without a banner: decided in one place.
    @Test func underTheTabsIsWhereABannerGoesAndWhatAFormCovers() {
        let area = Rect.underTabs(width: 80, height: 24)
        #expect(area == Rect.body(width: 80, height: 24, banner: false))
        #expect(Rect.body(width: 80, height: 24, banner: true).y == area.y + 1)
    }

    @Test func belowTakesRowsOffTheTopAndNeverGoesNegative() {
        let body = Rect(x: 0, y: 2, width: 80, height: 3)
        #expect(body.below(1) == Rect(x: 0, y: 3, width: 80, height: 2))
        #expect(body.below(5).height == 0 && body.below(5).bottom == body.bottom)
    }
}
