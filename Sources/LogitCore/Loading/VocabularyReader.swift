/// A vocabulary file (`--vocab`): one label per line, in token-id order, as tokenizer dumps write
/// them. Lines are kept as they are (a token may be a blank or start with one), except the line end
/// (`\n` or `\r\n`); a final line end does not make an extra label.
public enum VocabularyReader {
    public static func read(_ bytes: some Collection<UInt8>, name: String, limits: LoadLimits = .standard) throws(InputError) -> [String] {
        let all = Array(bytes)
        var body = all.droppingUTF8BOM
        if body.isEmpty { throw InputError("\(name): the vocabulary file is empty") }
        if body.last == UInt8(ascii: "\n") { body = body.dropLast() }
        if body.last == UInt8(ascii: "\r") { body = body.dropLast() }
        var labels: [String] = []
        var line = 0
        for piece in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            line += 1
            var text = piece
            if text.last == UInt8(ascii: "\r") { text = text.dropLast() }
            if text.isEmpty {
                throw InputError("\(name): line \(line) is empty: a vocabulary file has one label on each line")
            }
            labels.append(String(decoding: text, as: UTF8.self))
            if labels.count > limits.maximumEntryCount { try limits.check(labels.count, name: name) }
        }
        return labels
    }
}
