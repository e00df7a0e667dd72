import Testing
@testable import LogitCore

/// The sparse list must behave as the `[Double?]` it replaced, through the operations the explorer
/// uses (set, clear, insert, remove), checked step by step against a plain array.
struct ClassThresholdsTests {
    @Test func followsAnArrayOfOptionals() {
        var plain: [Double?] = [nil, 0.3, nil, 0.9]
        var sparse = ClassThresholds(plain)
        var rng = SplitMix64(seed: 7)
        for step in 0..<400 {
            let r = Int(rng.next() % 4)
            if r == 0 || plain.isEmpty {
                let i = Int(rng.next() % UInt64(plain.count + 1))
                let v: Double? = step % 3 == 0 ? nil : Double(step) / 1000
                plain.insert(v, at: i); sparse.insert(v, at: i)
            } else if r == 1 && plain.count > 1 {
                let i = Int(rng.next() % UInt64(plain.count))
                #expect(plain.remove(at: i) == sparse.remove(at: i))
            } else {
                let i = Int(rng.next() % UInt64(plain.count))
                let v: Double? = r == 2 ? nil : Double(step) / 997
                plain[i] = v; sparse[i] = v
            }
            #expect(Array(sparse) == plain)
            #expect(sparse.hasOwn == plain.contains { $0 != nil })
        }
        #expect(sparse == ClassThresholds(plain))
    }
}
