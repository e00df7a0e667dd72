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

             entropy 0.8467 nats = 1.222 bits   normalized H 0.7707   perplexity 2.332
             logsumexp 2.417   argmax ★ News   top p 65.9%   margin 1
             cross-entropy (press c on the true class)

                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 CLASS               z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
             ▸★  News                  2      7.389         0            1    0.659
                 Entertainment         1      2.718        -1       0.3679    0.242
                 Technology          0.1      1.105      -1.9       0.1496    0.099
                                       Σ      11.21                  1.517        1
                 ★ News: p = 7.389 / 11.21 = 1 / 1.517 = 0.659
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

             entropy 0.8467 nats = 1.222 bits   normalized H 0.7707   perplexity 2.332   logsumexp 2.417   argmax ★ News
             top p 65.9%   margin 1   cross-entropy (press c on the true class)

                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 CLASS                 z       z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
             ▸★  News                  2         2      7.389         0            1    0.659
                 Entertainment         1         1      2.718        -1       0.3679    0.242
                 Technology          0.1       0.1      1.105      -1.9       0.1496    0.099
                                                 Σ      11.21                  1.517        1
                 ★ News: p = 7.389 / 11.21 = 1 / 1.517 = 0.659

                 PRECISION LAB  Float64  exp(x) = inf above 709.78, = 0 below -745.13
                 CLASS               z/T naive e^(z/T)  naive p     e^(z/T−max)  stable p
             ▸★  News                  2         7.389    65.9%               1     65.9%
                 Entertainment         1         2.718    24.2%          0.3679     24.2%
                 Technology          0.1         1.105     9.9%          0.1496      9.9%
                                       Σ         11.21                    1.517
                 ✓ every z/T is within Float64's limits: naive and stable agree
                 + and - shift every logit: p stays put until the naive path breaks

                 BINARY VIEW  ★ News against the rest (select another with ↑ ↓)
                 log-odds  z/T - log Σ e^(z/T) of the rest = 2 - 1.341 = 0.6588
                 softmax   p(★ News) = 65.9% = σ(log-odds) = 65.9%
                 decision  log-odds 0.6588 > 0 ⇔ p 65.9% > 50%   the same decision
                 sigmoid   ★ News alone: σ(2) = 88.1% > 50% ⇔ z/T = 2 > 0


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

             entropy 1.718 nats = 2.478 bits   normalized H 0.6912   perplexity 5.571
             logsumexp 4.088   argmax ★ class 1   top p 41.1%   margin 0.6
             cross-entropy (press c on the true class)
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

             entropy 1.718 nats = 2.478 bits   normalized H 0.6912   perplexity 5.571   logsumexp 4.088   argmax ★ class 1
             top p 41.1%   margin 0.6   cross-entropy (press c on the true class)

                 BINARY VIEW  class 6 against the rest (select another with ↑ ↓)
                 log-odds  z/T - log Σ e^(z/T) of the rest = -2.4 - 4.087 = -6.487
                 softmax   p(class 6) = 0.2% = σ(log-odds) = 0.2%
                 decision  log-odds -6.487 ≤ 0 ⇔ p 0.2% ≤ 50%   the same decision
                 sigmoid   class 6 alone: σ(-2.4) = 8.3% ≤ 50% ⇔ z/T = -2.4 ≤ 0

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

             entropy 0.5822 nats = 0.8399 bits   normalized H 0.8399   perplexity 1.79
             logsumexp 2.313   argmax ★ cat   top p 73.1%   margin 1
             cross-entropy ◎ cat 0.3133 nats

                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 CLASS           z       z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
             ▸★◎ cat             2         2      7.389         0            1    0.731
                 dog          -inf      -inf          0      -inf            0        0
                 bird            1         1      2.718        -1       0.3679    0.269
                                           Σ      10.11                  1.368        1
                 ★ cat: p = 7.389 / 10.11 = 1 / 1.368 = 0.731
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

             entropy 0.5822 nats = 0.8399 bits   normalized H 0.8399   perplexity 1.79   logsumexp 2.313   argmax ★ cat
             top p 73.1%   margin 1   cross-entropy ◎ cat 0.3133 nats

                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 CLASS           z       z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
             ▸★◎ cat             2         2      7.389         0            1    0.731
                 dog          -inf      -inf          0      -inf            0        0
                 bird            1         1      2.718        -1       0.3679    0.269
                                           Σ      10.11                  1.368        1
                 ★ cat: p = 7.389 / 10.11 = 1 / 1.368 = 0.731

                 PRECISION LAB  Float64  exp(x) = inf above 709.78, = 0 below -745.13
                 CLASS         z/T naive e^(z/T)  naive p     e^(z/T−max)  stable p
             ▸★◎ cat             2         7.389    73.1%               1     73.1%
                 dog          -inf             0        0               0         0
                 bird            1         2.718    26.9%          0.3679     26.9%
                                 Σ         10.11                    1.368
                 ✓ every z/T is within Float64's limits: naive and stable agree
                 + and - shift every logit: p stays put until the naive path breaks

                 BINARY VIEW  ★ cat against the rest (select another with ↑ ↓)
                 log-odds  z/T - log Σ e^(z/T) of the rest = 2 - 1 = 1
                 softmax   p(★ cat) = 73.1% = σ(log-odds) = 73.1%
                 decision  log-odds 1 > 0 ⇔ p 73.1% > 50%   the same decision
                 sigmoid   ★ cat alone: σ(2) = 88.1% > 50% ⇔ z/T = 2 > 0


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

             entropy 0.8325 nats = 1.201 bits   normalized H 0.7578   perplexity 2.299
             logsumexp 12.41   argmax ★ class 1   top p 66.5%   margin 1
             cross-entropy (press c on the true class)
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

             entropy 0.8325 nats = 1.201 bits   normalized H 0.7578   perplexity 2.299   logsumexp 12.41   argmax ★ class 1
             top p 66.5%   margin 1   cross-entropy (press c on the true class)
             naive softmax (no max subtracted): NaN · 0 · 0   exp(z/T) overflows Float16 above z/T = 11.09
             the bars above subtract the max first

                 WORKED STEPS  softmax by hand at T = 1 in Float16
                 CLASS           z       z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
             ▸★  class 1        12        12        inf         0            1    0.665
                 class 2        11        11      59872        -1       0.3679    0.245
                 class 3        10        10      22032        -2       0.1354    0.090
                                           Σ        inf                  1.503   0.9998
                 ★ class 1: p = 1 / 1.503 = 0.665   naive inf / inf = NaN (see the lab)

                 PRECISION LAB  Float16  exp(x) = inf above 11.09, = 0 below -17.33
                 CLASS         z/T naive e^(z/T)  naive p     e^(z/T−max)  stable p
             ▸★  class 1        12           inf      NaN               1     66.5%
                 class 2        11         59872        0          0.3679     24.5%
                 class 3        10         22032        0          0.1354      9.0%
                                 Σ           inf                    1.503
                 ✗ exp(12) overflows Float16, whose limit is 11.09
                 Σ = inf: inf/inf = NaN, x/inf = 0   stable: every exponent ≤ 0, no overflow

                 BINARY VIEW  ★ class 1 against the rest (select another with ↑ ↓)
                 log-odds  z/T - log Σ e^(z/T) of the rest = 12 - 11.31 = 0.6865
                 softmax   p(★ class 1) = 66.5% = σ(log-odds) = 66.5%
                 decision  log-odds 0.6865 > 0 ⇔ p 66.5% > 50%   the same decision
                 sigmoid   ★ class 1 alone: σ(12) = 100.0% > 50% ⇔ z/T = 12 > 0
             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
            """, height: 40))
    }
}
