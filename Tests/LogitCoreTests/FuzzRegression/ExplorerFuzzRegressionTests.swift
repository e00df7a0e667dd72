import Testing
@testable import LogitCore

/// Action sequences the update fuzzer (Fuzz/, target FuzzUpdate) found, replayed through the same
/// per-step checks (`ExplorerInvariants.run`).
@Suite struct ExplorerFuzzRegressionTests {
    /// Logits [-10, 1e-300, Double's largest, 1e5] in Float16 at T = 0.01, then a drag asking class 4
    /// for a probability: the others / T overflow, log-sum-exp is NaN, and the solved logit (NaN) was
    /// written into the document, breaking every number after it. Now the request is refused.
    @Test func aProbabilityThatNeedsAnOverflowingLogitIsRefused() {
        let bytes: [UInt8] = [0x43, 0x0D, 0x61, 0x24, 0x68, 0x12, 0x49, 0x6E, 0x74, 0x24, 0x12, 0xD1, 0x41, 0x16]
        #expect(ExplorerInvariants.run(bytes).problems == [])

        let document = LogitDocument(logits: [-10, 1e-300, .greatestFiniteMagnitude, 1e5], temperature: 0.01)
        let s = update(ExplorerState(document: document), .setProbability(index: 3, probability: 0.5))
        #expect(s.document == document)
        #expect(!s.history.canUndo)
        #expect(s.message?.kind == .error)
    }
}
