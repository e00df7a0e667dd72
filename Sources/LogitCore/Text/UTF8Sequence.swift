/// Well-formed UTF-8, byte by byte: what the JSON scanner accepts in a string and what a
/// vocabulary's token bytes may show as text (the rest shown as `<0xNN>`).
enum UTF8Sequence {
    /// The length of the well-formed UTF-8 sequence at `i`, or nil: Unicode's table 3-7 (RFC 3629),
    /// so no overlong form, no encoded surrogate, nothing past U+10FFFF, no sequence cut short.
    static func length(in bytes: [UInt8], at i: Int) -> Int? {
        func continues(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + k < bytes.count && range.contains(bytes[i + k])
        }
        switch bytes[i] {
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
