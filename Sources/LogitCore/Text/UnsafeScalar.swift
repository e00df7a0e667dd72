/// The one definition of a character that must not reach a terminal, a shell or a file name as it
/// is. Labels, queries and paths come from files, pipes and the keyboard, so any of them may hold
/// an escape sequence (drives the terminal), a bidi override (reorders what is shown, so what is
/// seen is not what is pasted or saved), or a scalar that shows nothing at all.
///
/// Every consumer asks here and picks the kinds it needs:
/// - the JSON report (`JSONValue.writeString`), shell quoting (`shellQuoted`) and error messages
///   (`escapedForMessage`) escape `isEscaped`: controls, line separators and bidi controls;
/// - the view (`DisplayText`) draws controls and line separators as pictures (␛, ␤) and drops
///   bidi controls and invisible scalars;
/// - a session's save path refuses every kind (`refusedInFileName`);
/// - typing into an edit field drops controls (`Kind.control`).
///
/// Lone surrogates need no rule: a Swift `String` cannot hold one.
public enum UnsafeScalar {
    public enum Kind: Equatable, Sendable, CaseIterable {
        /// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F): Unicode's general category Cc.
        /// ESC starts a terminal sequence; U+009B is a CSI to some terminals.
        case control
        /// U+2028 and U+2029: a line break to some readers (JavaScript, some terminals), nothing
        /// to others.
        case lineSeparator
        /// Unicode's Bidi_Control: ALM U+061C, LRM and RLM U+200E/F, the embeddings and
        /// overrides U+202A–U+202E, the isolates U+2066–U+2069.
        case bidiControl
        /// Scalars that show nothing and join nothing: the zero-width space U+200B, the word
        /// joiner and invisible operators U+2060–U+2064, the deprecated format controls
        /// U+206A–U+206F, the BOM U+FEFF, the Mongolian vowel separator U+180E and the
        /// interlinear annotation marks U+FFF9–U+FFFB. Not the joiners U+200C/D, which shape
        /// the letters or emoji beside them, nor the soft hyphen, which shows.
        case invisible

        /// How a message names one: "a bidi control".
        public var described: String {
            switch self {
            case .control: "a control character"
            case .lineSeparator: "a line separator"
            case .bidiControl: "a bidi control"
            case .invisible: "an invisible character"
            }
        }
    }

    /// `U+202E`: how a message names a scalar it must not show.
    public static func codePoint(_ s: Unicode.Scalar) -> String {
        "U+" + String(hex: s.value, digits: 4, uppercase: true)
    }

    /// What kind of unsafe scalar `s` is, or nil for one that is safe to show as it is. A few
    /// compares, no Unicode property lookup: the view asks this for every non-ASCII scalar drawn.
    @inlinable
    public static func kind(of s: Unicode.Scalar) -> Kind? {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return .control }
        if v < 0x61C { return nil }
        switch v {
        case 0x61C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidiControl
        case 0x2028, 0x2029: return .lineSeparator
        case 0x180E, 0x200B, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB: return .invisible
        default: return nil
        }
    }

    /// What text written out (JSON, a shell word, a message) shows as an escape: everything
    /// that could drive or reorder the terminal it is printed on. Invisible scalars pass: they
    /// cannot, and a label may need them.
    @inlinable
    public static func isEscaped(_ s: Unicode.Scalar) -> Bool {
        switch kind(of: s) {
        case .control, .lineSeparator, .bidiControl: true
        case .invisible, nil: false
        }
    }

    /// What a file name the user types may not hold: any unsafe kind, invisible included, since
    /// a name that looks like another is as bad as one that reorders itself.
    @inlinable
    public static func refusedInFileName(_ s: Unicode.Scalar) -> Bool {
        kind(of: s) != nil
    }
}
