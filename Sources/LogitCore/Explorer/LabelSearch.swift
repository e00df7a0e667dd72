/// `/` in the explorer: finds labels containing a text, ignoring ASCII case (a tokenizer's
/// vocabulary is mostly ASCII pieces; other letters match as written).
///
/// Compares UTF-8 bytes rather than `String`s: searching 128k labels is a few milliseconds this
/// way, against a Unicode-aware `lowercased().contains` per label that takes far longer.
public struct LabelSearch: Equatable, Sendable {
    public let query: String
    private let needle: [UInt8]

    public init(_ query: String) {
        self.query = query
        needle = query.utf8.map(Self.folded)
    }

    /// True when the label contains the query (an empty query matches nothing).
    public func matches(_ label: String) -> Bool {
        guard !needle.isEmpty else { return false }
        var label = label
        return label.withUTF8 { bytes in
            let n = needle.count
            guard bytes.count >= n else { return false }
            let first = needle[0]
            var i = 0
            while i + n <= bytes.count {
                if Self.folded(bytes[i]) == first {
                    var k = 1
                    while k < n && Self.folded(bytes[i + k]) == needle[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        }
    }

    @inline(__always)
    static func folded(_ b: UInt8) -> UInt8 {
        b >= 0x41 && b <= 0x5A ? b + 0x20 : b
    }
}
