/// Reads a HuggingFace `tokenizer.json` (models `BPE`, `WordPiece`, `WordLevel`, `Unigram`, with
/// `added_tokens`) or a GPT-2 `vocab.json` / `encoder.json` (one object of token → id) through
/// the one JSON scanner, walking it: the vocabulary object is streamed key by key into an id
/// table and `merges` is skipped unread, so a 10 MB file builds no tree (only the small
/// `decoder` and `pre_tokenizer` sections are held whole).
///
/// Refused, naming the file and the place: an id that is negative, not a whole number, past
/// `LoadLimits.maximumEntryCount`, or given to two tokens; a model type it does not know; a
/// `tokenizer.json` without a vocabulary; an object that is neither kind.
enum TokenizerReader {
    static let modelTypes = ["BPE", "WordPiece", "WordLevel", "Unigram"]

    static func read(_ bytes: [UInt8], name: String, limits: LoadLimits) throws(InputError) -> Vocabulary {
        var table = IDTable(limits: limits)
        var added: [(id: Int, content: String)] = []
        var model = TokenizerModel()
        var sawModel = false
        var decoder: JSONValue?
        var preTokenizer: JSONValue?
        var flatEntries = 0
        var s = JSONScanner(bytes)
        do throws(JSONError) {
            guard s.next == .object else {
                throw s.error("a vocabulary in JSON is an object: a tokenizer.json, or a vocab.json of token → id")
            }
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                // A vocab.json is all token → id; a tokenizer.json has sections.
                if s.next == .number {
                    flatEntries += 1
                    try table.add(key, id: try s.readInteger(Int.self, noun: "token id"), at: s.keyOffset, in: s)
                    return
                }
                switch key {
                case "model":
                    sawModel = true
                    try readModel(&s, into: &table, model: &model)
                case "added_tokens":
                    guard s.next == .array else { throw s.error("\"added_tokens\" must be an array") }
                    try s.readArray { (s: inout JSONScanner, _: Int) throws(JSONError) in
                        let at = s.offset
                        let v = try s.readValue(maximumNodes: 64)
                        guard let id = v["id"]?.integer(Int.self), let content = v["content"]?.string else {
                            throw s.error("an added token needs a whole-number \"id\" and a string \"content\"", at: at)
                        }
                        try table.check(id, at: at, in: s)
                        added.append((id: id, content: content))
                    }
                case "decoder": decoder = try s.readValue(maximumNodes: 4096)
                case "pre_tokenizer": preTokenizer = try s.readValue(maximumNodes: 4096)
                default: try s.skipValue()
                }
            }
            try s.finish()
        } catch {
            throw error.inputError(file: name)
        }
        if sawModel && flatEntries > 0 {
            throw InputError("\(name): a tokenizer.json with token ids outside \"model\": not a tokenizer.json nor a vocab.json")
        }
        if !sawModel && flatEntries == 0 {
            throw InputError("\(name): no vocabulary: a tokenizer.json has \"model\" with \"vocab\", a vocab.json maps each token to its id")
        }
        if sawModel, table.count == 0 && added.isEmpty {
            throw InputError("\(name): the tokenizer's \"model\" has no \"vocab\"")
        }
        let kind: Vocabulary.Kind
        var d = TokenDecoder()
        if sawModel {
            kind = .tokenizer(model: model.type ?? "BPE")
            d = TokenDecoder.from(decoder: decoder, preTokenizer: preTokenizer, model: model)
        } else {
            kind = .encoder
            d.byteLevel = true
        }
        let decoded = table.entries.map { (id: $0.id, piece: d.text(of: $0.piece)) }
        let tokens = try IDTable.table([decoded, added.map { (id: $0.id, piece: $0.content) }], name: name)
        return Vocabulary(tokens: tokens.enumerated().map { $1 ?? LabelList.unusedName($0) }, kind: kind)
    }

    /// `model`: its `type`, `byte_fallback`, and `vocab` (an object of piece → id, or for
    /// Unigram an array of [piece, score] whose index is the id).
    private static func readModel(_ s: inout JSONScanner, into table: inout IDTable, model: inout TokenizerModel) throws(JSONError) {
        guard s.next == .object else { throw s.error("\"model\" must be an object") }
        var typeAt = 0
        try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
            switch key {
            case "type":
                typeAt = s.offset
                model.type = try s.readString()
            case "byte_fallback":
                if s.next == .bool { model.byteFallback = try s.readBool() } else { try s.skipValue() }
            case "vocab":
                if table.count > 0 { throw s.duplicate(key) }
                switch s.next {
                case .object:
                    try s.readObject { (s: inout JSONScanner, piece: String) throws(JSONError) in
                        let at = s.keyOffset
                        try table.add(piece, id: try s.readInteger(Int.self, noun: "token id"), at: at, in: s)
                    }
                case .array:
                    try s.readArray { (s: inout JSONScanner, id: Int) throws(JSONError) in
                        let at = s.offset
                        var piece: String?
                        try s.readArray { (s: inout JSONScanner, k: Int) throws(JSONError) in
                            if k == 0 && s.next == .string { piece = try s.readString() } else { try s.skipValue() }
                        }
                        guard let piece else { throw s.error("a Unigram vocabulary entry is [piece, score]", at: at) }
                        try table.add(piece, id: id, at: at, in: s)
                    }
                default: throw s.error("\"vocab\" must be an object of piece → id, or an array of [piece, score]")
                }
            default: try s.skipValue()
            }
        }
        if let type = model.type, !modelTypes.contains(type) {
            var at = s
            at.offset = typeAt
            throw at.error("model type \(JSONScanner.quoted(type)) is not one logitscope reads (BPE, WordPiece, WordLevel, Unigram)")
        }
    }
}

