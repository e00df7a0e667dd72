import LogitCore

/// One word for a POSIX shell: as is when every character is plainly safe; else in single quotes,
/// where nothing is special but the quote itself (written `'\''`); and, for a word holding what
/// `UnsafeScalar.isEscaped` names (a control, a line separator, a bidi control), in `$'…'` with
/// escapes (POSIX.1-2024; bash, zsh, ksh, busybox), so that a label holding an escape sequence can
/// never drive the terminal it is printed on, nor a bidi override reorder the line as shown (so
/// what is seen is not what is pasted).
public func shellQuoted(_ word: String) -> String {
    if !word.isEmpty, word.unicodeScalars.allSatisfy(isShellSafe) { return word }
    let hasControl = word.unicodeScalars.contains(where: UnsafeScalar.isEscaped)
    guard hasControl else {
        return "'" + word.replacingAll("'", with: "'\\''") + "'"
    }
    var out = "$'"
    out.appendEscaping(word, dollarQuoteEscape)
    return out + "'"
}

private func dollarQuoteEscape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "'": "\\'"
    case "\\": "\\\\"
    case "\n": "\\n"
    case "\t": "\\t"
    case "\r": "\\r"
    case _ where UnsafeScalar.isEscaped(scalar):
        // \xHH for the C0 controls and DEL; the others as their UTF-8 bytes.
        String(scalar).utf8.map { "\\x" + String(hex: $0, digits: 2) }.joined()
    default: nil
    }
}

private func isShellSafe(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "a"..."z", "A"..."Z", "0"..."9", ",", ".", "_", "+", "-", ":", "/", "@", "%", "=": true
    default: false
    }
}
