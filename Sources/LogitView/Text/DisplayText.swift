import LogitCore

/// Text made safe for a cell grid. Labels come from files and pipes, so a label may hold ESC, a
/// tab or a bidi override: drawn raw, those would move the cursor or recolour the terminal. Here
/// every control character and line separator becomes a visible picture (ESC → ␛, as the Unicode
/// Control Pictures block intends), bidi controls and invisible scalars are dropped (the kinds are
/// `UnsafeScalar`'s, the one definition every output shares), and a lone combining mark gets a
/// dotted circle to sit on (◌́), so every glyph has a known, positive width. Any other zero-width
/// scalar that cannot sit on the circle is dropped too.
public enum DisplayText {
    /// One grapheme as it will be drawn, with the cells it takes (1 or 2).
    public struct Glyph: Equatable, Sendable {
        /// Nearly every glyph on screen is one scalar (ASCII, box drawing, blocks, marks); kept as
        /// a scalar it reaches a screen cell without a `Character` being built (see `PackedCell`).
        enum Content: Sendable {
            case scalar(Unicode.Scalar)
            case cluster(Character)
        }

        let content: Content
        public let width: Int

        init(_ content: Content, width: Int) {
            self.content = content
            self.width = width
        }

        public var character: Character {
            switch content {
            case .scalar(let s): Character(s)
            case .cluster(let c): c
            }
        }

        public static func == (a: Glyph, b: Glyph) -> Bool {
            a.width == b.width && a.character == b.character
        }
    }

    /// The glyphs of `text`. With `unicode` false the escapes are ASCII (`\e`, `\t`, `\x9B`).
    public static func glyphs<S: StringProtocol>(_ text: S, unicode: Bool = true) -> [Glyph] {
        var out: [Glyph] = []
        forEachGlyph(text, unicode: unicode) { out.append($0); return true }
        return out
    }

