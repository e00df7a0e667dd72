/// The letters and symbols the screens draw with besides ASCII (Greek σ τ Σ, dashes and …,
/// subscripts ₁ ₂, arrows, ≤ ⇔ −, box drawing, blocks ▏…█, ▸ ◎ ★, ✓ ✗), as blocks in which every
/// scalar is a plain glyph: one cell wide, never part of the grapheme before it (not a mark, a
/// joiner or a prepended sign), neither a control nor a bidi control. Text of these and ASCII is
/// drawn without grapheme breaking or Unicode property lookups; a test checks every scalar here
/// against those properties.
enum PlainScalars {
    /// A switch over constant ranges: no table to load or bounds to check, a few compares.
    static func contains(_ v: UInt32) -> Bool {
        switch v {
        case 0x0370...0x0482,  // Greek and Coptic, Cyrillic up to its combining marks
             0x2010...0x2027,  // dashes, quotes, bullets, the ellipsis
             0x2070...0x20CF,  // super- and subscripts, currency signs
             0x20F1...0x2319,  // letterlike symbols, number forms, arrows, mathematical operators
             0x23F4...0x25FC,  // control pictures (␛), box drawing, block elements, geometric shapes
             0x25FF...0x2613,  // miscellaneous symbols up to the first wide one (★ ☆)
             0x270C...0x2727:  // dingbats between the wide ones (✓ ✗)
            true
        default:
            false
        }
    }
}
