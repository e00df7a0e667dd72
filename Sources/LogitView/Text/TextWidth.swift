/// How many terminal cells a grapheme takes, without `wcwidth` (which Swift cannot import and
/// which depends on the C locale): 2 for East Asian Wide and Fullwidth characters and emoji
/// presentation, 0 for combining marks, joiners and variation selectors, 1 otherwise. It follows
/// Unicode's EastAsianWidth.txt (W and F) as terminals built on it (xterm, VTE, kitty) do.
public enum TextWidth {
    /// The cells `character` takes. Control characters are never drawn raw (see `DisplayText`);
    /// they count here as the one cell their escaped picture takes.
    public static func width(of character: Character) -> Int {
        var width = 0
        var sawBase = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F, sawBase, width == 1 {
                // VS16 asks for emoji presentation of the base (☺︎ vs ☺️): two cells.
                if isEmojiBase(scalar: character.unicodeScalars.first!) { width = 2 }
                continue
            }
            let w = Self.width(of: scalar)
            if !sawBase && w > 0 {
                width = w
                sawBase = true
            }
        }
        return width
    }

    /// The cells `text` takes, grapheme by grapheme.
    public static func width<S: StringProtocol>(of text: S) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// The cells one scalar takes on its own.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 1 }  // escaped as one picture cell
        if v < 0x300 { return 1 }  // fast path: Latin, with no marks below U+0300
        if PlainScalars.contains(v) { return 1 }
        return propertyWidth(of: scalar)
    }

    /// The width from the scalar's Unicode properties, which cost a table lookup each.
    static func propertyWidth(of scalar: Unicode.Scalar) -> Int {
        if isZeroWidth(scalar) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(scalar.value) ? 2 : 1
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true  // combining accents and variation selectors (FE00–FE0F, E0100–E01EF)
        case .format:
            return scalar.value != 0xAD  // ZWJ, ZWNJ, word joiner, BOM; the soft hyphen shows
        default:
            // Hangul Jamo medial vowels and final consonants join the syllable before them.
            return (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
        }
    }

    private static func isEmojiBase(scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmoji && scalar.value >= 0x80
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, from EastAsianWidth.txt (Unicode 15).
    static func isWide(_ v: UInt32) -> Bool {
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA,
        0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E,    // CJK radicals, Kangxi, CJK symbols and punctuation, ideographic space
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
        0x3400...0x4DBF,    // CJK Extension A
        0x4E00...0x9FFF,    // CJK Unified Ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo Extended-A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth ASCII
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, Kana supplements
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
        0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD,  // CJK Extensions B–F
        0x30000...0x3FFFD,  // CJK Extension G and beyond
    ]
}