    /// The cells `text` takes once made safe.
    public static func width<S: StringProtocol>(_ text: S, unicode: Bool = true) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        var total = 0
        forEachGlyph(text, unicode: unicode) { total += $0.width; return true }
        return total
    }

    /// Printable ASCII, the common case: one glyph of one cell a byte, nothing to escape or join
    /// (a byte below 0x7F never extends the grapheme before it). Measuring 128k labels and
    /// drawing a frame's worth of text stay cheap.
    static func isPrintableASCII<S: StringProtocol>(_ text: S) -> Bool {
        // Over the bytes in place when the String has them contiguous (it nearly always does).
        // 0x20…0x7E is where byte − 0x20 (wrapping) stays below 0x5F: one max over the bytes, which
        // the compiler vectorizes.
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var highest: UInt8 = 0
            for byte in bytes { highest = max(highest, byte &- 0x20) }
            return highest < 0x5F
        } ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Calls `body` with each glyph of `text` in order until it returns false: the one walk that
    /// `glyphs`, `width` and `Screen.write` share, so that none of them builds an array it does
    /// not need.
    static func forEachGlyph<S: StringProtocol>(_ text: S, unicode: Bool, _ body: (Glyph) -> Bool) {
        if isPrintableASCII(text) {
            for byte in text.utf8 where !body(Glyph(.scalar(Unicode.Scalar(byte)), width: 1)) { return }
            return
        }
        forEachGlyphOfNonASCII(text, unicode: unicode, body)
    }

    /// `forEachGlyph` for text already known not to be printable ASCII (`Screen.write` asks first).
    static func forEachGlyphOfNonASCII<S: StringProtocol>(_ text: S, unicode: Bool, _ body: (Glyph) -> Bool) {
        let walked: Void? = text.utf8.withContiguousStorageIfAvailable { walk(text, $0, unicode: unicode, body) }
        guard walked == nil else { return }
        var copy = String(text)
        copy.makeContiguousUTF8()
        _ = copy.utf8.withContiguousStorageIfAvailable { walk(copy, $0, unicode: unicode, body) }
    }

    /// Scalar by scalar over the UTF-8 while each is a grapheme of its own (the text is mostly
    /// ASCII, rules and symbols): no String index is made or checked. A grapheme that may hold
    /// more than one scalar is found by the String.
    private static func walk<S: StringProtocol>(
        _ text: S, _ bytes: UnsafeBufferPointer<UInt8>, unicode: Bool, _ body: (Glyph) -> Bool
    ) {
        var i = 0
        while i < bytes.count {
            let start = i
            let s = decode(bytes, at: &i)
            var peek = i
            if i == bytes.count || standsAlone(s, before: decode(bytes, at: &peek)) {
                if !scalar(s, unicode: unicode, body) { return }
                continue
            }
            let utf8 = text.utf8
            let rest = text[utf8.index(utf8.startIndex, offsetBy: start)...]
            let character = rest.first!
            i = utf8.distance(from: utf8.startIndex, to: rest.index(after: rest.startIndex))
            let inside = character.unicodeScalars
            if inside.count == 1 {
                // One scalar, control or not: what the loop below does for it, without a String.
                if !scalar(inside.first!, unicode: unicode, body) { return }
            } else if inside.contains(where: isControl) {
                for s in inside where !scalar(s, unicode: unicode, body) { return }
            } else if let g = cluster(character), !body(g) {
                return
            }
        }
    }

    /// The scalar whose UTF-8 starts at `i`, and `i` moved past it. The bytes are a String's, so
    /// they are valid UTF-8.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Unicode.Scalar {
        let b0 = bytes[i]
        if b0 < 0x80 {
            i += 1
            return Unicode.Scalar(b0)
        }
        let length = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        var v = UInt32(b0) & (0x7F >> length)
        for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        i += length
        return Unicode.Scalar(v).unsafelyUnwrapped
    }

    /// Whether a grapheme boundary surely follows `s` when `next` comes after it. Nothing below
    /// U+0300 extends a grapheme (marks, joiners and selectors lie above), nor does a plain
    /// scalar, so only a Prepend `s` (Arabic number signs and the like, from U+0600 but none in
    /// U+2000–U+FFFF) or a CR before LF could hold on to it; the rest goes to the String's
    /// grapheme breaking. (A joiner that starts a grapheme joins nothing: an emoji before it
    /// would have taken it.)
    private static func standsAlone(_ s: Unicode.Scalar, before next: Unicode.Scalar) -> Bool {
        guard (next.value < 0x300 && next.value != 0x0A) || PlainScalars.contains(next.value) else { return false }
        return s.value < 0x600 || (s.value >= 0x2000 && s.value <= 0xFFFF)
    }

    /// One scalar on its own: escaped if a control, dropped if a bidi control or invisible, on a
    /// dotted circle if it has no width.
    private static func scalar(_ s: Unicode.Scalar, unicode: Bool, _ body: (Glyph) -> Bool) -> Bool {
        if PlainScalars.contains(s.value) { return body(Glyph(.scalar(s), width: 1)) }
        switch UnsafeScalar.kind(of: s) {
        case .control, .lineSeparator:
            for c in escape(s, unicode: unicode) where !body(Glyph(.scalar(c), width: 1)) { return false }
            return true
        case .bidiControl, .invisible:
            return true
        case nil:
            break
        }
        let w = TextWidth.width(of: s)
        if w == 0 {
            guard let based = onDottedCircle(String(s)) else { return true }
            return body(based)
        }
        return body(Glyph(.scalar(s), width: w))
    }

    /// A grapheme of several scalars, none a control.
    private static func cluster(_ character: Character) -> Glyph? {
        let scalars = character.unicodeScalars
        let kept = scalars.contains(where: isBidiControl)
            ? String(String.UnicodeScalarView(scalars.filter { !isBidiControl($0) }))
            : String(character)
        guard let first = kept.first else { return nil }
        let w = TextWidth.width(of: first)
        if w == 0 { return onDottedCircle(kept) }
        return Glyph(.cluster(first), width: w)
    }

    /// Zero-width text on a dotted circle: a mark with nothing to combine with would land on the
    /// neighbouring cell. Nil when the circle and the text do not make one grapheme (a zero-width
    /// space or a word joiner never joins anything): there is nothing to show, and forming a
    /// `Character` from two graphemes would trap.
    private static func onDottedCircle(_ text: String) -> Glyph? {
        let based = "\u{25CC}" + text
        var graphemes = based.makeIterator()
        guard let character = graphemes.next(), graphemes.next() == nil else { return nil }
        return Glyph(.cluster(character), width: 1)
    }

    /// What is drawn as a picture: C0 and C1 controls, DEL, and the line and paragraph separators.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch UnsafeScalar.kind(of: s) {
        case .control, .lineSeparator: true
        case .bidiControl, .invisible, nil: false
        }
    }

    private static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        UnsafeScalar.kind(of: s) == .bidiControl
    }

    private static func escape(_ s: Unicode.Scalar, unicode: Bool) -> [Unicode.Scalar] {
        let v = s.value
        if unicode {
            if v < 0x20 { return [Unicode.Scalar(0x2400 + v)!] }  // ␀ … ␛ … ␟
            if v == 0x7F { return ["\u{2421}"] }                  // ␡
            if v == 0x2028 || v == 0x2029 { return ["\u{2424}"] } // ␤
        } else {
            switch v {
            case 0x1B: return ["\\", "e"]
            case 0x09: return ["\\", "t"]
            case 0x0A: return ["\\", "n"]
            case 0x0D: return ["\\", "r"]
            default: break
            }
        }
        let digits = v > 0xFF ? "u{" + String(hex: v, digits: 1, uppercase: true) + "}" : "x" + String(hex: v, digits: 2, uppercase: true)
        return Array(("\\" + digits).unicodeScalars)
    }
}
