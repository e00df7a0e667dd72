/// Reads one number as a person types or pastes it: `2`, `-0.5`, `1e3`, `+.5`, `−2.5` (the Unicode
/// minus sign of documents), `-inf` / `-∞` / `-Infinity`, `nan`. Returns nil when the text is not a
/// number at all; whether a non-finite value is allowed is the caller's rule, not this one's.
public enum NumberParser {
    public static func parse(_ text: Substring) -> Double? {
        var s = String(text)
        // U+2212 MINUS SIGN, U+2013 EN DASH and U+FE63/U+FF0D (small/fullwidth hyphen-minus) as pasted.
        // All are non-ASCII, so ASCII text (every number in a file) skips the searches, which cost
        // ~10 µs per item: 1.3 s for a 128k-entry file.
        if !s.utf8.allSatisfy({ $0 < 0x80 }) {
            for dash in ["\u{2212}", "\u{2013}", "\u{FE63}", "\u{FF0D}"] {
                s = s.replacingAll(dash, with: "-")
            }
            s = s.replacingAll("\u{FF0B}", with: "+")
        }
        var sign = 1.0
        var body = Substring(s)
        if let first = body.first, first == "-" || first == "+" {
            if first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        switch body.lowercased() {
        case "inf", "infinity", "∞": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        // Double(String) accepts hex floats and "infinity"/"nan" spellings with signs in odd places;
        // a logit is a decimal number, so only those characters pass.
        guard !body.isEmpty,
              body.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x2B || $0 == 0x2D }),  // 0-9 . e E + -
              body.first != "e", body.first != "E",
              let value = Double(String(body))
        else { return nil }
        return sign * value
    }
}

extension String {
    /// Every occurrence of `target` replaced; a small stand-in for Foundation's method so the core needs no Foundation.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
