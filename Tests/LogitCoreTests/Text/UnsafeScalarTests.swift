import LogitCore
import Testing

/// `UnsafeScalar` decides by ranges, with no property lookup; every scalar of Unicode is checked
/// here against the properties the ranges stand for (Swift's Unicode data).
@Suite struct UnsafeScalarTests {
    @Test func theRangesAreUnicodesProperties() {
        var counts: [UnsafeScalar.Kind: Int] = [:]
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            let kind = UnsafeScalar.kind(of: s)
            if let kind { counts[kind, default: 0] += 1 }
            let hex = UnsafeScalar.codePoint(s)
            #expect((kind == .control) == (p.generalCategory == .control), "\(hex)")
            #expect((kind == .bidiControl) == p.isBidiControl, "\(hex)")
            #expect((kind == .lineSeparator) == (p.generalCategory == .lineSeparator || p.generalCategory == .paragraphSeparator), "\(hex)")
            if kind == .invisible {
                #expect(p.generalCategory == .format && !p.isBidiControl, "\(hex)")
            }
        }
        // 65 controls (C0, DEL, C1), 2 separators, 12 bidi controls (UAX #9), 17 invisible.
        #expect(counts == [.control: 65, .lineSeparator: 2, .bidiControl: 12, .invisible: 17])
    }

    @Test func escapedInOutputIsEveryKindButInvisible() {
        #expect(UnsafeScalar.isEscaped("\u{1B}") && UnsafeScalar.isEscaped("\u{2029}") && UnsafeScalar.isEscaped("\u{2069}"))
        #expect(!UnsafeScalar.isEscaped("\u{200B}") && !UnsafeScalar.isEscaped("a") && !UnsafeScalar.isEscaped("\u{A0}"))
        #expect(UnsafeScalar.refusedInFileName("\u{200B}") && !UnsafeScalar.refusedInFileName("\u{200D}"))
    }

    @Test func codePointsAreWrittenAsUnicodeDoes() {
        #expect(UnsafeScalar.codePoint("\u{9}") == "U+0009")
        #expect(UnsafeScalar.codePoint("\u{202E}") == "U+202E")
        #expect(UnsafeScalar.codePoint("\u{E0001}") == "U+E0001")
    }
}
