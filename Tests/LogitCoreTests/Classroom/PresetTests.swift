import Testing
import LogitCore

/// Every preset loads and shows what its one line promises. Figures: scipy.special.softmax and
/// expit (scipy 1.17), and NUMERICS.md's table.
@Suite struct PresetTests {
    private func analysis(_ name: String) throws -> Analysis {
        try #require(Preset.named(name)).state.analysis
    }

    @Test func theIssueListsElevenPresetsAtLeast() {
        let names = Preset.all.map(\.name)
        for required in ["news", "binary", "overflow-f16", "overflow-f32", "underflow", "cold", "masked", "ties",
                         "uniform", "confident", "llm-tail"] {
            #expect(names.contains(required), "missing \(required)")
        }
        #expect(Set(names).count == names.count)
    }

    @Test func listingHasOneLinePerPresetWithItsSummary() {
        let lines = Preset.listing().split(separator: "\n")
        #expect(lines.count == Preset.all.count)
        for (line, preset) in zip(lines, Preset.all) {
            #expect(line.hasPrefix(preset.name + " "))
            #expect(line.hasSuffix(preset.summary))
        }
    }

    @Test func namesAreCaseInsensitiveAndUnknownOnesNameTheChoices() {
        #expect(Preset.named("Overflow-F16")?.name == "overflow-f16")
        #expect(Preset.named("nope") == nil)
        let message = Preset.unknownMessage("nope")
        #expect(message.hasPrefix("unknown preset \"nope\": choose one of news, binary"))
    }

    @Test func everyPresetIsValidInput() throws {
        for p in Preset.all {
            let d = p.document
            #expect(d.labels.count == d.count && d.binaryLabels.count == d.count, "\(p.name)")
            #expect(d.logits.allSatisfy { !$0.isNaN && $0 != .infinity } && d.logits.contains { $0 > -.infinity }, "\(p.name)")
            #expect(d.labels.allSatisfy { !$0.contains(",") }, "\(p.name): a label with a comma cannot round-trip --labels")
            #expect(d.temperature > 0)
        }
    }

    @Test func newsIsTheSeedArticle() throws {
        let a = try analysis("news")
        #expect(isClose(a.softmax, Figures.seedSoftmax, within: 0.0005))
    }

    @Test func binaryShowsSoftmaxOfZAndZeroIsTheSigmoid() throws {
        let a = try analysis("binary")
        // expit(1.2) = 0.7685247835.
        #expect(isClose(a.softmax[0], 0.7685247835, within: 1e-12))
        #expect(isClose(a.softmax[0], a.sigmoid[0], within: 1e-15))
        #expect(a.scaled[1] == 0)
    }

    @Test(arguments: [("overflow-f16", Precision.float16), ("overflow-f32", .float32), ("overflow-f64", .float64), ("overflow-bf16", .bfloat16)])
    func overflowPresetsBreakNaiveSoftmaxOnly(_ name: String, _ precision: Precision) throws {
        let a = try analysis(name)
        #expect(a.input.precision == precision)
        #expect(a.input.logits == Figures.overflow[precision])
        #expect(a.naiveSoftmax[0].isNaN && a.naiveSoftmax[1] == 0 && a.naiveSoftmax[2] == 0)
        #expect(a.softmax.allSatisfy { $0.isFinite })
        #expect(isClose(a.softmax, Figures.stepDown, within: Figures.quoted(precision)))
        #expect(a.scaled[0] > precision.expOverflowLimit)
    }

    @Test func overflowF32AlsoBreaksNaiveBinaryCrossEntropy() throws {
        let p = try #require(Preset.named("overflow-f32"))
        let f = ClassroomFigures(p.state)
        // σ(89) rounds to 1 in Float32: y = 1 gives 0·log 0 = NaN, y = 0 gives −log 0 = inf.
        #expect(f.naiveBinaryCrossEntropy[0].isNaN)
        #expect(f.naiveBinaryCrossEntropy[1] == .infinity)
        #expect(f.stableBinaryCrossEntropy.allSatisfy { $0.isFinite })
        #expect(f.stableBinaryCrossEntropy[1] == 88)  // max(u,0) − 0 + log1p(e^−88) = 88 in Float32
    }

    @Test func underflowGivesZeroOverZero() throws {
        let a = try analysis("underflow")
        #expect(a.input.precision == .float32)
        #expect(a.naiveSoftmax.allSatisfy { $0.isNaN })
        #expect(isClose(a.softmax, Figures.stepDown, within: 0.0005))
        #expect(a.scaled.allSatisfy { $0 < Precision.float32.expUnderflowLimit })
    }

