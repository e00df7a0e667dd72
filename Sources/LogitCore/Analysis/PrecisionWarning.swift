/// A number the chosen precision cannot hold as the user gave it. The computation goes on with
/// what the type really holds (that is the point of the lab), and the screen says why.
public struct PrecisionWarning: Sendable, Equatable, CustomStringConvertible {
    /// The class concerned, 0-based; nil for the temperature.
    public let index: Int?
    public let description: String

    static func find(
        input: AnalysisInput, rounded: RoundedLogits, temperature: Double, scaled: (Int) -> Double
    ) -> [PrecisionWarning] {
        let p = input.precision
        let limit = p.greatestFiniteMagnitude
        var found: [PrecisionWarning] = []
        if temperature == 0 {
            found.append(PrecisionWarning(
                index: nil,
                description: "temperature \(formatPlain(input.temperature)) rounds to 0 in \(p.displayName): z/T is not defined"))
        } else if temperature.isInfinite {
            found.append(PrecisionWarning(
                index: nil,
                description: "temperature \(formatPlain(input.temperature)) is beyond \(p.displayName)'s range (±\(formatPlain(limit)))"))
        }
        for i in input.logits.indices {
            let z = input.logits[i]
            if z.isFinite && rounded[i].isInfinite {
                found.append(PrecisionWarning(
                    index: i,
                    description: "logit \(i + 1) = \(formatPlain(z)) is beyond \(p.displayName)'s range (±\(formatPlain(limit))): it becomes \(rounded[i] > 0 ? "inf" : "-inf")"))
            } else if rounded[i].isFinite && !scaled(i).isFinite && temperature != 0 {
                found.append(PrecisionWarning(
                    index: i,
                    description: "logit \(i + 1) / T = \(formatPlain(z)) / \(formatPlain(input.temperature)) overflows \(p.displayName) (±\(formatPlain(limit)))"))
            }
        }
        return found
    }
}
