@testable import DutyDeskCore
import Testing

@Suite struct RangePartitionPointTests {
    /// Every split of a sorted list is found, the empty range and a range not starting at 0 included.
    @Test func findsTheFirstIndexNotBelow() throws {
        let sorted = [1, 3, 3, 5, 8, 13]
        for wanted in 0...14 {
            let found = (0..<sorted.count).partitionPoint { sorted[$0] < wanted }
            #expect(found == (sorted.firstIndex { $0 >= wanted } ?? sorted.count), "\(wanted)")
        }
        #expect((4..<4).partitionPoint { _ in true } == 4)
        #expect((2..<6).partitionPoint { sorted[$0] < 4 } == 3)
        struct Stop: Error {}
        #expect(throws: Stop.self) { try (0..<3).partitionPoint { _ in throw Stop() } }
    }
}
