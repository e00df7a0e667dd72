import Foundation
import LogitCore
import Testing

/// Each tokenizer `scripts/reference/make_vocab_fixtures.py` made with HuggingFace's `tokenizers`
/// (one of each model type), read by `Vocabulary.read`, against the text the library gave each id
/// (`*.expected.json`; see the script for what "the text of a token" is).
@Suite struct TokenizerFixtureTests {
    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Vocabulary
            .deletingLastPathComponent()  // LogitCoreTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Reference/vocab")
    }

    static func bytes(_ name: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            fatalError("missing fixture \(name): run scripts/reference/make_vocab_fixtures.py")
        }
        return [UInt8](data)
    }

    struct Expected: Decodable {
        struct Token: Decodable {
            let id: Int
            let text: String
            let library: String
        }
        let tokens: [Token]
    }

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(bytes(name + ".expected.json")))
    }

    @Test(arguments: [
        ("bpe-bytelevel", "BPE"), ("bpe-sentencepiece", "BPE"), ("wordpiece", "WordPiece"),
        ("wordlevel", "WordLevel"), ("unigram", "Unigram"),
    ])
    func everyTokenAsTheLibraryDecodesIt(name: String, model: String) throws {
        let file = name + ".tokenizer.json"
        let v = try Vocabulary.read(Self.bytes(file), name: file)
        #expect(v.kind == .tokenizer(model: model))
        let want = try Self.expected(name)
        #expect(v.tokens.count == want.tokens.count)
        for t in want.tokens {
            #expect(v.tokens[t.id] == t.text, "\(name) id \(t.id): library \(t.library.debugDescription)")
        }
    }

    /// The cases the issue names, found in the fixtures: `Ġ` is a space, `Ċ` a newline, `▁` a
    /// space, `<0x0A>` a newline, `##` a continuation, and a part of a UTF-8 character `<0xNN>`.
    @Test func namedCases() throws {
        let bpe = try Vocabulary.read(Self.bytes("bpe-bytelevel.tokenizer.json"), name: "t.json").tokens
        #expect(bpe.contains(" the"))
        #expect(bpe.contains("\n"))
        #expect(bpe.contains("<0xE2>"))
        let sp = try Vocabulary.read(Self.bytes("bpe-sentencepiece.tokenizer.json"), name: "t.json").tokens
        #expect(sp[3 + 0x0A] == "\n")
        #expect(sp[3 + 0xE2] == "<0xE2>")
        #expect(sp.contains(" the"))
        let wp = try Vocabulary.read(Self.bytes("wordpiece.tokenizer.json"), name: "t.json").tokens
        #expect(wp[9] == "es" && wp[5] == " the" && wp[2] == "[CLS]")
    }

    @Test func gpt2VocabJSON() throws {
        let v = try Vocabulary.read(Self.bytes("gpt2.vocab.json"), name: "vocab.json")
        #expect(v.kind == .encoder)
        let want = try Self.expected("bpe-bytelevel")
        #expect(v.tokens.count == want.tokens.count)
        for t in want.tokens {
            #expect(v.tokens[t.id] == t.text, "id \(t.id)")
        }
    }

    /// Id 91 has no token in `bpe-holes` (the library's `id_to_token(91)` is None).
    @Test func aHoleIsUnused() throws {
        let v = try Vocabulary.read(Self.bytes("bpe-holes.tokenizer.json"), name: "t.json")
        #expect(v.tokens[91] == "<unused 91>")
        #expect(v.tokens[92] == "|")
        #expect(v.tokens.count == 375)
    }
}
