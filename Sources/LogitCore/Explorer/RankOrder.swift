/// The classes ranked by probability, most probable first, kept up to date as the logits change
/// rather than re-sorted: the ranked list of a 128k-token vocabulary reads its rows from here, and
/// `moveSelection` walks it, so a keystroke costs O(n) at worst and a frame nothing.
///
/// The ranking is by the scaled logit u = z/T as the chosen precision computed it (`Analysis.scaled`),
/// highest first, the lower index first among equals. For T > 0 that is the order of the
/// probabilities, and it is the order `SamplingFilters.apply` cuts (the kept tokens are a prefix of
/// it), so the filter's cut falls after `FilteredDistribution.keptCount` ranks.
///
/// Indices are `Int32` (4 bytes, not 8): two arrays of 1M entries cost 8 MB, not 16.
public struct RankOrder: Sendable, Equatable {
    /// Class indices by rank: `ranked[0]` is the most probable class.
    public private(set) var ranked: [Int32]
    /// Each class's rank: `ranks[ranked[r]] == r`.
    public private(set) var ranks: [Int32]
    /// Set by `forgetOrder`: the next update sorts from scratch.
    private var stale = false
    /// For a ranking of its top ranks only (`init(top:)`): how many ranks it keeps. `--print` shows
    /// the top 25 of a vocabulary with no filter on: selecting them is one read of the keys, where
    /// ranking a million classes is a 16 MB radix sort and 8 MB of indices faulted in afresh.
    public let top: Int?
    /// For a ranking of its top ranks only: the classes ranked (`ranked` holds the first few) and
    /// those whose key is not −inf (what the filters keep with none on).
    private var partial: (count: Int, unmasked: Int)?
    /// The last full sort's packs and spare (16 bytes a class), reused by the next one.
    private var scratch: [UInt64] = []
    static let scratchKeptUpTo = 1 << 18

    public var count: Int { partial?.count ?? ranked.count }

    /// True when only the top ranks are known (`init(top:)`): `index(atRank:)` below them and
    /// `rank(of:)` of a class not among them must not be asked, nor `ranks` read.
    public var isPartial: Bool { partial != nil }

    /// The classes whose key is not −inf (masked tokens rank last), for a partial ranking.
    public var unmaskedCount: Int? { partial?.unmasked }

    /// The same order (whether the next update will sort from scratch is no part of it).
    public static func == (a: RankOrder, b: RankOrder) -> Bool {
        a.ranked == b.ranked && a.ranks == b.ranks && a.partial?.count == b.partial?.count
            && a.partial?.unmasked == b.partial?.unmasked
    }

    /// No classes (a ranking to be filled by `update(keys:)`).
    public init() {
        ranked = []
        ranks = []
        top = nil
    }

    /// No classes, to be filled by `update(keys:)` with the first `top` ranks only when there are
    /// more classes than that (else with all of them): the same classes in the same order as the
    /// full ranking's first `top`, ties included.
    public init(top: Int) {
        ranked = []
        ranks = []
        self.top = max(top, 1)
    }

    /// Ranks `scaled` from scratch (see `init(keys:)`).
    public init(scaled u: [Double]) {
        self.init()
        u.withUnsafeBufferPointer { update(keys: $0) }
    }

    /// Ranks the keys from scratch, the scaled logits in the precision they were computed in.
    private init<K: BinaryFloatingPoint>(keys u: UnsafeBufferPointer<K>) {
        self.init()
        sortFully(keys: u)
    }

