import Testing
import LogitCore
import LogitView

/// Golden screens (ratatui style): the whole frame as text lines. Each was read as a user would
/// and its numbers checked against scipy before it was frozen; see Examples for the sources.
/// Trailing blank rows are left out of the literals.
@Suite struct GoldenScreenTests {
    @Test func seedAt80x24() {
        let screen = render(Examples.seed, size: screenSize(80, 24))
        #expect(screen.lines == expectedLines("""
             logitscope · 3 classes · T = 1 · Float64 · step 0.1 · argmax ★ News     ? help

                 CLASS             LOGIT  -3 ─── 0 ─── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
             ▸★  News                  2         │████▋      65.9% ███████████████▉
                 Entertainment         1         │██▍        24.2% █████▉
                 Technology          0.1         │▎           9.9% ██▍

                 SIGMOID          σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
             ▸★  News              88.1% ✓ ████████████████████████┃█████████████████▎
                 Entertainment     73.1% ✓ ████████████████████████┃██████████▏
                 Technology        52.5% ✓ ████████████████████████┃▎

             entropy 0.8467 nats = 1.222 bits   perplexity 2.332   logsumexp 2.417
             argmax ★ News   cross-entropy (press c on the true class)









             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
            """, height: 24))
    }

    @Test func seedAt120x40() {
        let screen = render(Examples.seed, size: screenSize(120, 40))
        #expect(screen.lines == expectedLines("""
             logitscope · 3 classes · T = 1 · Float64 · step 0.1 · argmax ★ News                                             ? help

                 CLASS             LOGIT  -3 ─────────── 0 ─────────── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
             ▸★  News                  2                 │██████████         65.9% ███████████████████████████████▋
                 Entertainment         1                 │█████              24.2% ███████████▋
                 Technology          0.1                 │▌                   9.9% ████▊

                 SIGMOID          σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
             ▸★  News              88.1% ✓ ████████████████████████████████████████████┃████████████████████████████████▌
                 Entertainment     73.1% ✓ ████████████████████████████████████████████┃███████████████████▍
                 Technology        52.5% ✓ ████████████████████████████████████████████┃█▎

             entropy 0.8467 nats = 1.222 bits   perplexity 2.332   logsumexp 2.417   argmax ★ News
             cross-entropy (press c on the true class)

























             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
            """, height: 40))
    }

    @Test func twelveClassesAt80x24() {
        let screen = render(Examples.twelve, size: screenSize(80, 24))
        #expect(screen.lines == expectedLines("""
             logitscope · 12 classes · T = 1 · Float64 · step 0.1 · argmax ★ class 1 ? help

                 CLASS        LOGIT  -5 ──── 0 ──── +5  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 ↑ 3 more
                 class 4       -0.8        ▐█│             0.8% ▎
                 class 5        2.1          │███▍        13.7% ███▊
             ▸   class 6       -2.4      ████│             0.2% ▏
                 class 7          0          │             1.7% ▌
                 class 8        1.1          │█▊           5.0% █▍
                 ↓ 4 more

                 SIGMOID     σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 ↑ 3 more
                 class 4      31.0%   ████████████████▍         ┃
                 class 5      89.1% ✓ ██████████████████████████┃████████████████████▎
             ▸   class 6       8.3%   ████▍                     ┃
                 class 7      50.0%   ██████████████████████████┃
                 class 8      75.0% ✓ ██████████████████████████┃████████████▊
                 ↓ 4 more

             entropy 1.718 nats = 2.478 bits   perplexity 5.571   logsumexp 4.088
             argmax ★ class 1   cross-entropy (press c on the true class)

             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
            """, height: 24))
    }

    @Test func twelveClassesAt120x40() {
        let screen = render(Examples.twelve, size: screenSize(120, 40))
        #expect(screen.lines == expectedLines("""
             logitscope · 12 classes · T = 1 · Float64 · step 0.1 · argmax ★ class 1                                         ? help

                 CLASS        LOGIT  -5 ──────────── 0 ──────────── +5  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
              ★  class 1        3.2                  │██████████▎         41.1% █████████████████████
                 class 2        1.5                  │████▊                7.5% ███▉
                 class 3        0.3                  │█                    2.3% █▏
                 class 4       -0.8               ▐██│                     0.8% ▍
                 class 5        2.1                  │██████▊             13.7% ███████
             ▸   class 6       -2.4          ▐███████│                     0.2% ▏
                 class 7          0                  │                     1.7% ▉
                 class 8        1.1                  │███▌                 5.0% ██▋
                 class 9       -1.3              ████│                     0.5% ▎
                 class 10       0.7                  │██▎                  3.4% █▊
                 class 11      -0.2                 ▐│                     1.4% ▊
                 class 12       2.6                  │████████▍           22.6% ███████████▌

                 SIGMOID     σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
              ★  class 1      96.1% ✓ ██████████████████████████████████████████████┃██████████████████████████████████████████▍
                 class 2      81.8% ✓ ██████████████████████████████████████████████┃█████████████████████████████
                 class 3      57.4% ✓ ██████████████████████████████████████████████┃██████▍
                 class 4      31.0%   ████████████████████████████▉                 ┃
                 class 5      89.1% ✓ ██████████████████████████████████████████████┃███████████████████████████████████▉
             ▸   class 6       8.3%   ███████▊                                      ┃
                 class 7      50.0%   ██████████████████████████████████████████████┃
                 class 8      75.0% ✓ ██████████████████████████████████████████████┃██████████████████████▊
                 class 9      21.4%   ███████████████████▉                          ┃
                 class 10     66.8% ✓ ██████████████████████████████████████████████┃███████████████▏
                 class 11     45.0%   █████████████████████████████████████████▉    ┃
                 class 12     93.1% ✓ ██████████████████████████████████████████████┃███████████████████████████████████████▋

             entropy 1.718 nats = 2.478 bits   perplexity 5.571   logsumexp 4.088   argmax ★ class 1
             cross-entropy (press c on the true class)







             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
            """, height: 40))
    }

    @Test func maskedClassAt80x24() {
        let screen = render(Examples.masked, size: screenSize(80, 24))
        #expect(screen.lines == expectedLines("""
             logitscope · 3 classes · T = 1 · Float64 · step 0.1 · argmax ★ cat      ? help

                 CLASS       LOGIT  -3 ──── 0 ──── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
             ▸★◎ cat             2          │█████▍      73.1% ████████████████████▌
                 dog          -inf   masked │                0
                 bird            1          │██▋         26.9% ███████▌

                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
             ▸★◎ cat         88.1% ✓ ███████████████████████████┃███████████████████▋
                 dog             0                              ┃
                 bird        73.1% ✓ ███████████████████████████┃███████████▌

             entropy 0.5822 nats = 0.8399 bits   perplexity 1.79   logsumexp 2.313
             argmax ★ cat   cross-entropy ◎ cat 0.3133 nats









             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
            """, height: 24))
    }

    @Test func maskedClassAt120x40() {
        let screen = render(Examples.masked, size: screenSize(120, 40))
        #expect(screen.lines == expectedLines("""
             logitscope · 3 classes · T = 1 · Float64 · step 0.1 · argmax ★ cat                                              ? help

                 CLASS       LOGIT  -3 ──────────── 0 ──────────── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
             ▸★◎ cat             2                  │██████████▋         73.1% ██████████████████████████████████████
                 dog          -inf           masked │                        0
                 bird            1                  │█████▍              26.9% ██████████████

                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
             ▸★◎ cat         88.1% ✓ ███████████████████████████████████████████████┃██████████████████████████████████▊
                 dog             0                                                  ┃
                 bird        73.1% ✓ ███████████████████████████████████████████████┃████████████████████▊

             entropy 0.5822 nats = 0.8399 bits   perplexity 1.79   logsumexp 2.313   argmax ★ cat   cross-entropy ◎ cat 0.3133 nats


























             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
            """, height: 40))
    }

    @Test func float16OverflowAt80x24() {
        let screen = render(Examples.float16Overflow, size: screenSize(80, 24))
        #expect(screen.lines == expectedLines("""
             logitscope · 3 classes · T = 1 · Float16 · step 0.1 · argmax ★ class 1  ? help

                 CLASS       LOGIT  -20 ─── 0 ─── +20  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
             ▸★  class 1        12          │████▊       66.5% ██████████████████▋
                 class 2        11          │████▍       24.5% ██████▉
                 class 3        10          │████         9.0% ██▌

                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
             ▸★  class 1    100.0% ✓ ███████████████████████████┃██████████████████████████
                 class 2    100.0% ✓ ███████████████████████████┃██████████████████████████
                 class 3    100.0% ✓ ███████████████████████████┃██████████████████████████

             entropy 0.8325 nats = 1.201 bits   perplexity 2.299   logsumexp 12.41
             argmax ★ class 1   cross-entropy (press c on the true class)
             naive softmax (no max subtracted): NaN · 0 · 0
             exp(z/T) overflows Float16 above z/T = 11.09
             the bars above subtract the max first






             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
            """, height: 24))
    }

    @Test func float16OverflowAt120x40() {
        let screen = render(Examples.float16Overflow, size: screenSize(120, 40))
        #expect(screen.lines == expectedLines("""
             logitscope · 3 classes · T = 1 · Float16 · step 0.1 · argmax ★ class 1                                          ? help

                 CLASS       LOGIT  -20 ─────────── 0 ─────────── +20  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
             ▸★  class 1        12                  │█████████▋          66.5% ██████████████████████████████████▋
                 class 2        11                  │████████▊           24.5% ████████████▊
                 class 3        10                  │████████             9.0% ████▋

                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
             ▸★  class 1    100.0% ✓ ███████████████████████████████████████████████┃██████████████████████████████████████████████
                 class 2    100.0% ✓ ███████████████████████████████████████████████┃██████████████████████████████████████████████
                 class 3    100.0% ✓ ███████████████████████████████████████████████┃██████████████████████████████████████████████

             entropy 0.8325 nats = 1.201 bits   perplexity 2.299   logsumexp 12.41   argmax ★ class 1
             cross-entropy (press c on the true class)
             naive softmax (no max subtracted): NaN · 0 · 0   exp(z/T) overflows Float16 above z/T = 11.09
             the bars above subtract the max first























             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
            """, height: 40))
    }
}
