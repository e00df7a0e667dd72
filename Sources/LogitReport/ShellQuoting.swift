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
    for scalar in word.unicodeScalars {
        switch scalar {
        case "'": out += "\\'"
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case _ where UnsafeScalar.isEscaped(scalar):
            // \xHH for the C0 controls and DEL; the others as their UTF-8 bytes.
            for byte in String(scalar).utf8 {
                let hex = String(byte, radix: 16)
                out += "\\x" + (hex.count == 1 ? "0" : "") + hex
            }
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "'"
}

private func isShellSafe(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "a"..."z", "A"..."Z", "0"..."9", ",", ".", "_", "+", "-", ":", "/", "@", "%", "=": true
    default: false
    }
}
