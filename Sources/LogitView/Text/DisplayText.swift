/// Text made safe for a cell grid. Labels come from files and pipes, so a label may hold ESC, a
/// tab or a bidi override: drawn raw, those would move the cursor or recolour the terminal. Here
/// every control character becomes a visible picture (ESC → ␛, as the Unicode Control Pictures
/// block intends), bidi controls are dropped, and a lone combining mark gets a dotted circle to sit
/// on (◌́), so every glyph has a known, positive width.
public enum DisplayText {
    /// One grapheme as it will be drawn, with the cells it takes (1 or 2).
    public struct Glyph: Equatable, Sendable {
        public let character: Character
        public let width: Int
    }

    /// The glyphs of `text`. With `unicode` false the escapes are ASCII (`\e`, `\t`, `\x9B`).
    public static func glyphs<S: StringProtocol>(_ text: S, unicode: Bool = true) -> [Glyph] {
        var out: [Glyph] = []
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.contains(where: isControl) {
                for scalar in scalars {
                    if isControl(scalar) {
                        out.append(contentsOf: escape(scalar, unicode: unicode).map { Glyph(character: $0, width: 1) })
                    } else if let g = glyph(String(Character(scalar))) {
                        out.append(g)
                    }
                }
            } else if let g = glyph(String(character)) {
                out.append(g)
            }
        }
        return out
    }

    /// The cells `text` takes once made safe.
    public static func width<S: StringProtocol>(_ text: S, unicode: Bool = true) -> Int {
        // Printable ASCII, the common case, one cell a byte: measuring 128k labels stays cheap.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return glyphs(text, unicode: unicode).reduce(0) { $0 + $1.width }
    }

    private static func glyph(_ text: String) -> Glyph? {
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isBidiControl }))
        guard let first = kept.first else { return nil }
        let w = TextWidth.width(of: first)
        if w == 0 {
            // A mark with nothing to combine with would land on the neighbouring cell.
            let based = Character("\u{25CC}" + kept)
            return Glyph(character: based, width: 1)
        }
        return Glyph(character: first, width: w)
    }

    /// C0 and C1 controls, DEL, and the line and paragraph separators.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029
    }

    private static func escape(_ s: Unicode.Scalar, unicode: Bool) -> [Character] {
        let v = s.value
        if unicode {
            if v < 0x20 { return [Character(Unicode.Scalar(0x2400 + v)!)] }  // ␀ … ␛ … ␟
            if v == 0x7F { return ["\u{2421}"] }                              // ␡
            if v == 0x2028 || v == 0x2029 { return ["\u{2424}"] }             // ␤
        } else {
            switch v {
            case 0x1B: return ["\\", "e"]
            case 0x09: return ["\\", "t"]
            case 0x0A: return ["\\", "n"]
            case 0x0D: return ["\\", "r"]
            default: break
            }
        }
        let hex = String(v, radix: 16, uppercase: true)
        let digits = v > 0xFF ? "u{" + hex + "}" : "x" + String(repeating: "0", count: 2 - hex.count) + hex
        return Array("\\" + digits)
    }
}
