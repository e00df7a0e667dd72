import Testing
import LogitCore
@testable import LogitView

/// The facts each golden screen must show, asserted one by one so that a failure names the fact.
@Suite struct RenderFactsTests {
    private func row(_ screen: Screen, containing label: String) -> String? {
        screen.lines.dropFirst().first { $0.contains(" \(label) ") }  // below the header
    }

    @Test func seedRowsShowTheArticlesPercentagesAndTheArgmax() throws {
        let screen = render(Examples.seed, size: screenSize(80, 24))
        // The seed article: 0.66 / 0.24 / 0.10; scipy: 0.659001, 0.242433, 0.098566.
        let news = try #require(row(screen, containing: "News"))
        #expect(news.contains("65.9%"))
        #expect(news.contains("★"))
        #expect(try #require(row(screen, containing: "Entertainment")).contains("24.2%"))
        #expect(try #require(row(screen, containing: "Technology")).contains("9.9%"))
        #expect(!(try #require(row(screen, containing: "Technology")).contains("★")))
        // σ(2) = 0.880797 (scipy.special.expit).
        #expect(screen.lines.contains { $0.contains("News") && $0.contains("88.1%") && $0.contains("✓") })
        // Entropy 0.846738 nats, 1.221585 bits, perplexity 2.332028, logsumexp 2.417030 (numpy).
        let text = screen.plainText()
        #expect(text.contains("entropy 0.8467 nats = 1.222 bits"))
        #expect(text.contains("perplexity 2.332"))
        #expect(text.contains("logsumexp 2.417"))
    }

    @Test func everyPanelShowsAt80x24() {
        let text = render(Examples.seed, size: screenSize(80, 24)).plainText()
        for heading in ["logitscope", "LOGIT", "SOFTMAX", "SIGMOID", "entropy", "? help", "q quit"] {
            #expect(text.contains(heading), "missing \(heading)")
        }
    }

    @Test func largerTerminalsGetWiderBars() {
        func barCells(_ size: Size) -> Int {
            let line = render(Examples.seed, size: size).lines.first { $0.contains("65.9%") }!
            let after = line.split(separator: "%", maxSplits: 1)[1]
            return after.filter { "█▏▎▍▌▋▊▉".contains($0) }.count
        }
        #expect(barCells(screenSize(120, 40)) > barCells(screenSize(80, 24)) + 10)
    }

    @Test func crossEntropyShowsWhenATargetIsSet() {
        // CE = logsumexp − z_cat = 2.313262 − 2 (numpy).
        let text = render(Examples.masked, size: screenSize(80, 24)).plainText()
        #expect(text.contains("cross-entropy ◎ cat 0.3133 nats"))
    }

    @Test func maskedClassShowsMinusInfinityAndAnExactZero() throws {
        let screen = render(Examples.masked, size: screenSize(80, 24))
        let dog = try #require(screen.lines.first { $0.contains("dog") && $0.contains("LOGIT") == false })
        #expect(dog.contains("-inf"))
        #expect(dog.contains("masked"))
        #expect(dog.hasSuffix(" 0"))  // softmax exactly 0, not 0.0%
        #expect(!screen.plainText().contains(" 0.0%"))
        #expect(try #require(row(screen, containing: "cat")).contains("73.1%"))
    }

    @Test func exactZeroAndNonFiniteNumbersAreStyled() throws {
        let screen = render(Examples.float16Overflow, size: screenSize(80, 24))
        let y = try #require(screen.lines.firstIndex { $0.contains("naive softmax") })
        let x = try #require(Array(screen.lines[y]).firstIndex(of: "N"))
        #expect(screen[x, y].style == Theme.nonFinite)
        let masked = render(Examples.masked, size: screenSize(80, 24))
        let dogRow = try #require(masked.lines.firstIndex { $0.contains("dog") })
        let zeroX = Array(masked.lines[dogRow]).count - 1
        #expect(masked[zeroX, dogRow].style == Theme.exactZero)
    }

