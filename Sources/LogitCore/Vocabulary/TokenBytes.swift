/// Bytes of a token as text: UTF-8 where the bytes are UTF-8, and `<0xNN>` for each byte that is
/// not part of a whole sequence. A byte-level token often holds part of a character (the first
/// two bytes of `€`, say); shown as `<0xE2><0x82>` it says what it is, where a decoder's U+FFFD
/// would not. API logprobs' `bytes` arrays and byte-level vocabularies both come through here.
public enum TokenBytes {
    public static func text(_ bytes: some Collection<UInt8>) -> String {
        let b = Array(bytes)
        var out = ""
        var i = 0
        while i < b.count {
            if let n = sequenceLength(b, at: i) {
                out += String(decoding: b[i..<(i + n)], as: UTF8.self)
                i += n
            } else {
                out += hex(b[i])
                i += 1
            }
        }
        return out
    }

    /// `<0xE2>`: the spelling SentencePiece's byte-fallback tokens use.
    public static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "<0x" + (digits.count == 1 ? "0" : "") + digits + ">"
    }

    /// The byte of a `<0xNN>` token, or nil.
    public static func byteFallback(_ token: Substring) -> UInt8? {
        let u = Array(token.utf8)
        guard u.count == 6, u[0] == UInt8(ascii: "<"), u[1] == UInt8(ascii: "0"), u[2] == UInt8(ascii: "x"),
              u[5] == UInt8(ascii: ">") else { return nil }
        return UInt8(String(decoding: u[3...4], as: UTF8.self), radix: 16)
    }

    /// The length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no
    /// surrogates, nothing past U+10FFFF), or nil.
    static func sequenceLength(_ b: [UInt8], at i: Int) -> Int? {
        let c = b[i]
        func continues(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + k < b.count && range.contains(b[i + k])
        }
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continues(1) ? 2 : nil
        case 0xE0: return continues(1, 0xA0...0xBF) && continues(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return continues(1) && continues(2) ? 3 : nil
        case 0xED: return continues(1, 0x80...0x9F) && continues(2) ? 3 : nil
        case 0xF0: return continues(1, 0x90...0xBF) && continues(2) && continues(3) ? 4 : nil
        case 0xF1...0xF3: return continues(1) && continues(2) && continues(3) ? 4 : nil
        case 0xF4: return continues(1, 0x80...0x8F) && continues(2) && continues(3) ? 4 : nil
        default: return nil
        }
    }
}
