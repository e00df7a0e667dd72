/// Selection without a full sort: on a 1M-entry vocabulary, top-k and the head of top-p need the
/// order of a few hundred entries, not of all of them.
enum Selection {
    /// The k-th largest value (k is 1-based and at most the count), by quickselect with a three-way
    /// partition, so runs of equal values (a vocabulary of masked −inf) cost no more than distinct ones.
    static func kthLargest(_ values: [Double], _ k: Int) -> Double {
        precondition(k >= 1 && k <= values.count)
        var a = values
        // The k-th largest is the (n − k)-th smallest, 0-based.
        let target = a.count - k
        return a.withUnsafeMutableBufferPointer { buffer -> Double in
            var lo = 0, hi = buffer.count - 1
            while true {
                if lo == hi { return buffer[lo] }
                let pivot = medianOfThree(buffer[lo], buffer[lo + (hi - lo) / 2], buffer[hi])
                // [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot.
                var lt = lo, i = lo, gt = hi
                while i <= gt {
                    let x = buffer[i]
                    if x < pivot {
                        buffer.swapAt(lt, i); lt += 1; i += 1
                    } else if x > pivot {
                        buffer.swapAt(i, gt); gt -= 1
                    } else {
                        i += 1
                    }
                }
                if target < lt { hi = lt - 1 } else if target > gt { lo = gt + 1 } else { return pivot }
            }
        }
    }

    /// Rearranges `a[start...]` so that its first `count` elements are the ones that come first by
    /// `before` (a strict total order), sorted; the rest follow in no particular order.
    static func selectAndSortPrefix(_ a: inout [Int], from start: Int, count: Int, by before: (Int, Int) -> Bool) {
        let end = min(start + count, a.count)
        guard end > start else { return }
        a.withUnsafeMutableBufferPointer { buffer in
            var lo = start, hi = buffer.count - 1
            let target = end - 1
            // Quickselect until the element of rank `target` is in place with smaller ones before it.
            while lo < hi {
                let mid = lo + (hi - lo) / 2
                // Median of three as pivot, moved to hi.
                if before(buffer[mid], buffer[lo]) { buffer.swapAt(mid, lo) }
                if before(buffer[hi], buffer[lo]) { buffer.swapAt(hi, lo) }
                if before(buffer[mid], buffer[hi]) { buffer.swapAt(mid, hi) }
                let pivot = buffer[hi]
                var store = lo
                for i in lo..<hi where before(buffer[i], pivot) {
                    buffer.swapAt(i, store)
                    store += 1
                }
                buffer.swapAt(store, hi)
                if store == target { break }
                if target < store { hi = store - 1 } else { lo = store + 1 }
            }
            buffer[start..<end].sort(by: before)
        }
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        max(min(a, b), min(max(a, b), c))
    }
}