    @Test func float16OverflowShowsNaiveNaNNextToStableBars() throws {
        let screen = render(Examples.float16Overflow, size: screenSize(80, 24))
        // NUMERICS.md: stable [0.665, 0.245, 0.090]; naive [NaN, 0, 0]; ln(65504) = 11.09.
        #expect(try #require(row(screen, containing: "class 0")).contains("66.5%"))
        #expect(try #require(row(screen, containing: "class 2")).contains("9.0%"))
        let text = screen.plainText()
        #expect(text.contains("naive softmax (no max subtracted): NaN · 0 · 0"))
        #expect(text.contains("overflows Float16 above z/T = 11.09"))
        #expect(text.contains("Float16"))
    }

    @Test func manyClassesScrollToKeepTheSelectionVisible() {
        let text = render(Examples.twelve, size: screenSize(80, 24)).plainText()
        #expect(text.contains("▸   class 5"))
        #expect(text.contains("↑ 3 more"))
        #expect(text.contains("↓ 4 more"))
        var last = Examples.twelve
        last.apply(.selectLast)
        let bottom = render(last, size: screenSize(80, 24)).plainText()
        #expect(bottom.contains("▸   class 11"))
        #expect(!bottom.contains(" ↓ "))
        // 120×40 has room for all twelve.
        let big = render(Examples.twelve, size: screenSize(120, 40)).plainText()
        #expect(!big.contains("more"))
    }

    @Test func a128kVocabularyStillKeepsTheSelectionOnScreen() {
        let n = 128_000
        let logits = (0..<n).map { Double($0 % 97) / 10 }
        var state = ExplorerState(document: LogitDocument(logits: logits), selection: 100_000)
        state.apply(.setOrder(.index))
        state.apply(.moveSelection(by: 1))
        let screen = render(state, size: screenSize(80, 24))
        let row = try! #require(screen.lines.first { $0.contains("class 100001") })
        #expect(row.hasPrefix(" ▸"))
        #expect(screen.plainText().contains("more"))
    }

    @Test func labelsAreMeasuredInCellsAndCutWithAnEllipsis() {
        let doc = LogitDocument(logits: [1, 2, 3], labels: ["猫猫猫猫猫猫猫猫猫猫猫猫猫猫猫猫猫猫猫猫", "dog", "a\u{1B}[31mred"])
        let screen = render(ExplorerState(document: doc), size: screenSize(80, 24))
        let cat = screen.lines.first { $0.contains("猫") }!
        #expect(cat.contains("…"))
        // The label column is 16 cells at 80 columns: 7 wide characters, a space, the ellipsis.
        #expect(cat.contains("猫猫猫猫猫猫猫 …"))
        #expect(!screen.plainText().contains("\u{1B}"))
        #expect(screen.plainText().contains("a␛[31mred"))
    }

    @Test func theEditFieldShowsItsTextInPlace() throws {
        var state = Examples.seed
        state.apply(.beginEdit(.logit))
        state.apply(.edit(.insert("3.5")))
        let screen = render(state, size: screenSize(80, 24))
        let y = try #require(screen.lines.indices.dropFirst().first { screen.lines[$0].contains("News") })
        let line = Array(screen.lines[y])
        let x = try #require(line.indices.dropFirst(5).first { line[$0] == "3" })
        #expect(String(line[x..<(x + 3)]) == "3.5")
        #expect(screen[x, y].style == Theme.field)
        #expect(screen[x + 3, y].style == Theme.fieldCursor)  // the cursor after the text
        #expect(screen.lines[23].contains("Enter confirm"))

        var fresh = Examples.seed
        fresh.apply(.beginEdit(.logit))
        let selected = render(fresh, size: screenSize(80, 24))
        let fx = try #require(Array(selected.lines[y]).firstIndex(of: "2"))
        #expect(selected[fx, y].style == Theme.fieldSelected)  // all selected: typing replaces it
    }

    @Test func errorsShowOnTheStatusLine() {
        var state = Examples.seed
        state.apply(.beginEdit(.logit))
        state.apply(.edit(.insert("two")))
        state.apply(.commitEdit)
        let screen = render(state, size: screenSize(80, 24))
        #expect(screen.lines[23].contains("✗ logit 1 is \"two\""))
        #expect(screen[1, 23].style == Theme.error)
    }

