import Testing
import LogitCore
@testable import LogitView

@Suite struct NumberFormatTests {
    @Test func probabilitiesAsPercentagesWithOneDecimal() {
        // scipy.special.softmax([2, 1, 0.1]) = [0.659001, 0.242433, 0.098566].
        #expect(NumberFormat.probability(0.6590011388859679).text == "65.9%")
        #expect(NumberFormat.probability(0.2424329707047139).text == "24.2%")
        #expect(NumberFormat.probability(0.09856589040931818).text == "9.9%")
        #expect(NumberFormat.probability(0.001).text == "0.1%")
        #expect(NumberFormat.probability(1).text == "100.0%")
    }

    @Test func smallProbabilitiesInScientificNotationNeverZeroPercent() {
        // NUMERICS.md: [1, 0.9, 0] at T = 0.01 in Float32 gives stable [0.99995, 4.5e-5, 3.8e-44].
        let state = ExplorerState(document: LogitDocument(logits: [1, 0.9, 0], temperature: 0.01, precision: .float32))
        let p = state.analysis.softmax
        #expect(NumberFormat.probability(p[2]).text == "3.8e-44")
        #expect(NumberFormat.probability(p[1]).text == "4.5e-5")
        #expect(NumberFormat.probability(p[0]).text == ">99.9%")  // 0.99995 is not certainty
        #expect(NumberFormat.probability(0.000999).text == "1.0e-3")
        #expect(NumberFormat.probability(Double.leastNonzeroMagnitude).text == "4.9e-324")
        #expect(NumberFormat.probability(0.00095).text == "9.5e-4")
    }

    @Test func zeroInfAndNaNAreSpelledOutAndMarked() {
        #expect(NumberFormat.probability(0) == FormattedNumber(text: "0", kind: .zero))
        #expect(NumberFormat.probability(.infinity) == FormattedNumber(text: "inf", kind: .nonFinite))
        #expect(NumberFormat.probability(.nan) == FormattedNumber(text: "NaN", kind: .nonFinite))
        #expect(NumberFormat.number(.nan).kind == .nonFinite)
        #expect(NumberFormat.logit(-.infinity) == FormattedNumber(text: "-inf", kind: .masked))
        #expect(NumberFormat.logit(.infinity) == FormattedNumber(text: "inf", kind: .nonFinite))
    }

    @Test func logitsAreReadable() {
        #expect(NumberFormat.logit(2).text == "2")
        #expect(NumberFormat.logit(-0.5).text == "-0.5")
        #expect(NumberFormat.logit(0.1).text == "0.1")
        // NUMERICS.md: Float16 rounds 0.1 to 0.0999755859375.
        #expect(NumberFormat.logit(Double(Float16(0.1))).text == "0.0999756")
        #expect(NumberFormat.logit(Double(Float(0.1))).text == "0.1")
        #expect(NumberFormat.logit(123.4567891).text == "123.457")
        #expect(NumberFormat.logit(-9.9999996).text == "-10")
        #expect(NumberFormat.logit(65504).text == "65504")
        #expect(NumberFormat.logit(1e7).text == "1e7")
        #expect(NumberFormat.logit(-2.5e-9).text == "-2.5e-9")
        #expect(NumberFormat.logit(0).text == "0")
        #expect(NumberFormat.logit(-0.0).text == "0")
    }

    @Test func statisticsWithFourSignificantDigits() {
        // numpy: entropy of the seed's softmax 0.846738 nats, 1.221585 bits; logsumexp 12.407606.
        #expect(NumberFormat.number(0.846738178760252).text == "0.8467")
        #expect(NumberFormat.number(1.2215849714287683).text == "1.222")
        #expect(NumberFormat.number(12.40760596444438).text == "12.41")
        #expect(NumberFormat.number(1.7899776055137309).text == "1.79")
        #expect(NumberFormat.number(0).text == "0")
        #expect(NumberFormat.number(123456789).text == "1.235e8")
        #expect(NumberFormat.number(0.00012345).text == "0.0001235")
    }
}
