/// A vocabulary read for `--vocab`: each id's text, decoded (`TokenDecoder`), in id order; an id
/// no entry names (a hole between the model's pieces and its added tokens) is `<unused N>`.
public struct Vocabulary: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One label per line, as written.
        case lines
        /// A HuggingFace `tokenizer.json` with its model type (`BPE`, `WordPiece`, `WordLevel`, `Unigram`).
        case tokenizer(model: String)
        /// GPT-2's `vocab.json` / `encoder.json`: token → id, byte-level.
        case encoder
    }

    public var tokens: [String]
    public var kind: Kind

    public init(tokens: [String], kind: Kind) {
        self.tokens = tokens
        self.kind = kind
    }

    /// The labels for a vector of `count` logits, and the warning when the vocabulary is longer
    /// (cut: a vocabulary of another model is the usual cause, so it is said, not hidden). A
    /// vector longer than the vocabulary names its extra ids `<unused N>`, as models pad their
    /// output layer to a multiple of 64 or 128; that needs no warning.
    ///
    /// A one-per-line file keeps its older, stricter rule: its count must match, since a file of
    /// plain labels has no ids to say which line is which.
    public func labels(count: Int, vocabularyName: String, logitsName: String) throws(InputError) -> (labels: LabelList, warning: String?) {
        if kind == .lines {
            guard tokens.count == count else {
                throw InputError("\(vocabularyName) has \(tokens.count) label\(tokens.count == 1 ? "" : "s") but \(logitsName) has \(count) logit\(count == 1 ? "" : "s"): the counts must match (a vocabulary from another model?)")
            }
            return (LabelList(tokens), nil)
        }
        let warning = tokens.count > count
            ? "\(vocabularyName) has \(tokens.count) tokens but \(logitsName) has \(count) logits: ids \(count) and up are not shown (a vocabulary from another model?)"
            : nil
        return (LabelList(vocabulary: tokens, count: count), warning)
    }

    /// The extensions the shell completes after `--vocab` (any name is read).
    public static let fileExtensions = ["txt", "json"]

    /// Reads a vocabulary of any kind: JSON (a `tokenizer.json`, or a `vocab.json` of token → id)
    /// when the name ends in `.json` or the first byte is `{` (and the name is not `.txt`),
    /// otherwise one label per line.
    public static func read(_ bytes: [UInt8], name: String, limits: LoadLimits = .standard) throws(InputError) -> Vocabulary {
        let ext = LogitFileFormat.fileExtension(name)
        let first = bytes.droppingUTF8BOM.first(where: { !$0.isASCIIBlank })
        if ext == "json" || (ext != "txt" && first == UInt8(ascii: "{")) {
            return try TokenizerReader.read(bytes, name: name, limits: limits)
        }
        return Vocabulary(tokens: try VocabularyReader.read(bytes, name: name, limits: limits), kind: .lines)
    }
}
