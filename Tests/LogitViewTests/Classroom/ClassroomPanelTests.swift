import Testing
import LogitCore
@testable import LogitView

/// Facts each classroom panel must show, read off the rendered screen.
@Suite struct ClassroomPanelTests {
    /// NUMERICS.md's overflow and underflow rows.
    static let overflow: [Precision: [Double]] = [.float16: [12, 11, 10], .float32: [89, 88, 87], .float64: [710, 709, 708]]
    static let underflow: [Precision: [Double]] = [.float16: [-18, -19, -20], .float32: [-104, -105, -106], .float64: [-746, -747, -748]]

    private func focused(_ state: ExplorerState, _ panel: ClassroomPanel, _ w: Int = 80, _ h: Int = 24) -> Screen {
        var s = state
        s.apply(.classroom(.focus(panel)))
        return render(s, size: screenSize(w, h))
    }

    private func line(_ screen: Screen, _ needle: String) -> String? {
        screen.lines.first { $0.contains(needle) }
    }

    @Test func stepsShowTheArticlesFiguresAt80x24() throws {
        let screen = focused(Examples.seed, .steps)
        // The article: exp 7.39, 2.72, 1.11; sum 11.22 (of the rounded terms; numpy 11.2125);
        // p 0.66, 0.24, 0.10 (numpy 0.659001, 0.242433, 0.098566).
        let news = try #require(line(screen, "News                  2      7.389"))
        #expect(news.hasSuffix("7.389         0            1    0.659"))
        #expect(try #require(line(screen, "Entertainment         1      2.718")).hasSuffix("0.3679    0.242"))
        #expect(try #require(line(screen, "Technology          0.1      1.105")).hasSuffix("0.1496    0.099"))
        #expect(line(screen, "Σ      11.21                  1.517        1") != nil)
        #expect(line(screen, "News: p = 7.389 / 11.21 = 1 / 1.517 = 0.659") != nil)
        // The core panels are all still there.
        for heading in ["LOGIT", "SOFTMAX", "WORKED STEPS", "entropy", "q quit"] {
            #expect(screen.plainText().contains(heading), "missing \(heading)")
        }
    }

    @Test func stepsFollowTheTemperature() throws {
        // T = 2: u = [1, 0.5, 0.05], exp = [2.718, 1.649, 1.051], sum 5.418; p = 0.502, 0.304, 0.194 (numpy).
        let s = update(Examples.seed, .setTemperature(2)).state
        let screen = focused(s, .steps)
        #expect(line(screen, "2         1      2.718") != nil)
        #expect(line(screen, "0.5      1.649") != nil)
        #expect(line(screen, "Σ      5.418") != nil)
        #expect(line(screen, "0.502") != nil && line(screen, "0.304") != nil && line(screen, "0.194") != nil)
    }

    /// NUMERICS.md: naive [NaN, 0, 0] against stable [0.665, 0.245, 0.090] for [12, 11, 10] in
    /// Float16, [89, 88, 87] in Float32, [710, 709, 708] in Float64; the limits 11.09, 88.72, 709.78.
    @Test(arguments: [(Precision.float16, "exp(12) overflows Float16, whose limit is 11.09"),
                      (.float32, "exp(89) overflows Float32, whose limit is 88.72"),
                      (.float64, "exp(710) overflows Float64, whose limit is 709.78")])
    func labReproducesEachOverflow(_ p: Precision, _ reason: String) throws {
        let state = ExplorerState(document: LogitDocument(logits: Self.overflow[p]!, precision: p))
        let screen = focused(state, .lab)
        let row = try #require(screen.lines.first { $0.contains("class 0") && $0.contains("inf      NaN") })
        #expect(row.hasSuffix("66.5%"))
        #expect(screen.lines.contains { $0.contains("class 2") && $0.hasSuffix("9.0%") && $0.contains("        0  ") })
        #expect(line(screen, reason) != nil)
        #expect(line(screen, "Σ = inf: inf/inf = NaN") != nil)
        // The NaN is drawn in the inf/NaN colour.
        let y = try #require(screen.lines.firstIndex(of: row))
        let x = try #require(Array(row).indices.first { String(Array(row)[$0...]).hasPrefix("NaN") })
        #expect(screen[x, y].style == Theme.nonFinite)
    }

    @Test(arguments: [(Precision.float16, "exp(-18), exp(-19), exp(-20) underflow to 0 in Float16, below -17.33"),
                      (.float32, "exp(-104), exp(-105), exp(-106) underflow to 0 in Float32, below -103.97"),
                      (.float64, "exp(-746), exp(-747), exp(-748) underflow to 0 in Float64, below -745.13")])
    func labReproducesEachUnderflow(_ p: Precision, _ reason: String) throws {
        let state = ExplorerState(document: LogitDocument(logits: Self.underflow[p]!, precision: p))
        let screen = focused(state, .lab, 100, 30)
        #expect(screen.lines.filter { $0.contains("     0      NaN") }.count == 3)
        #expect(line(screen, reason) != nil)
        #expect(line(screen, "Σ = 0: 0/0 = NaN") != nil)
        #expect(line(screen, "66.5%") != nil && line(screen, "9.0%") != nil)
    }

