/// Shared rules for refusals: a message a person reads on a terminal must say something and must
/// never carry a control character (an escape sequence in a pasted value would drive the terminal).
enum MessageChecks {
    static func problems(_ message: String, context: String) -> [String] {
        var found: [String] = []
        if message.isEmpty { found.append("\(context): empty refusal message") }
        if let bad = message.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            found.append("\(context): refusal message holds control character U+\(String(bad.value, radix: 16, uppercase: true)): \(message.debugDescription)")
        }
        return found
    }

    /// The 1-based position a message names after `noun ` (`logit 3 is …`), if it starts so.
    static func position(in message: String, after noun: String) -> Int? {
        guard message.hasPrefix(noun + " ") else { return nil }
        return Int(message.dropFirst(noun.count + 1).prefix(while: \.isNumber))
    }
}

extension Double {
    /// What a logit may be once accepted: a finite number or -inf (a masked class).
    var isAcceptableLogit: Bool { isFinite || self == -.infinity }
}
