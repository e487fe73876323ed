extension Range where Bound == Int {
    /// The first index in the range for which `isBelow` is false, given that it is true on a
    /// prefix of the range and false after it: a binary search, shared by every sorted list the
    /// desk keeps (the queue's order, the snapshot's tables and fingerprints).
    func partitionPoint(_ isBelow: (Int) throws -> Bool) rethrows -> Int {
        var low = lowerBound
        var high = upperBound
        while low < high {
            let middle = low + (high - low) / 2
            if try isBelow(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
