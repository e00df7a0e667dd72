import Testing
import LogitCore
@testable import LogitView

/// `DisplayText` walks printable ASCII a byte at a time and most other text a scalar at a time,
/// leaving only possible multi-scalar graphemes to the String. These tests hold the fast walk to
/// the plain one, grapheme by grapheme, on text chosen to break it.
@Suite struct DisplayTextTests {
    /// The plain walk (the one `DisplayText` had before its fast paths), as (scalars, width) per
    /// glyph; nil where it could not form the ◌ base (the fast walk must do the same there).
    static func reference(_ text: String, unicode: Bool) -> [([UInt32], Int)]? {
        var out: [([UInt32], Int)] = []
        func glyph(_ text: String) -> ([UInt32], Int)?? {
            let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isBidiControl }))
            guard let first = kept.first else { return .some(nil) }
            let w = TextWidth.width(of: first)
            if w == 0 {
                let based = "\u{25CC}" + kept
                guard based.count == 1 else { return nil }
                return (based.unicodeScalars.map(\.value), 1)
            }
            return (first.unicodeScalars.map(\.value), w)
        }
        for character in text {
            let scalars = character.unicodeScalars
            let pieces: [String] = scalars.contains(where: DisplayText.isControl)
                ? scalars.map { String(Character($0)) } : [String(character)]
            for piece in pieces {
                if let s = piece.unicodeScalars.first, piece.unicodeScalars.count == 1, DisplayText.isControl(s) {
                    // A control's picture comes from DisplayText itself: the escapes are not what
                    // is tested here (TextWidthTests checks them), the walk around them is.
                    var screen = Screen(size: Size(width: 16, height: 1))
                    screen.write(piece, x: 0, y: 0, unicode: unicode)
                    let line = screen.lines[0]
                    out += line.unicodeScalars.map { ([$0.value], 1) }
                    continue
                }
                guard let g = glyph(piece) else { return nil }
                if let g { out.append(g) }
            }
        }
        return out
    }

    static func fast(_ text: String, unicode: Bool) -> [([UInt32], Int)] {
        DisplayText.glyphs(text, unicode: unicode).map { ($0.character.unicodeScalars.map(\.value), $0.width) }
    }

    static func agree(_ text: String, unicode: Bool = true) -> Bool {
        guard let expected = reference(text, unicode: unicode) else { return true }
        let got = fast(text, unicode: unicode)
        return got.count == expected.count && zip(got, expected).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            && DisplayText.width(text, unicode: unicode) == expected.reduce(0) { $0 + $1.1 }
    }

    /// Text that sits on every branch: ASCII next to marks, controls inside graphemes, bidi
    /// controls, CR LF, wide characters, emoji sequences, flags, Hangul jamo, Prepend scalars.
    static let hostile = [
        "", "News", "a\u{301}", "\u{301}x", "e\u{323}\u{302}", "ab\u{1B}[31mc", "\r\n", "a\r\nb", "\t\u{7F}\u{9B}",
        "\u{202E}abc\u{202C}", "x\u{200F}\u{301}", "中文字", "ab中", "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷🇩🇪", "☺\u{FE0F}",
        "\u{1100}\u{1161}\u{11A8}", "\u{0600}1", "\u{0600}\u{0661}", "a\u{0600}", "x\u{2028}y", "─█▏▸★◎✓", "σ(z/T)",
        "p = e^(z/T) / Σ e^(z/T)", "↑ 3 more", "e\u{301}\u{1B}", "\u{1B}\u{301}", "ｱＡ、", "a\u{200D}b", "\u{AD}",
    ]

    @Test func theFastWalkAgreesWithThePlainOneOnHostileText() {
        for text in Self.hostile {
            #expect(Self.agree(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Self.agree(text, unicode: false), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Every scalar up to U+3000 and a sample beyond, alone, between ASCII letters and before a
    /// combining mark.
    @Test func theFastWalkAgreesOnEveryScalarInContext() {
        let values = Array(UInt32(0)..<0x3000) + Array(stride(from: UInt32(0x3000), to: 0x20000, by: 97))
        var disagreements: [String] = []
        for v in values {
            guard let s = Unicode.Scalar(v) else { continue }
            let c = String(Character(s))
            for text in [c, "a" + c + "b", c + "\u{301}", "\u{301}" + c, c + c] where !Self.agree(text) {
                disagreements.append(String(v, radix: 16))
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    /// Random strings of pieces that join or split graphemes.
    @Test func theFastWalkAgreesOnRandomMixtures() {
        let pieces = ["a", "Z", " ", "\u{301}", "\u{308}", "\u{200D}", "\u{FE0F}", "\u{1B}", "\r", "\n", "\u{202E}", "中",
                      "😀", "\u{1F3FD}", "\u{1F1EB}", "\u{1F1F7}", "\u{1100}", "\u{1161}", "\u{0600}", "─", "█", "σ", "é", "\u{9B}", "©", "★", "\u{2028}"]
        var g = SplitMix64(seed: 7)
        for _ in 0..<3000 {
            let n = Int(g.next() % 9)
            let text = (0..<n).map { _ in pieces[Int(g.next() % UInt64(pieces.count))] }.joined()
            #expect(Self.agree(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A Substring walks its own bytes (offsets from its start, not its base's).
    @Test func aSubstringWalksLikeTheStringItShows() {
        for text in Self.hostile + ["中a\u{301}😀b", "x🇫🇷y"] where !text.isEmpty {
            let tail = text.dropFirst()
            #expect(DisplayText.glyphs(tail) == DisplayText.glyphs(String(tail)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// `Screen.write` cuts text in one walk; the cut is the one measuring first gives: everything
    /// when the width fits, else the glyphs that fit in one cell less, blanks up to it, and `…`.
    @Test func writeCutsTextAsMeasuringFirstWould() {
        for text in Self.hostile + ["中文字中文字", "a中b中c", "😀😀😀x"] {
            let glyphs = DisplayText.glyphs(text)
            let width = glyphs.reduce(0) { $0 + $1.width }
            for limit in 0...12 {
                var expected: [Character] = []
                if width <= limit {
                    for g in glyphs { expected += [g.character] + Array(repeating: " ", count: g.width - 1) }
                } else if limit > 0 {
                    var used = 0
                    for g in glyphs {
                        guard used + g.width <= limit - 1 else { break }
                        expected += [g.character] + Array(repeating: " ", count: g.width - 1)
                        used += g.width
                    }
                    expected += Array(repeating: " ", count: limit - 1 - used) + ["…"]
                }
                var screen = Screen(size: Size(width: 20, height: 1))
                let written = screen.write(text, x: 2, y: 0, maxWidth: limit)
                let got = (0..<written).map { screen[2 + $0, 0].character }
                #expect(written == min(width, limit) && got == expected, "\(text.debugDescription) in \(limit)")
            }
        }
    }

    /// Plain scalars are what `PlainScalars` says: one cell by their properties, never joined to
    /// the grapheme before them nor holding on to the next, no control of either kind.
    @Test func plainScalarsArePlain() {
        for v in UInt32(0)...0x10FFFF where PlainScalars.contains(v) {
            let s = Unicode.Scalar(v)!
            let c = String(s)
            #expect(TextWidth.propertyWidth(of: s) == 1, "\(String(v, radix: 16))")
            #expect(!s.properties.isBidiControl && !DisplayText.isControl(s), "\(String(v, radix: 16))")
            #expect(("a" + c).count == 2 && ("─" + c).count == 2 && (c + "a").count == 2, "\(String(v, radix: 16))")
        }
    }
}
