import LogitCore
import LogitReport
import Testing

/// Text from files and pipes may hold escape sequences and bidi controls: every output that
/// quotes it (the JSON report, the quit command line, an error message) writes them escaped.
@Suite struct HostileTextTests {
    static let hostile = "a\u{1B}[2J\u{1B}]0;pwned\u{07}\u{7F}\u{9B}31m\u{202E}b\u{2028}"

    /// Escapes as Python's `json.dumps(s)` writes them (ensure_ascii=False aside): C0, DEL and C1
    /// as \u00XX; and json.loads of our text gives the string back (checked with Python 3).
    @Test func jsonEscapesEveryControl() {
        let text = JSONValue.string(Self.hostile).compact
        #expect(text == #""a\u001b[2J\u001b]0;pwned\u0007\u007f\u009b31m\u202eb\u2028""#)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.isBidiControl })
    }

    @Test func theQuitLineQuotesControlsAndBidiAsBytes() {
        #expect(shellQuoted("a\u{202E}b") == #"$'a\xe2\x80\xaeb'"#)
        #expect(shellQuoted("x\u{1B}[31my") == #"$'x\x1b[31my'"#)
        // A plain right-to-left label needs no escapes, only quotes.
        #expect(shellQuoted("שלום עולם") == "'שלום עולם'")
        #expect(shellQuoted("中文") == "'中文'")
    }

    @Test func messagesEscapeControlsAndBidi() {
        let shown = Substring(Self.hostile).escapedForMessage
        #expect(!shown.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.isBidiControl })
        #expect(shown.contains(#"\u{1B}[2J"#))
        #expect(shown.contains(#"\u{202E}"#))
    }
}
