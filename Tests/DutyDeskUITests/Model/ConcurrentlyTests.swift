import Foundation
import Testing
@testable import DutyDeskUI

struct ConcurrentlyTests {
    @Test func bothResultsComeBackInTheirPlaces() {
        let (first, second) = Concurrently.both({ (0..<1000).reduce(0, +) }, { String(repeating: "案", count: 3) })
        #expect(first == 499_500)
        #expect(second == "案案案")
    }

    /// Each piece waits until the other has started: done one after the other, this would never return.
    @Test func theTwoRunAtOnce() {
        let firstStarted = DispatchSemaphore(value: 0), secondStarted = DispatchSemaphore(value: 0)
        let (first, second) = Concurrently.both({ () -> Bool in
            firstStarted.signal()
            return secondStarted.wait(timeout: .now() + 10) == .success
        }, { () -> Bool in
            secondStarted.signal()
            return firstStarted.wait(timeout: .now() + 10) == .success
        })
        #expect(first && second)
    }
}
