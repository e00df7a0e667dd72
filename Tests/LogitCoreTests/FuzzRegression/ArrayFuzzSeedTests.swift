import Foundation
import Testing

/// The array fuzzer's invariants (`ArrayInvariants`) hold on its seeds (Fuzz/Corpus/FuzzArrays:
/// every committed fixture, good and broken, with and without `--tensor logits`), so a finding
/// replays here against the same checks.
@Suite struct ArrayFuzzSeedTests {
    static var corpus: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/Corpus/FuzzArrays")
    }

    @Test func theSeedsKeepTheInvariants() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        #expect(names.count >= 30)
        for name in names {
            let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
            #expect(ArrayInvariants.check([UInt8](data)) == [], "\(name)")
        }
    }
}
