import Testing
@testable import LogitCore
import LogitReport

/// The streamed report (the CLI's `--json`) must be `JSONReport.make(…).pretty` byte for byte:
/// the tree is the reference the other report tests check, the stream is what users get.
struct ReportJSONStreamTests {
    private func streamed(_ state: ExplorerState, seed: UInt64?, samples: [Int]?, capacity: Int) -> String {
        var bytes: [UInt8] = []
        var out = JSONStreamWriter(capacity: capacity) { bytes += $0 }
        JSONReport.write(state, seed: seed, samples: samples, to: &out)
        out.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    static let states: [ExplorerState] = {
        let hostile = LogitDocument(
            logits: [2, -.infinity, 1e300, 0.1, -0.0],
            labels: ["News", "a\"b\\c", "\u{1B}[31mred", "東京", "\u{202E}rtl\u{2028}"],
            temperature: 0.7, precision: .float16, classThresholds: [0.3, nil, nil, 0.9, nil], target: 3,
            filters: try! SamplingFilters(topK: 3, topP: 0.9))
        let overflow = LogitDocument(logits: [1000, 999, -5], precision: .float32)
        let online = LogitDocument(logits: [87, -.infinity, 88, 89], precision: .bfloat16, onlineBlock: 1)
        return [ExplorerState(), ExplorerState(document: hostile), ExplorerState(document: overflow),
                ExplorerState(document: LogitDocument(logits: (0..<300).map { Double($0) * 0.37 - 40 })),
                ExplorerState(document: online)]
    }()

    @Test(arguments: 0..<5, [7, 1 << 16])
    func streamedEqualsTheTree(_ n: Int, capacity: Int) {
        let state = Self.states[n]
        #expect(streamed(state, seed: nil, samples: nil, capacity: capacity) == JSONReport.make(state).pretty)
        #expect(streamed(state, seed: 42, samples: nil, capacity: capacity)
                == JSONReport.make(state, seed: 42, samples: nil).pretty)
        #expect(streamed(state, seed: .max, samples: [0, 2, 0], capacity: capacity)
                == JSONReport.make(state, seed: .max, samples: [0, 2, 0]).pretty)
    }
}