    @Test func coldIsNumericsMdsTemperatureCase() throws {
        let a = try analysis("cold")
        #expect(a.input.temperature == 0.01 && a.input.precision == .float32)
        #expect(a.naiveSoftmax[0].isNaN && a.naiveSoftmax[1].isNaN && a.naiveSoftmax[2] == 0)
        #expect(isClose(a.softmax[0], 0.99995, within: 5e-6))
        #expect(isClose(a.softmax[1], 4.5e-5, within: 5e-7))
        #expect(isClose(a.softmax[2], 3.8e-44, within: 5e-46))
    }

    /// The reference's "stall bfloat16" case (numpy with ml_dtypes): e^5.5 rounds to 245, the ones
    /// take the naive sum to 256, where the other 29 are lost (256 + 1 rounds back to 256): naive
    /// p of the head 245/256 = 95.7% against the stable 85.9%, naive p summing to 111%.
    @Test func stallBF16StopsTheNaiveSumAt256() throws {
        let p = try #require(Preset.named("stall-bf16"))
        let a = p.state.analysis
        let reference = ReferenceFile.shared.named("stall bfloat16")
        #expect(a.input.precision == .bfloat16 && a.input.logits == reference.input.logits)
        #expect(a.naiveSoftmax == reference.expected.naiveSoftmax && a.softmax == reference.expected.softmax)
        let naive = a.naive
        #expect(naive.exponential(at: 0) == 245 && naive.sum == 256)
        #expect(naive.lostTerms == 40 - 11)
        #expect(Int(a.naiveSoftmax.reduce(0, +) * 100) == 111)
        #expect(isClose(a.softmax[0], 0.859, within: 0.0005) && isClose(a.naiveSoftmax[0], 0.957, within: 0.0005))
        // The stable path sums in Float32: 1 + 40 · e^−5.5 (BFloat16's 0.004089), no stall.
        #expect(isClose(a.shiftedSum, 1 + 40 * Double(BFloat16.exp(-5.5)), within: 1e-6))
        #expect(p.focus == .lab)
    }

    /// NUMERICS.md: −log p of the rounded p is +inf once p underflows (Float32, a gap past ~104),
    /// while log_softmax stays finite. scipy.special.log_softmax([0, -110]) = [-1.7e-48, -110].
    @Test func logSoftmaxPresetGivesAnInfiniteLossFromPAndAFiniteOneFromLogits() throws {
        let p = try #require(Preset.named("log-softmax"))
        let a = p.state.analysis
        let f = ClassroomFigures(p.state)
        #expect(a.input.precision == .float32 && p.document.target == 1 && p.focus == .logSoftmax)
        #expect(a.softmax == [1, 0])
        #expect(f.logOfSoftmax == [0, -.infinity])
        #expect(f.crossEntropyOfSoftmax == .infinity)
        #expect(a.logSoftmax == [0, -110])
        #expect(a.crossEntropy == 110)
    }

    @Test func maskedGetsExactlyZero() throws {
        let a = try analysis("masked")
        #expect(a.softmax[1] == 0)
        // softmax([2, 1, 0.5]) = [0.628532, 0.231224, 0.140244].
        #expect(isClose([a.softmax[0], a.softmax[2], a.softmax[3]], [0.628532, 0.231224, 0.140244], within: 1e-6))
    }

    @Test func tiesShareEquallyAndTheFirstWins() throws {
        let a = try analysis("ties")
        #expect(a.softmax[0] == a.softmax[1])
        #expect(a.argmax == 0)
        #expect(isClose(a.softmax[0], 0.440038, within: 1e-6))
    }

    @Test func uniformIsTwoBitsAndNormalizedOne() throws {
        let p = try #require(Preset.named("uniform"))
        let a = p.state.analysis
        #expect(a.softmax == [0.25, 0.25, 0.25, 0.25])
        #expect(isClose(a.entropyBits, 2, within: 1e-15))
        #expect(isClose(try #require(ClassroomFigures(p.state).normalizedEntropy), 1, within: 1e-15))
    }

    @Test func confidentIsAbove99Point9WithEntropyNearZero() throws {
        let a = try analysis("confident")
        // softmax([9, 1, 0.5, -2])[0] = 0.999445; entropy 0.005150 nats.
        #expect(a.softmax[0] > 0.999)
        #expect(isClose(a.entropyNats, 0.005150, within: 1e-6))
    }

    @Test func llmTailIsFiftyTokensWithOneHeadAndALongTail() throws {
        let p = try #require(Preset.named("llm-tail"))
        let a = p.state.analysis
        #expect(p.document.count == 50)
        #expect(Set(p.document.labels).count == 50)
        // scipy: 0.812637 for the head, normalized entropy 0.178934.
        #expect(isClose(a.softmax[0], 0.812637, within: 1e-6))
        #expect(isClose(try #require(ClassroomFigures(p.state).normalizedEntropy), 0.178934, within: 1e-6))
        #expect(a.softmax.filter { $0 < 0.001 }.count >= 40)
    }
}
