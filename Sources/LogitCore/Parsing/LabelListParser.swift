/// Reads class names: comma-separated, blanks around each name trimmed. A name may hold spaces
/// (`"Science fiction, Drama"`), so unlike logits, spaces never separate.
public enum LabelListParser {
    public static func parse(_ text: String, expectedCount: Int? = nil) throws(InputError) -> [String] {
        let body = Substring(text).trimmingBlanks()
        if body.isEmpty { throw InputError("the label list is empty") }
        var labels: [String] = []
        for (n, piece) in body.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let name = piece.trimmingBlanks()
            if name.isEmpty {
                throw InputError("label \(n + 1) is empty (two commas in a row, or a comma at an end)")
            }
            labels.append(String(name))
        }
        if let expected = expectedCount, expected != labels.count {
            throw InputError("\(labels.count) label\(labels.count == 1 ? "" : "s") for \(expected) logit\(expected == 1 ? "" : "s"): the counts must match")
        }
        return labels
    }

}
