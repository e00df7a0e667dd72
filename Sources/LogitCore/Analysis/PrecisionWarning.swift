/// A number the chosen precision cannot hold as the user gave it. The computation goes on with
/// what the type really holds (that is the point of the lab), and the screen says why.
///
/// A class is named by its label when the warning is shown (`text(labels:)`), not by a position:
/// a position counted from 1 disagreed with the 0-based ids and default names (`class 0`).
public struct PrecisionWarning: Sendable, Equatable {
    /// The class concerned, 0-based; nil for the temperature.
    public let index: Int?
    /// The sentence after the class's name (`= 70000 is beyond …`), or the whole sentence for the
    /// temperature.
    public let detail: String

    /// The sentence, the class named by its label: `logit of News = 70000 is beyond …`.
    public func text(labels: LabelList) -> String {
        guard let i = index else { return detail }
        return "logit of \(labels[i])\(detail)"
    }

    static func find(
        input: AnalysisInput, rounded: RoundedLogits, temperature: Double, scaled: (Int) -> Double
    ) -> [PrecisionWarning] {
        let p = input.precision
        let limit = p.greatestFiniteMagnitude
        var found: [PrecisionWarning] = []
        if temperature == 0 {
            found.append(PrecisionWarning(
                index: nil,
                detail: "temperature \(formatPlain(input.temperature)) rounds to 0 in \(p.displayName): z/T is not defined"))
        } else if temperature.isInfinite {
            found.append(PrecisionWarning(
                index: nil,
                detail: "temperature \(formatPlain(input.temperature)) is beyond \(p.displayName)'s range (±\(formatPlain(limit)))"))
        }
        for i in input.logits.indices {
            let z = input.logits[i]
            if z.isFinite && rounded[i].isInfinite {
                found.append(PrecisionWarning(
                    index: i,
                    detail: " = \(formatPlain(z)) is beyond \(p.displayName)'s range (±\(formatPlain(limit))): it becomes \(rounded[i] > 0 ? "inf" : "-inf")"))
            } else if rounded[i].isFinite && !scaled(i).isFinite && temperature != 0 {
                found.append(PrecisionWarning(
                    index: i,
                    detail: " / T = \(formatPlain(z)) / \(formatPlain(input.temperature)) overflows \(p.displayName) (±\(formatPlain(limit)))"))
            }
        }
        return found
    }
}
