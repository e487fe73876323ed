import Foundation
import Testing
@testable import DutyDeskText

struct DigitsTests {
    @Test(arguments: [0, 7, 42, 999, 1000, 2026, 123_456, -5, -42, -12_345, Int.max, Int.min])
    func writesWhatPrintfWrites(value: Int) {
        for width in [0, 1, 2, 3, 4, 8] {
            #expect(Digits.padded(value, width: width) == String(format: "%0*ld", width, value), "width \(width)")
        }
    }
}