    /// BFloat16 has Float32's range: the same limit, 88.72, and its own underflow, ln 2⁻¹³⁴ = −92.88.
    /// Stable p as ml_dtypes gives it in the reference: 0.6640625, 0.244140625, 0.09033203125.
    @Test func labShowsBFloat16sLimitsAndOverflow() throws {
        let screen = focused(try #require(Preset.named("overflow-bf16")).state, .lab)
        #expect(line(screen, "PRECISION LAB  BFloat16  exp(x) = inf above 88.72, = 0 below -92.88") != nil)
        let row = try #require(screen.lines.first { $0.contains("class 0") && $0.contains("inf      NaN") })
        #expect(row.hasSuffix("66.4%"))
        #expect(screen.lines.contains { $0.contains("class 2") && $0.hasSuffix("9.0%") && $0.contains("        0  ") })
        #expect(line(screen, "exp(89) overflows BFloat16, whose limit is 88.72") != nil)
        #expect(line(screen, "BFloat16 · step") != nil)
    }

    /// The stalled sum (the stall-bf16 preset): the lab says where the naive sum stopped and what
    /// the naive p then add up to (245/256 + 40/256 = 111.3%), at 80×24.
    @Test func labShowsTheStalledSum() throws {
        let screen = focused(try #require(Preset.named("stall-bf16")).state, .lab)
        #expect(screen.lines.contains { $0.contains("Σ           256") })
        #expect(line(screen, "naive Σ stalls at 256: 29 terms under half its ulp are lost") != nil)
        #expect(line(screen, "naive p adds up to 111.3%") != nil)
        #expect(screen.lines.contains { $0.contains("class 0") && $0.contains("95.7%") && $0.hasSuffix("85.9%") })
    }

    @Test func labShowsTheColdCase() throws {
        // NUMERICS.md: [1, 0.9, 0] at T = 0.01 in Float32: naive [NaN, NaN, 0], stable [0.99995, 4.5e-5, 3.8e-44].
        let screen = focused(try #require(Preset.named("cold")).state, .lab)
        #expect(line(screen, "exp(100), exp(90) overflow Float32, whose limit is 88.72") != nil)
        #expect(screen.lines.contains { $0.contains("class 1") && $0.contains("NaN") && $0.hasSuffix("4.5e-5") })
        #expect(screen.lines.contains { $0.contains("class 2") && $0.hasSuffix("3.8e-44") })
    }

    @Test func shiftingMovesNothingUntilTheNaivePathOverflows() throws {
        // [7, 6, 5] in Float16, shifted by +1 at a time: the stable column never moves; the naive
        // one agrees (to Float16's rounding) until [11, 10, 9], where no exp overflows but their
        // sum, 59872 + 22032 + 8104 > 65504, does: every naive p becomes finite / inf = 0.
        var s = ExplorerState(document: LogitDocument(logits: [7, 6, 5], precision: .float16), step: 1)
        s.apply(.classroom(.focus(.lab)))
        let stable = s.analysis.softmax
        for shift in 0..<5 {
            let screen = render(s, size: screenSize(80, 24))
            let row = try #require(screen.lines.last { $0.hasPrefix(" ▸★  class 0") })
            #expect(s.analysis.softmax == stable)  // exactly: the shifted exponents are the same numbers
            #expect(row.hasSuffix("66.5%"))
            if shift < 4 {
                #expect(zip(s.analysis.naiveSoftmax, stable).allSatisfy { abs($0 - $1) < 0.002 }, "shift \(shift)")
                #expect(screen.plainText().contains("naive and stable agree"))
            } else {
                #expect(s.analysis.naiveSoftmax == [0, 0, 0])
                #expect(screen.plainText().contains("no single exp overflows, but their sum does"))
            }
            s.apply(.shiftAll(by: 1))
        }
    }

    @Test func naiveBarsBreakInTheMainPanel() throws {
        let state = update(Examples.float16Overflow, .classroom(.toggleMaxTrick)).state
        let screen = render(state, size: screenSize(80, 24))
        #expect(screen.lines[2].contains("NAIVE"))
        let row = try #require(screen.lines.first { $0.hasPrefix(" ▸★  class 0") })
        #expect(row.hasSuffix("NaN"))
        let y = try #require(screen.lines.firstIndex(of: row))
        #expect(screen[Array(row).count - 1, y].style == Theme.nonFinite)
        // Back on, the bars are the stable ones again.
        let fixed = render(update(state, .classroom(.toggleMaxTrick)).state, size: screenSize(80, 24))
        #expect(try #require(fixed.lines.first { $0.hasPrefix(" ▸★  class 0") }).contains("66.5%"))
    }

    @Test func binaryViewOfTwoClassesAndOfOneLogit() throws {
        // softmax([1.2, 0])₁ = σ(1.2) = 0.768525 (scipy expit).
        let two = focused(try #require(Preset.named("binary")).state, .binary)
        #expect(line(two, "log-odds  ★ spam against not spam: 1.2 - 0 = 1.2") != nil)
        #expect(line(two, "p(★ spam) = 76.9% = σ(z₁/T - z₂/T) = σ(1.2) = 76.9%") != nil)
        #expect(line(two, "decision  log-odds 1.2 > 0 ⇔ p 76.9% > 50%") != nil)
        let one = focused(ExplorerState(document: LogitDocument(logits: [-0.5], labels: ["spam"])), .binary)
        // σ(−0.5) = 0.377541.
        #expect(line(one, "softmax([z/T, 0]) = 37.8% = σ(-0.5) = 37.8%") != nil)
        #expect(line(one, "log-odds -0.5 ≤ 0 ⇔ p 37.8% ≤ 50%") != nil)
    }

    @Test func lossPanelShowsCrossEntropyGradientAndBothBCEs() throws {
        // Seed, target News: CE = 2.417030 − 2 = 0.417030; gradient p − onehot = [−0.341, 0.242, 0.0986].
        let state = update(Examples.seed, .toggleTarget).state
        let screen = focused(state, .loss)
        #expect(line(screen, "◎ ★ News: CE = logsumexp - z/T = 2.417 - 2 = 0.417 nats") != nil)
        let news = try #require(screen.lines.first { $0.contains("News") && $0.contains("-0.341") })
        #expect(news.contains("█"))
        let ent = try #require(screen.lines.first { $0.contains("Entertainment") && $0.contains("0.242") && $0.contains("│") })
        // A positive gradient's bar grows right of the axis, a negative one's left.
        let axis = try #require(Array(ent).firstIndex(of: "│"))
        #expect(Array(ent)[axis + 1] == "█")
        #expect(Array(news)[try #require(Array(news).firstIndex(of: "│")) - 1] == "█")
        // BCE with y = 0 for every class: −log(1 − σ(2)) = 2.126928 (numpy), the same both ways here.
        #expect(news.hasSuffix("0      2.127       2.127"))
    }

    @Test func lossPanelShowsNaiveBCEBreaking() throws {
        let screen = focused(try #require(Preset.named("overflow-f32")).state, .loss)
        let row1 = try #require(screen.lines.first { $0.contains("class 0") && $0.contains("NaN") })
        // y = 1: naive 0·log 0 = NaN; stable max(89, 0) − 89 + log1p(e^−89) = e^−89 = 2.227e-39.
        #expect(row1.hasSuffix("NaN   2.227e-39"))
        #expect(try #require(screen.lines.first { $0.contains("class 1") && $0.contains("inf") }).hasSuffix("inf          88"))
    }

    @Test func theFocusedPanelTakesTheSigmoidsPlaceAt80x24WhenRowsAreShort() throws {
        let screen = focused(Examples.twelve, .lab)
        let text = screen.plainText()
        #expect(text.contains("PRECISION LAB"))
        #expect(!text.contains("SIGMOID"))
        #expect(text.contains("▸   class 5"))
        // Without focus, the sigmoid panel is back.
        #expect(render(Examples.twelve, size: screenSize(80, 24)).plainText().contains("SIGMOID"))
    }

    @Test func statsShowEntropyNormalizedPerplexityMarginAndTopP() {
        // numpy: H = 0.846738 nats = 1.221585 bits, H / log 3 = 0.770734, perplexity 2.332028,
        // margin 2 − 1 = 1, top p 0.659001.
        let text = render(Examples.seed, size: screenSize(80, 24)).plainText()
        for fact in ["entropy 0.8467 nats = 1.222 bits", "normalized H 0.7707", "perplexity 2.332", "margin 1", "top p 65.9%"] {
            #expect(text.contains(fact), "missing \(fact)")
        }
    }

    @Test func printoutIncludesTheClassroomPanelsWhenWide() {
        let wide = renderPrintout(Examples.seed, width: 100).plainText()
        for heading in ["WORKED STEPS", "PRECISION LAB", "BINARY VIEW", "LOSS", "entropy"] {
            #expect(wide.contains(heading), "missing \(heading)")
        }
        let narrow = renderPrintout(Examples.seed, width: 60).plainText()
        #expect(!narrow.contains("WORKED STEPS"))
        #expect(narrow.contains("entropy"))
    }

    @Test func asciiClassroomPanelsAreASCII() {
        let options = RenderOptions(unicode: false)
        var state = Preset.named("overflow-f32")!.state
        for panel in ClassroomPanel.allCases {
            state.apply(.classroom(.focus(panel)))
            let text = render(state, size: screenSize(100, 30), options: options).plainText()
            let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "\(panel): \(String(String.UnicodeScalarView(nonASCII)))")
        }
    }
}
