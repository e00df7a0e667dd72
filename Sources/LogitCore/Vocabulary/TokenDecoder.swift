/// How a tokenizer's pieces become text, read from its `tokenizer.json` (`decoder` and `model`),
/// and applied to one token at a time.
///
/// A token's text is what it adds to a running text: what HuggingFace's
/// `tokenizer.decode([a, id])` has after `tokenizer.decode([a])` for a plain token `a`. So a
/// word-initial token has its leading space (`Ġthe` and `▁the` are `" the"`, WordPiece's `the`
/// is `" the"` and its `##ing` is `"ing"`), which the screen shows as `␣the`; the library's
/// `decode([id])` alone drops that space on a first token, and would make `the` and `Ġthe` look
/// the same. Added tokens (`<|endoftext|>`, `[CLS]`) are their content as written.
public struct TokenDecoder: Sendable, Equatable {
    /// GPT-2's byte-to-unicode spelling (`ByteLevel`).
    public var byteLevel = false
    /// SentencePiece's word-boundary mark (`Metaspace`, or `Replace` of it with a space).
    public var metaspace: String?
    /// `<0xNN>` pieces stand for the byte NN (`ByteFallback`, `byte_fallback`).
    public var byteFallback = false
    /// A continuation prefix (`WordPiece`, `##`): pieces without it start a word.
    public var wordPiecePrefix: String?
    /// WordPiece's `cleanup`: no space before `.`, `,`, `?`, `!` and English contractions.
    public var wordPieceCleanup = false
    /// An end-of-word suffix (`BPEDecoder`, `</w>`), which becomes a space.
    public var endOfWordSuffix: String?
    /// No decoder at all: the library joins tokens with spaces.
    public var joinsWithSpaces = false

    public init() {}

    /// The text of a model's piece (not an added token).
    public func text(of piece: String) -> String {
        if byteLevel, let bytes = ByteLevelAlphabet.bytes(of: piece) { return TokenBytes.text(bytes) }
        var s = piece
        if let mark = metaspace, s.contains(mark) { s = s.replacingAll(mark, with: " ") }
        if byteFallback, let byte = TokenBytes.byteFallback(Substring(s)) { return TokenBytes.text([byte]) }
        if let prefix = wordPiecePrefix {
            if s.hasPrefix(prefix) && s.count > prefix.count { return String(s.dropFirst(prefix.count)) }
            if wordPieceCleanup && Self.cleanupPrefixes.contains(where: { s.hasPrefix($0) }) { return s }
            return " " + s
        }
        if let suffix = endOfWordSuffix, s.hasSuffix(suffix) { s = String(s.dropLast(suffix.count)) + " " }
        if joinsWithSpaces { return " " + s }
        return s
    }

    /// What WordPiece's cleanup joins to the word before it (HuggingFace's `cleanup`).
    static let cleanupPrefixes = [".", "?", "!", ",", "n't", "'m", "'s", "'ve", "'re"]

    /// The decoder a `tokenizer.json` describes: its `decoder` section (a `Sequence` is walked),
    /// else what the model type implies.
    static func from(decoder: JSONValue?, preTokenizer: JSONValue?, model: TokenizerModel) -> TokenDecoder {
        var d = TokenDecoder()
        var stack: [JSONValue] = decoder.map { [$0] } ?? []
        var any = false
        while let v = stack.popLast() {
            guard let type = v["type"]?.string else { continue }
            any = true
            switch type {
            case "Sequence": stack += (v["decoders"]?.array ?? []).reversed()
            case "ByteLevel": d.byteLevel = true
            case "Metaspace": d.metaspace = v["replacement"]?.string ?? "\u{2581}"
            case "Replace":
                if v["content"]?.string == " ", let pattern = v["pattern"]?["String"]?.string { d.metaspace = pattern }
            case "ByteFallback": d.byteFallback = true
            case "WordPiece":
                d.wordPiecePrefix = v["prefix"]?.string ?? "##"
                d.wordPieceCleanup = v["cleanup"]?.bool ?? true
            case "BPEDecoder": d.endOfWordSuffix = v["suffix"]?.string ?? "</w>"
            default: break
            }
        }
        if !any {
            if preTokenizer.map(Self.mentionsByteLevel) == true {
                d.byteLevel = true
            } else {
                d.joinsWithSpaces = true
            }
        }
        if model.byteFallback { d.byteFallback = true }
        return d
    }

    private static func mentionsByteLevel(_ v: JSONValue) -> Bool {
        if v["type"]?.string == "ByteLevel" { return true }
        return (v["pretokenizers"]?.array ?? []).contains { $0["type"]?.string == "ByteLevel" }
    }
}

/// What the reader keeps of a `tokenizer.json`'s `model`.
struct TokenizerModel {
    var type: String?
    var byteFallback = false
}
