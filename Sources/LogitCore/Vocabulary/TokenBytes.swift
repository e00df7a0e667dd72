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
            if let n = UTF8Sequence.length(in: b, at: i) {
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
}
