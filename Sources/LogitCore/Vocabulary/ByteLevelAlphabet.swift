/// GPT-2's byte-to-unicode table, which byte-level BPE (GPT-2, RoBERTa, Llama 3, Qwen) uses to
/// spell every byte as a printable character: the printable Latin-1 bytes stand for themselves
/// (`!`…`~`, `¡`…`¬`, `®`…`ÿ`) and the other 68 bytes, in order, take U+0100 onward, so a space
/// (0x20) is `Ġ` (U+0120) and a newline (0x0A) is `Ċ` (U+010A). Decoding maps each character back
/// to its byte; a character outside the table means the token is not byte-level.
public enum ByteLevelAlphabet {
    /// The byte each character stands for, indexed by scalar value (0 ..< 0x144).
    static let byteOfScalar: [Int16] = {
        var table = [Int16](repeating: -1, count: 0x144)
        var extra: UInt32 = 0
        for b in 0..<256 {
            let printable = (0x21...0x7E).contains(b) || (0xA1...0xAC).contains(b) || (0xAE...0xFF).contains(b)
            let scalar = printable ? UInt32(b) : 0x100 + extra
            if !printable { extra += 1 }
            table[Int(scalar)] = Int16(b)
        }
        return table
    }()

    /// The bytes a byte-level token spells, or nil when a character is not in the table.
    public static func bytes(of token: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(token.utf8.count)
        for s in token.unicodeScalars {
            let v = Int(s.value)
            guard v < byteOfScalar.count, byteOfScalar[v] >= 0 else { return nil }
            out.append(UInt8(byteOfScalar[v]))
        }
        return out
    }
}
