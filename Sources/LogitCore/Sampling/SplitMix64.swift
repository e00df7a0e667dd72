/// SplitMix64, the seeded generator behind every draw: a 64-bit state advanced by a constant and
/// hashed. Chosen because it is tiny, fast, passes BigCrush, and is specified to the bit by its
/// published C source (Sebastiano Vigna, `splitmix64.c`, prng.di.unimi.it; after Steele, Lea and
/// Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), so a seed shown on one
/// machine repeats the same run on any other. Seeded with 1234567 it gives 6457827717110365317,
/// 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821 (the
/// reference vector, also on Rosetta Code's "Pseudo-random numbers/Splitmix64").
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable, Hashable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform Double in [0, 1): the top 53 bits over 2⁵³, every value a multiple of 2⁻⁵³ — the
    /// conversion Vigna recommends (`(x >> 11) * 0x1.0p-53`). Spelled out rather than left to
    /// `Double.random(in:using:)`, whose method is the standard library's to change.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Parses `--seed`: a whole number from 0 to 2⁶⁴ − 1.
    public static func seed(_ text: String) throws(InputError) -> UInt64 {
        let t = Substring(text).trimmingBlanks()
        guard let s = UInt64(t) else {
            throw InputError("seed \"\(t.escapedForMessage)\" is not a whole number from 0 to \(UInt64.max)")
        }
        return s
    }
}