    /// Ranks the keys from scratch, in place: `ranked` and `ranks` are overwritten where they are
    /// when the count is unchanged (a step to the next row of a 128k vocabulary re-ranks into the
    /// same 1 MB). A comparison sort of a million indices by keys they point at takes 300 ms (every
    /// comparison two cache misses); so each key is rounded to a Float whose bits sort as the key
    /// does, packed with its index, and the packs are sorted by radix, stable, so equal keys stay
    /// in index order (15 ms). Rounding to Float keeps the order but can make different Doubles
    /// equal; the few runs of equal Floats are then put in order by the keys themselves.
    private mutating func sortFully<K: BinaryFloatingPoint>(keys u: UnsafeBufferPointer<K>) {
        let n = u.count
        precondition(n <= Int(Int32.max), "more classes than Int32 indices")
        stale = false
        if let top, n > top {
            selectTop(top, count: n) { u[$0] }
            return
        }
        partial = nil
        // The packs and the sort's spare: kept for the next sort up to `scratchKeptUpTo` classes
        // (2 MB faulted in afresh page by page was a third of a row step's time at 128k); above,
        // each is let go as soon as it is done with, and `ranked` and `ranks` are made only then,
        // so that at 1M the sort's peak is the packs and spare (16 MB), not 24 MB.
        let keep = n <= Self.scratchKeptUpTo
        var packs = keep && scratch.count == 2 * n ? scratch : [UInt64](unsafeUninitializedCapacity: keep ? 2 * n : n) { _, c in c = keep ? 2 * n : n }
        scratch = []
        packs.withUnsafeMutableBufferPointer { all in
            let packs = UnsafeMutableBufferPointer(rebasing: all[0..<n])
            for i in 0..<n { packs[i] = UInt64(Self.descendingBits(u[i])) << 32 | UInt64(i) }
            if keep {
                Self.radixSortByHighHalf(packs, spare: UnsafeMutableBufferPointer(rebasing: all[n...]))
            } else {
                var spare = [UInt64](unsafeUninitializedCapacity: n) { _, c in c = n }
                spare.withUnsafeMutableBufferPointer { Self.radixSortByHighHalf(packs, spare: $0) }
            }
        }
        if ranked.count != n { ranked = [Int32](unsafeUninitializedCapacity: n) { _, c in c = n } }
        ranked.withUnsafeMutableBufferPointer { out in
            packs.withUnsafeBufferPointer { packs in
                var start = 0
                while start < n {
                    let key = packs[start] >> 32
                    var end = start + 1
                    while end < n && packs[end] >> 32 == key { end += 1 }
                    for r in start..<end { out[r] = Int32(truncatingIfNeeded: packs[r]) }
                    if end - start > 1 && K.significandBitCount > Float.significandBitCount {
                        Self.insertionSort(UnsafeMutableBufferPointer(rebasing: out[start..<end]), u)
                    }
                    start = end
                }
            }
        }
        if keep { scratch = packs }
        packs = []
        if ranks.count != n { ranks = [Int32](unsafeUninitializedCapacity: n) { _, c in c = n } }
        rebuildRanks(0..<n)
    }

    /// Marks the order as unrelated to the next keys (the next row of a file: another vector
    /// altogether), so that `update(keys:)` sorts from scratch at once instead of first trying an
    /// insertion sort that would run out of its budget (0.3 ms at 128k, for nothing).
    public mutating func forgetOrder() { stale = true }

    /// 32 bits that sort ascending as x sorts descending: x rounded to a Float (rounding keeps
    /// order), −0 made +0 (they are equal), then the sign-magnitude bits mapped onto an unsigned
    /// line (negatives reversed below the positives) and complemented.
    @inline(__always)
    static func descendingBits<K: BinaryFloatingPoint>(_ x: K) -> UInt32 {
        let bits = (Float(x) + 0).bitPattern
        let ascending = bits & 0x8000_0000 != 0 ? ~bits : bits | 0x8000_0000
        return ~ascending
    }

