import Testing
import LogitCore
@testable import LogitView

/// `--print` of a vocabulary ranks only its top rows (`ExplorerState(rankingTop:)`): the printout
/// must be the one the full ranking gives, character for character, whatever the ties, −inf and
/// precision.
@Suite struct PrintoutTopRanksTests {
    /// Vectors whose top 25 are decided by ties: few distinct values, −inf among them and at the
    /// top's edge, equal maxima far apart, Doubles that round to one Float, all but a few −inf.
    static func vectors() -> [[Double]] {
        var generator = SplitMix64(seed: 11)
        func draw(_ k: UInt64) -> Double { Double(generator.next() % k) }
        let n = 5000
        var fewValues = (0..<n).map { (_: Int) -> Double in draw(7) - 3 }
        fewValues[17] = -.infinity
        fewValues[n - 1] = 3
        let ascending = (0..<n).map { (i: Int) -> Double in Double(i / 100) }
        var masked = [Double](repeating: -.infinity, count: n)
        for i in [4, 900, 4999] { masked[i] = 1 }
        let nearFloat = (0..<n).map { (i: Int) -> Double in
            let tiny: Double = Double(i % 3) * 0x1p-40
            let small: Double = Double(i % 2) * 0x1p-30
            return 1 + tiny + small
        }
        let allEqual = [Double](repeating: 0.5, count: n)
        let negatives = (0..<n).map { (i: Int) -> Double in i % 5 == 0 ? -0.0 : -Double(i % 97) }
        return [fewValues, ascending, masked, nearFloat, allEqual, negatives]
    }

    @Test func theTopRanksPrintAsTheFullRanking() {
        for logits in Self.vectors() {
            for precision in Precision.allCases {
                for temperature in [1, 0.7] {
                    let document = LogitDocument(logits: logits, temperature: temperature, precision: precision)
                    var full = ExplorerState(document: document)
                    var top = ExplorerState(document: document, rankingTop: printedRanks)
                    #expect(top.rankOrder.isPartial && !full.rankOrder.isPartial)
                    full.apply(.select(full.analysis.argmax))
                    top.apply(.select(top.analysis.argmax))
                    #expect(renderPrintout(top, width: 120).plainText() == renderPrintout(full, width: 120).plainText(),
                            "\(precision) T=\(temperature)")
                }
            }
        }
    }

    @Test func aFilterRanksInFull() {
        let logits = Self.vectors()[0]
        let document = LogitDocument(logits: logits, filters: try! SamplingFilters(topK: 40, topP: 0.9))
        let top = ExplorerState(document: document, rankingTop: printedRanks)
        #expect(!top.rankOrder.isPartial)
        #expect(renderPrintout(top, width: 120).plainText() == renderPrintout(ExplorerState(document: document), width: 120).plainText())
    }
}
