extension String {
    /// Appends `text` with each scalar that `spelling` has a replacement for written as that
    /// replacement: the one loop behind the JSON, shell and XML escapes, each of which keeps its
    /// own table (and asks `UnsafeScalar` for what must never pass as it is).
    public mutating func appendEscaping(_ text: String, _ spelling: (Unicode.Scalar) -> String?) {
        for scalar in text.unicodeScalars {
            if let replacement = spelling(scalar) {
                self += replacement
            } else {
                unicodeScalars.append(scalar)
            }
        }
    }
}

extension String {
    /// `value` in hex, zero-padded to at least `digits`: the `00e9` of `\u00e9`, the `1b` of
    /// `\x1b`, the `202E` of `U+202E`.
    public init(hex value: some BinaryInteger, digits: Int, uppercase: Bool = false) {
        self = String(value, radix: 16, uppercase: uppercase).leftPadded(to: digits)
    }
}