    /// Least significant digit first over the high 32 bits, each pass stable; a pass whose digit
    /// is the same in every pack is skipped. Up to 2^18 packs (2 MB), three passes of 11 bits; above,
    /// four of a byte (three of 11 bits took half as long again at 1M: 2048 places written at once
    /// in 8 MB miss the address translation cache, which 2 MB does not).
    static func radixSortByHighHalf(_ a: UnsafeMutableBufferPointer<UInt64>, spare: UnsafeMutableBufferPointer<UInt64>) {
        let n = a.count
        guard n > 1 else { return }
        let wide = n <= 1 << 18
        let shifts = wide ? [32, 43, 54] : [32, 40, 48, 56]
        let bits = wide ? 11 : 8
        let buckets = 1 << bits
        var histogram = [Int](repeating: 0, count: shifts.count * buckets)
        histogram.withUnsafeMutableBufferPointer { counts in
            // Every digit's counts in one read of the packs, the digits written out (a loop over
            // them, with Swift's checked shifts and sums, was 40% of the sort).
            let mask = UInt64(buckets - 1)
            let c = counts.baseAddress!
            if wide {
                for x in a {
                    c[Int(truncatingIfNeeded: (x &>> 32) & mask)] &+= 1
                    c[buckets + Int(truncatingIfNeeded: (x &>> 43) & mask)] &+= 1
                    c[2 * buckets + Int(truncatingIfNeeded: (x &>> 54) & mask)] &+= 1
                }
            } else {
                for x in a {
                    c[Int(truncatingIfNeeded: (x &>> 32) & mask)] &+= 1
                    c[buckets + Int(truncatingIfNeeded: (x &>> 40) & mask)] &+= 1
                    c[2 * buckets + Int(truncatingIfNeeded: (x &>> 48) & mask)] &+= 1
                    c[3 * buckets + Int(truncatingIfNeeded: (x &>> 56) & mask)] &+= 1
                }
            }
            var from = a, to = UnsafeMutableBufferPointer(rebasing: spare[0..<n])
            for d in 0..<shifts.count {
                let count = UnsafeMutableBufferPointer(rebasing: counts[(d * buckets)..<((d + 1) * buckets)])
                if count.contains(n) { continue }
                var next = 0
                for b in count.indices {
                    let k = count[b]
                    count[b] = next
                    next += k
                }
                let shift = UInt64(shifts[d])
                let place = count.baseAddress!
                for x in from {
                    let b = Int(truncatingIfNeeded: (x &>> shift) & mask)
                    to[place[b]] = x
                    place[b] &+= 1
                }
                swap(&from, &to)
            }
            if from.baseAddress != a.baseAddress {
                a.baseAddress!.update(from: from.baseAddress!, count: n)
            }
        }
    }

    /// The first `k` ranks of `n` classes into `ranked`, by one read of the keys: the best `k` so
    /// far are kept sorted, and a key enters only above the worst of them (the keys are read in
    /// index order, so an equal key, of a higher index, ranks below it: the full ranking's ties).
    private mutating func selectTop<K: BinaryFloatingPoint>(_ k: Int, count n: Int, key u: (Int) -> K) {
        precondition(n <= Int(Int32.max), "more classes than Int32 indices")
        ranks = []
        var best = [Int32]()
        best.reserveCapacity(k + 1)
        var masked = 0
        for i in 0..<k {
            if u(i) == -.infinity { masked += 1 }
            let at = Self.first(in: 0..<best.count) { Self.before(u(i), Int32(i), u(Int(best[$0])), best[$0]) }
            best.insert(Int32(i), at: at)
        }
        var worst = u(Int(best[k - 1]))
        for i in k..<n {
            let x = u(i)
            if x == -.infinity { masked += 1 }
            guard x > worst else { continue }
            best.removeLast()
            let at = Self.first(in: 0..<(k - 1)) { x > u(Int(best[$0])) }
            best.insert(Int32(i), at: at)
            worst = u(Int(best[k - 1]))
        }
        ranked = best
        partial = (n, n - masked)
    }

    /// The top ranks of `n` classes (`init(top:)`, fewer classes than `n`), each class's key u(i)
    /// computed as it is asked for: no array of keys is made.
    mutating func selectTop(count n: Int, scaled u: (Int) -> Double) {
        precondition(top.map { n > $0 } == true, "a ranking of its top ranks, of more classes than those")
        selectTop(top!, count: n, key: u)
    }

    /// The index of the class at rank r (0-based).
    public func index(atRank r: Int) -> Int { Int(ranked[r]) }

    /// The rank (0-based) of class i; of a partial ranking, only for a class among its top ranks.
    public func rank(of i: Int) -> Int {
        guard isPartial else { return Int(ranks[i]) }
        guard let r = ranked.firstIndex(of: Int32(i)) else {
            preconditionFailure("class \(i) is below the top \(ranked.count) ranks this ranking keeps")
        }
        return r
    }