/// Pieces with their ids, in file order; the table by id is built once all are read, and an id
/// given twice is refused then. Ids far sparser than the entries (a hostile `1e7` among three
/// tokens) are refused before a table of that size is made.
struct IDTable {
    let limits: LoadLimits
    var entries: [(id: Int, piece: String)] = []
    var count: Int { entries.count }

    init(limits: LoadLimits) { self.limits = limits }

    func check(_ id: Int, at offset: Int, in s: JSONScanner) throws(JSONError) {
        if id < 0 { throw s.error("token id \(id) is negative", at: offset) }
        if id >= limits.maximumEntryCount { throw s.error("token id \(id): \(limits.refusal(count: id + 1))", at: offset) }
    }

    mutating func add(_ piece: String, id: Int, at offset: Int, in s: JSONScanner) throws(JSONError) {
        try check(id, at: offset, in: s)
        entries.append((id, piece))
    }

    /// The most ids left unnamed: real tokenizers leave a few hundred at most.
    static let maximumHoles = 1 << 16

    /// Each id's piece (added tokens last, over the model's), nil for a hole.
    static func table(_ lists: [[(id: Int, piece: String)]], name: String) throws(InputError) -> [String?] {
        let total = lists.reduce(0) { $0 + $1.count }
        let largest = lists.flatMap { $0.map(\.id) }.max() ?? -1
        if largest + 1 - total > maximumHoles {
            throw InputError("\(name): token id \(largest) with only \(total) tokens: more than \(maximumHoles) ids have no token")
        }
        var pieces = [String?](repeating: nil, count: largest + 1)
        for list in lists {
            var seen = [Bool](repeating: false, count: largest + 1)
            for e in list {
                if seen[e.id] {
                    throw InputError("\(name): token id \(e.id) is given to two tokens (\(JSONScanner.quoted(pieces[e.id] ?? "")) and \(JSONScanner.quoted(e.piece)))")
                }
                seen[e.id] = true
                // An added token may restate a model piece (`<unk>`, `[CLS]`): it wins.
                pieces[e.id] = e.piece
            }
        }
        return pieces
    }
}