    @Test func tooSmallTerminalsGetAMessageInsteadOfABrokenLayout() {
        let text = render(Examples.seed, size: screenSize(30, 10)).plainText()
        #expect(text.contains("terminal too small: 30×10"))
        #expect(text.contains("at least 60×16"))
        let wide = render(Examples.seed, size: screenSize(100, 12)).plainText()
        #expect(wide.contains("terminal too small: 100×12 — logitscope needs at least 60×16"))
        #expect(!render(Examples.seed, size: screenSize(60, 16)).plainText().contains("too small"))
        // Degenerate sizes do not crash.
        _ = render(Examples.seed, size: screenSize(0, 0))
        _ = render(Examples.seed, size: screenSize(1, 1))
    }

    @Test func theMinimumSizeStillShowsEveryPanel() {
        let text = render(Examples.twelve, size: screenSize(60, 16)).plainText()
        for heading in ["LOGIT", "SOFTMAX", "SIGMOID", "entropy", "▸   class 5"] {
            #expect(text.contains(heading), "missing \(heading)")
        }
    }

    @Test func asciiFallbackDrawsWithASCIIOnly() {
        let options = RenderOptions(unicode: false)
        var state = Examples.masked
        state.apply(.toggleHelp)
        for s in [Examples.seed, Examples.masked, Examples.float16Overflow, state] {
            let text = render(s, size: screenSize(80, 24), options: options).plainText()
            let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "non-ASCII: \(String(String.UnicodeScalarView(nonASCII)))")
        }
        let seed = render(Examples.seed, size: screenSize(80, 24), options: options).plainText()
        #expect(seed.contains("#"))
        #expect(seed.contains("|"))
        #expect(seed.contains(">*  News"))
    }

    @Test func theHelpOverlayListsEveryKeyFromTheKeyTable() {
        var state = Examples.seed
        state.apply(.toggleHelp)
        let text = render(state, size: screenSize(80, 24)).plainText()
        for binding in (KeyBindings.explorer + KeyBindings.field).flatMap(\.bindings) {
            #expect(text.contains(binding.label), "help lacks \(binding.label)")
            #expect(text.contains(binding.help), "help lacks \(binding.help)")
        }
    }

    @Test func warningsShowUnderTheHeader() {
        let state = ExplorerState(document: LogitDocument(logits: [70000, 1], precision: .float16))
        let screen = render(state, size: screenSize(80, 24))
        #expect(screen.lines[1].hasPrefix(" ! logit of class 0 = 70000"))
        #expect(screen.lines[1].contains("is beyond Float16"))
        #expect(screen.plainText().contains("inf"))
    }

    @Test func perClassThresholdsShowAsProbabilityAndLogit() {
        var state = Examples.seed
        state.apply(.nudgeClassThreshold(up: true))
        state.apply(.nudgeClassThreshold(up: true))
        state.apply(.nudgeClassThreshold(up: true))
        state.apply(.nudgeClassThreshold(up: true))
        // τ = 0.7: logit(0.7) = ln(0.7/0.3) = 0.847298 (numpy), at T = 1.
        let text = render(state, size: screenSize(80, 24)).plainText()
        #expect(text.contains("τ 70.0% ⇔ z > 0.8473"))
    }

    @Test func printoutHasEveryClassAndNoSelectionOrStatus() {
        let screen = renderPrintout(Examples.twelve, width: 80)
        let text = screen.plainText()
        for i in 0..<12 { #expect(text.contains("class \(i) ")) }
        #expect(!text.contains("▸"))
        #expect(!text.contains("more"))
        #expect(!text.contains("? help"))
        #expect(!text.contains("q quit"))
        #expect(screen.size.width == 80)
        #expect(screen.lines.last?.isEmpty == false)
        #expect(!screen.cells.contains { $0.style.reverse && $0.character != " " && $0.style != Theme.header && $0.style != Theme.nonFinite })
    }

    @Test func printoutOfTheSeed() {
        // What `logitscope --print` prints for the seed at 80 columns.
        let expected = """
             logitscope · 3 classes · T = 1 · Float64 · argmax ★ News

                 CLASS             LOGIT  -3 ─── 0 ─── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
              ★  News                  2         │████▋      65.9% ███████████████▉
                 Entertainment         1         │██▍        24.2% █████▉
                 Technology          0.1         │▎           9.9% ██▍

                 SIGMOID          σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
              ★  News              88.1% ✓ ████████████████████████┃█████████████████▎
                 Entertainment     73.1% ✓ ████████████████████████┃██████████▏
                 Technology        52.5% ✓ ████████████████████████┃▎

             entropy 0.8467 nats = 1.222 bits   normalized H 0.7707   perplexity 2.332
             logsumexp 2.417   argmax ★ News   top p 65.9%   margin 1

                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 CLASS               z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
              ★  News                  2      7.389         0            1    0.659
                 Entertainment         1      2.718        -1       0.3679    0.242
                 Technology          0.1      1.105      -1.9       0.1496    0.099
                                       Σ      11.21                  1.517        1
                 ★ News: p = 7.389 / 11.21 = 1 / 1.517 = 0.659

                 PRECISION LAB  Float64  exp(x) = inf above 709.78, = 0 below -745.13
                 CLASS               z/T naive e^(z/T)  naive p     e^(z/T−max)  stable p
              ★  News                  2         7.389    65.9%               1     65.9%
                 Entertainment         1         2.718    24.2%          0.3679     24.2%
                 Technology          0.1         1.105     9.9%          0.1496      9.9%
                                       Σ         11.21                    1.517
                 ✓ every z/T is within Float64's limits: naive and stable agree
                 + and - shift every logit: p stays put until the naive path breaks

                 BINARY VIEW  ★ News against the rest
                 log-odds  z/T - log Σ e^(z/T) of the rest = 2 - 1.341 = 0.6588
                 softmax   p(★ News) = 65.9% = σ(log-odds) = 65.9%
                 decision  log-odds 0.6588 > 0 ⇔ p 65.9% > 50%   the same decision
                 sigmoid   ★ News alone: σ(2) = 88.1% > 50% ⇔ z/T = 2 > 0

                 LOSS  no target (--target I gives CE and its gradient)
                 CLASS                 p  ∂CE/∂z = (p−onehot)/T   y  BCE naive  BCE stable
              ★  News              65.9%                          0      2.127       2.127
                 Entertainment     24.2%                          0      1.313       1.313
                 Technology         9.9%                          0     0.7444      0.7444
                 y toggles the class's 0/1 target; naive BCE breaks where σ rounds to 0 or…

                 LOG-SOFTMAX  log of the rounded p against z/T − logsumexp, in Float64
                 CLASS               z/T         p  log(softmax)   log_softmax
              ★  News                  2     65.9%        -0.417        -0.417
                 Entertainment         1     24.2%        -1.417        -1.417
                 Technology          0.1      9.9%        -2.317        -2.317
                 no target (--target I gives its loss both ways)
                 ✓ every p is a normal Float64 number: both logs agree to rounding
                 CrossEntropyLoss takes "raw, unnormalized scores" and uses log_softmax

                 ONLINE SOFTMAX  one pass, blocks of B = 2, Float64 (--block B)
                 BLOCK CLASSES   max z/T         m e^(m_old−m)   Σ e^(z/T−m)          ℓ
                     1     1–2         2         2           —         1.368      1.368
                     2       3       0.1         2           1        0.1496      1.517
                 CLASS               z/T block   e^(z/T−m)  p = e/ℓ stable p  ulps
              ★  News                  2     1           1    0.659    0.659     0
                 Entertainment         1     1      0.3679    0.242    0.242     0
                 Technology          0.1     2      0.1496    0.099    0.099     0
                 final m = 2, ℓ = 1.517   online p within 0 ulps of stable p

            """
        #expect(renderPrintout(Examples.seed, width: 80).plainText() == expected)
    }

    @Test func ansiTextCarriesStylesAndDropsColoursInMonochrome() {
        let screen = renderPrintout(Examples.seed, width: 80)
        let colour = screen.ansiText(color: true)
        let mono = screen.ansiText(color: false)
        #expect(colour.contains("\u{1B}[0;1;7;36m logitscope"))  // header: bold, reverse, cyan
        #expect(mono.contains("\u{1B}[0;1;7m logitscope"))         // the same without the colour
        #expect(!mono.contains(";3"))                              // no foreground colour codes
        #expect(mono.contains("\u{1B}[0;1m★"))                     // the argmax stays bold
        // Stripped of escapes, the ANSI text is the plain text.
        var stripped = ""
        var inEscape = false
        for c in colour {
            if c == "\u{1B}" { inEscape = true; continue }
            if inEscape { if c == "m" { inEscape = false }; continue }
            stripped.append(c)
        }
        let trimmed = stripped.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
        #expect(trimmed == screen.plainText())
    }
}