    /// The order for new scaled logits, reusing this one. A change of temperature or precision
    /// keeps the order up to ties (u = z/T and rounding are monotone), and a change of one logit
    /// moves one class: either leaves the previous order nearly sorted, which an insertion sort
    /// repairs in O(n + distance moved). A change that moves many classes (an undo across a paste)
    /// exceeds the insertion sort's budget and falls back to a full sort.
    public func updated(for u: [Double]) -> RankOrder {
        var next = self
        u.withUnsafeBufferPointer { next.update(keys: $0) }
        return next
    }

    /// `updated(for:)` in place, on the keys where they are (the analysis's own scaled logits).
    public mutating func update<K: BinaryFloatingPoint>(keys u: UnsafeBufferPointer<K>) {
        guard u.count == count && !stale && !isPartial else {
            sortFully(keys: u)
            return
        }
        let budget = 2 * u.count + 1024
        let repaired: Range<Int>? = ranked.withUnsafeMutableBufferPointer { order in
            Self.insertionSort(order, u, budget: budget)
        }
        if let changed = repaired {
            if !changed.isEmpty { rebuildRanks(changed) }
        } else {
            sortFully(keys: u)
        }
    }

    /// Moves class i to its place after its scaled logit alone changed (`u` gives every class's,
    /// the new one for i): the others keep their order, so a binary search finds the place and only
    /// the classes between the old and new place shift. O(distance moved), in place.
    public mutating func move(_ i: Int, scaled u: (Int) -> Double) {
        if let top, count > top {
            selectTop(top, count: count, key: u)
            return
        }
        let from = rank(of: i)
        let ui = u(i)
        func comesBefore(_ j: Int32) -> Bool { Self.before(ui, Int32(i), u(Int(j)), j) }
        // Above: the first of ranks 0..<from that i comes before. Below: past the last of
        // from+1..<n that comes before i.
        var to = Self.first(in: 0..<from) { comesBefore(ranked[$0]) }
        if to == from {
            to = Self.first(in: (from + 1)..<count) { comesBefore(ranked[$0]) } - 1
        }
        guard to != from else { return }
        ranked.withUnsafeMutableBufferPointer { order in
            if to < from {
                for r in stride(from: from, to: to, by: -1) { order[r] = order[r - 1] }
            } else {
                for r in from..<to { order[r] = order[r + 1] }
            }
            order[to] = Int32(i)
        }
        rebuildRanks(min(from, to)..<(max(from, to) + 1))
    }

    /// The first position in `range` where `isPast` holds, for a predicate false then true along
    /// the ranking (range.upperBound when it never holds). Binary search: O(log n).
    static func first(in range: Range<Int>, where isPast: (Int) -> Bool) -> Int {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isPast(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The ranking's order: u descending, then index ascending.
    @inline(__always)
    static func before<K: BinaryFloatingPoint>(_ a: Int32, _ b: Int32, _ u: UnsafeBufferPointer<K>) -> Bool {
        before(u[Int(a)], a, u[Int(b)], b)
    }

    @inline(__always)
    static func before<K: BinaryFloatingPoint>(_ ua: K, _ a: Int32, _ ub: K, _ b: Int32) -> Bool {
        ua > ub || (ua == ub && a < b)
    }

    /// Sorts in place by insertion, giving up after `budget` element moves. Returns the range of
    /// positions that changed (empty when none did), or nil when it gave up (the buffer is then a
    /// permutation in no particular order).
    @discardableResult
    private static func insertionSort<K: BinaryFloatingPoint>(
        _ a: UnsafeMutableBufferPointer<Int32>, _ u: UnsafeBufferPointer<K>, budget: Int = .max
    ) -> Range<Int>? {
        var moves = 0
        var low = a.count, high = 0
        var j = 1
        while j < a.count {
            let x = a[j]
            var k = j
            while k > 0 && before(x, a[k - 1], u) {
                a[k] = a[k - 1]
                k -= 1
            }
            if k != j {
                moves += j - k
                if moves > budget { return nil }
                a[k] = x
                low = min(low, k)
                high = max(high, j + 1)
            }
            j += 1
        }
        return low < high ? low..<high : 0..<0
    }

    private mutating func rebuildRanks(_ positions: Range<Int>) {
        for r in positions { ranks[Int(ranked[r])] = Int32(r) }
    }
}
