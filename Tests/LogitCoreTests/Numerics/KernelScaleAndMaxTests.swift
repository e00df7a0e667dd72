import Testing
@testable import LogitCore

/// The two passes that open an analysis, on every path: u = z / T (divided without a divide
/// instruction where it can be, which must give the divide's bits) and max u with its first index.
@Suite struct KernelScaleAndMaxTests {
    /// Logits of every kind: plain, masked, huge (Float's range exceeded), tiny (quotients near and
    /// below the least normal), exact multiples; 1000 of them, so every path has full blocks and a tail.
    static func logits() -> [Double] {
        var g = SplitMix64(seed: 11)
        let specials: [Double] = [-.infinity, 0, -0.0, 1e300, -1e300, 3.4e38, .leastNonzeroMagnitude,
                                  .leastNormalMagnitude / 64, 1e-40, 2.5e-45, 7, -3]
        return (0..<1000).map { i in
            i % 7 == 0 ? specials[i / 7 % specials.count] : (g.nextUnitDouble() - 0.5) * 200
        }
    }

    static let temperatures: [Double] = [1, 0.8, 0.01, 3, 1e-30, 1e30, 1e-300, 1e300]

    @Test(arguments: Kernels.supported)
    func floatDividesAsAClassAloneDoes(_ k: Kernels) {
        check(Float.self, k)
    }

    @Test(arguments: Kernels.supported)
    func doubleDividesAsAClassAloneDoes(_ k: Kernels) {
        check(Double.self, k)
    }

    #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
    @Test(arguments: Kernels.supported)
    func float16DividesAsAClassAloneDoes(_ k: Kernels) {
        check(Float16.self, k)
    }
    #endif

    #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
    /// Doubles a hair either side of the midpoint between two halves, and on it: rounding them to
    /// Float first would land on the midpoint and round it to even; Float16(z) rounds once.
    @Test(arguments: Kernels.supported)
    func float16RoundsADoubleOnce(_ k: Kernels) {
        var z: [Double] = []
        for bits in stride(from: UInt16(0x0001), to: 0x7bff, by: 97) {
            let a = Double(Float16(bitPattern: bits)), b = Double(Float16(bitPattern: bits + 1))
            let mid = (a + b) / 2
            z += [mid, mid.nextUp, mid.nextDown, mid * (1 + 0x1p-40), mid * (1 - 0x1p-40), -mid.nextUp]
        }
        check(Float16.self, k, logits: z)
    }
    #endif

    private func check<F: LogitFloat>(
        _: F.Type, _ k: Kernels, logits z: [Double] = logits(), sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for T in Self.temperatures.map({ F($0) }) where T > 0 && T.isFinite {
            var u = [F](repeating: 0, count: z.count)
            let overflowed = z.withUnsafeBufferPointer { zb in u.withUnsafeMutableBufferPointer { F.scale(zb, by: T, into: $0.baseAddress!, on: k) } }
            let alone = z.map { F($0) / T }
            let differ = z.indices.filter { !(u[$0] == alone[$0] && u[$0].sign == alone[$0].sign) && !(u[$0].isNaN && alone[$0].isNaN) }
            #expect(differ.isEmpty, "T = \(T): \(differ.prefix(3).map { (z[$0], u[$0], alone[$0]) })", sourceLocation: sourceLocation)
            #expect(overflowed == z.indices.contains { !alone[$0].isFinite && z[$0].isFinite }, "T = \(T)", sourceLocation: sourceLocation)
        }
    }

    /// The first index of the largest value: ties within a block, across blocks and in the tail,
    /// the last element alone, all −inf, one element, none.
    @Test(arguments: Kernels.supported)
    func largestAndItsFirstIndex(_ k: Kernels) {
        func check<F: LogitFloat>(_ u: [F], sourceLocation: SourceLocation = #_sourceLocation) {
            let (m, i) = u.withUnsafeBufferPointer { F.largest(in: $0, on: k) }
            let want = u.max() ?? -.infinity
            #expect(m == want, sourceLocation: sourceLocation)
            #expect(i == (u.firstIndex(of: want) ?? 0), "\(u.count) elements", sourceLocation: sourceLocation)
        }
        for n in [0, 1, 2, 31, 32, 33, 100, 1000, 1031] {
            var g = SplitMix64(seed: UInt64(n))
            var u = (0..<n).map { _ in Double(g.next() % 50) }
            check(u)
            check(u.map(Float.init))
            if n > 2 {
                u[n - 1] = 99
                u[n / 2] = 99
                check(u)
                check(u.map(Float.init))
                #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
                check(u.map(Float16.init))
                #endif
            }
            check([Double](repeating: -.infinity, count: n))
        }
    }
}
