import Testing
import LogitCore
import LogitView

/// Golden screens (ratatui style): the whole frame, each row's text with its styles on the line
/// under it, one letter per cell (see StyleLegend: A the argmax, a the argmax on the selected row,
/// N an inf or NaN, R the threshold line and errors, h headings, d hints…). Each was read as a
/// user would and its numbers checked against scipy before it was frozen; see Examples for the
/// sources. Trailing blank rows are left out of the literals.
@Suite struct GoldenScreenTests {
    @Test func seedAt80x24() {
        let screen = render(Examples.seed, size: screenSize(80, 24))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 3 classes · T = 1 · Float64 · step 0.1 · argmax ★ News     ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS             LOGIT  -3 ─── 0 ─── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh             hhhhh  ddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
             ▸★  News                  2         │████▋      65.9% ███████████████▉
             BA SaaaaSSSSSSSSSSSSSSSSSSaS        dbbbbb      AAAAA AAAAAAAAAAAAAAAA
                 Entertainment         1         │██▍        24.2% █████▉
                                                 dbbb              gggggg
                 Technology          0.1         │▎           9.9% ██▍
                                                 db                ggg


                 SIGMOID          σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh          hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
             ▸★  News              88.1% ✓ ████████████████████████┃█████████████████▎
             BA SaaaaSSSSSSSSSSSSSSvvvvvSG GGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGG
                 Entertainment     73.1% ✓ ████████████████████████┃██████████▏
                                   GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGG
                 Technology        52.5% ✓ ████████████████████████┃▎
                                   GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGRG


             entropy 0.8467 nats = 1.222 bits   normalized H 0.7707   perplexity 2.332
             hhhhhhhh                           hhhhhhhhhhhhh         hhhhhhhhhhh
             logsumexp 2.417   argmax ★ News   top p 65.9%   margin 1
             hhhhhhhhhh        hhhhhhhAAAAAA   hhhhhhAAAAA   hhhhhhh
             cross-entropy (press c on the true class)
             hhhhhhhhhhhhhhddddddddddddddddddddddddddd


                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 hhhhhhhhhhhhddddddddddddddddddddddddddddddddddddd
                 CLASS               z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
                 hhhhh               hhh    hhhhhhh   hhhhhhh  hhhhhhhhhhh hhhhhhhh
             ▸★  News                  2      7.389         0            1    0.659
             BA SaaaaSSSSSSSSSSSSSSSSSSSS                                     AAAAA
                 Entertainment         1      2.718        -1       0.3679    0.242

                 Technology          0.1      1.105      -1.9       0.1496    0.099

                                       Σ      11.21                  1.517        1
                                       h
                 ★ News: p = 7.389 / 11.21 = 1 / 1.517 = 0.659
                 AAAAAA                                  AAAAA
             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bddddd  Bddddd
            """, height: 24))
    }

    @Test func seedAt120x40() {
        let screen = render(Examples.seed, size: screenSize(120, 40))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 3 classes · T = 1 · Float64 · step 0.1 · argmax ★ News                                             ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS             LOGIT  -3 ─────────── 0 ─────────── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh             hhhhh  ddddddddddddddddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
             ▸★  News                  2                 │██████████         65.9% ███████████████████████████████▋
             BA SaaaaSSSSSSSSSSSSSSSSSSaS                dbbbbbbbbbb         AAAAA AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 Entertainment         1                 │█████              24.2% ███████████▋
                                                         dbbbbb                    gggggggggggg
                 Technology          0.1                 │▌                   9.9% ████▊
                                                         db                        ggggg


                 SIGMOID          σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh          hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
             ▸★  News              88.1% ✓ ████████████████████████████████████████████┃████████████████████████████████▌
             BA SaaaaSSSSSSSSSSSSSSvvvvvSG GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
                 Entertainment     73.1% ✓ ████████████████████████████████████████████┃███████████████████▍
                                   GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGG
                 Technology        52.5% ✓ ████████████████████████████████████████████┃█▎
                                   GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGG


             entropy 0.8467 nats = 1.222 bits   normalized H 0.7707   perplexity 2.332   logsumexp 2.417   argmax ★ News
             hhhhhhhh                           hhhhhhhhhhhhh         hhhhhhhhhhh        hhhhhhhhhh        hhhhhhhAAAAAA
             top p 65.9%   margin 1   cross-entropy (press c on the true class)
             hhhhhhAAAAA   hhhhhhh    hhhhhhhhhhhhhhddddddddddddddddddddddddddd


                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 hhhhhhhhhhhhddddddddddddddddddddddddddddddddddddd
                 CLASS                 z       z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
                 hhhhh                 h       hhh    hhhhhhh   hhhhhhh  hhhhhhhhhhh hhhhhhhh
             ▸★  News                  2         2      7.389         0            1    0.659
             BA SaaaaSSSSSSSSSSSSSSSSSSaS                                               AAAAA
                 Entertainment         1         1      2.718        -1       0.3679    0.242

                 Technology          0.1       0.1      1.105      -1.9       0.1496    0.099

                                                 Σ      11.21                  1.517        1
                                                 h
                 ★ News: p = 7.389 / 11.21 = 1 / 1.517 = 0.659
                 AAAAAA                                  AAAAA


                 PRECISION LAB  Float64  exp(x) = inf above 709.78, = 0 below -745.13
                 hhhhhhhhhhhhhhhhhhhhhhhhdddddddddddddddddddddddddddddddddddddddddddd
                 CLASS               z/T naive e^(z/T)  naive p     e^(z/T−max)  stable p
                 hhhhh               hhh RRRRRRRRRRRRR  RRRRRRR     hhhhhhhhhhh  hhhhhhhh
             ▸★  News                  2         7.389    65.9%               1     65.9%
             BA SaaaaSSSSSSSSSSSSSSSSSSaS                                           AAAAA
                 Entertainment         1         2.718    24.2%          0.3679     24.2%

                 Technology          0.1         1.105     9.9%          0.1496      9.9%

                                       Σ         11.21                    1.517
                                       h
                 ✓ every z/T is within Float64's limits: naive and stable agree
                 GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
                 + and - shift every logit: p stays put until the naive path breaks
                 dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd


                 BINARY VIEW  ★ News against the rest (select another with ↑ ↓)
                 hhhhhhhhhhhddddddddddddddddddddddddddddddddddddddddddddddddddd
                 log-odds  z/T - log Σ e^(z/T) of the rest = 2 - 1.341 = 0.6588
                 hhhhhhhhhh
                 softmax   p(★ News) = 65.9% = σ(log-odds) = 65.9%
                 hhhhhhhhhh
                 decision  log-odds 0.6588 > 0 ⇔ p 65.9% > 50%   the same decision
                 hhhhhhhhhh                    dd             dddddddddddddddddddd
                 sigmoid   ★ News alone: σ(2) = 88.1% > 50% ⇔ z/T = 2 > 0
                 hhhhhhhhhh                                 dd




             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bdddddddddd  BBBdddddddddd  Bddddddd  Bddddd  Bddddd  Bddddd
            """, height: 40))
    }

    @Test func twelveClassesAt80x24() {
        let screen = render(Examples.twelve, size: screenSize(80, 24))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 12 classes · T = 1 · Float64 · step 0.1 · argmax ★ class 0 ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS        LOGIT  -5 ──── 0 ──── +5  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh        hhhhh  ddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
                 ↑ 3 more
                 dddddddd
                 class 3       -0.8        ▐█│             0.8% ▎
                                           mmd                  g
                 class 4        2.1          │███▍        13.7% ███▊
                                             dbbbb              gggg
             ▸   class 5       -2.4      ████│             0.2% ▏
             B  SSSSSSSSSSSSSSSSSSSS     mmmmd                  g
                 class 6          0          │             1.7% ▌
                                             d                  g
                 class 7        1.1          │█▊           5.0% █▍
                                             dbb                gg
                 ↓ 4 more
                 dddddddd


                 SIGMOID     σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh     hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
                 ↑ 3 more
                 dddddddd
                 class 3      31.0%   ████████████████▍         ┃
                                      ccccccccccccccccc         R
                 class 4      89.1% ✓ ██████████████████████████┃████████████████████▎
                              GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGG
             ▸   class 5       8.3%   ████▍                     ┃
             B  SSSSSSSSSSSSSSSSSSSS  ccccc                     R
                 class 6      50.0%   ██████████████████████████┃
                                      ccccccccccccccccccccccccccR
                 class 7      75.0% ✓ ██████████████████████████┃████████████▊
                              GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGG
                 ↓ 4 more
                 dddddddd


             entropy 1.718 nats = 2.478 bits   normalized H 0.6912   perplexity 5.571
             hhhhhhhh                          hhhhhhhhhhhhh         hhhhhhhhhhh
             logsumexp 4.088   argmax ★ class 0   top p 41.1%   margin 0.6
             hhhhhhhhhh        hhhhhhhAAAAAAAAA   hhhhhhAAAAA   hhhhhhh
             cross-entropy (press c on the true class)
             hhhhhhhhhhhhhhddddddddddddddddddddddddddd
             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bddddd  Bddddd
            """, height: 24))
    }

    @Test func twelveClassesAt120x40() {
        let screen = render(Examples.twelve, size: screenSize(120, 40))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 12 classes · T = 1 · Float64 · step 0.1 · argmax ★ class 0                                         ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS        LOGIT  -5 ──────────── 0 ──────────── +5  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh        hhhhh  ddddddddddddddddddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
              ★  class 0        3.2                  │██████████▎         41.1% █████████████████████
              A  AAAAAAA        AAA                  dbbbbbbbbbbb         AAAAA AAAAAAAAAAAAAAAAAAAAA
                 class 1        1.5                  │████▊                7.5% ███▉
                                                     dbbbbb                     gggg
                 class 2        0.3                  │█                    2.3% █▏
                                                     db                         gg
                 class 3       -0.8               ▐██│                     0.8% ▍
                                                  mmmd                          g
                 class 4        2.1                  │██████▊             13.7% ███████
                                                     dbbbbbbb                   ggggggg
             ▸   class 5       -2.4          ▐███████│                     0.2% ▏
             B  SSSSSSSSSSSSSSSSSSSS         mmmmmmmmd                          g
                 class 6          0                  │                     1.7% ▉
                                                     d                          g
                 class 7        1.1                  │███▌                 5.0% ██▋
                                                     dbbbb                      ggg
                 class 8       -1.3              ████│                     0.5% ▎
                                                 mmmmd                          g
                 class 9        0.7                  │██▎                  3.4% █▊
                                                     dbbb                       gg
                 class 10      -0.2                 ▐│                     1.4% ▊
                                                    md                          g
                 class 11       2.6                  │████████▍           22.6% ███████████▌
                                                     dbbbbbbbbb                 gggggggggggg


                 SIGMOID     σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh     hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
              ★  class 0      96.1% ✓ ██████████████████████████████████████████████┃██████████████████████████████████████████▍
              A  AAAAAAA      GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
                 class 1      81.8% ✓ ██████████████████████████████████████████████┃█████████████████████████████
                              GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
                 class 2      57.4% ✓ ██████████████████████████████████████████████┃██████▍
                              GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGG
                 class 3      31.0%   ████████████████████████████▉                 ┃
                                      ccccccccccccccccccccccccccccc                 R
                 class 4      89.1% ✓ ██████████████████████████████████████████████┃███████████████████████████████████▉
                              GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
             ▸   class 5       8.3%   ███████▊                                      ┃
             B  SSSSSSSSSSSSSSSSSSSS  cccccccc                                      R
                 class 6      50.0%   ██████████████████████████████████████████████┃
                                      ccccccccccccccccccccccccccccccccccccccccccccccR
                 class 7      75.0% ✓ ██████████████████████████████████████████████┃██████████████████████▊
                              GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGG
                 class 8      21.4%   ███████████████████▉                          ┃
                                      cccccccccccccccccccc                          R
                 class 9      66.8% ✓ ██████████████████████████████████████████████┃███████████████▏
                              GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGG
                 class 10     45.0%   █████████████████████████████████████████▉    ┃
                                      cccccccccccccccccccccccccccccccccccccccccc    R
                 class 11     93.1% ✓ ██████████████████████████████████████████████┃███████████████████████████████████████▋
                              GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG


             entropy 1.718 nats = 2.478 bits   normalized H 0.6912   perplexity 5.571   logsumexp 4.088   argmax ★ class 0
             hhhhhhhh                          hhhhhhhhhhhhh         hhhhhhhhhhh        hhhhhhhhhh        hhhhhhhAAAAAAAAA
             top p 41.1%   margin 0.6   cross-entropy (press c on the true class)
             hhhhhhAAAAA   hhhhhhh      hhhhhhhhhhhhhhddddddddddddddddddddddddddd


                 BINARY VIEW  class 5 against the rest (select another with ↑ ↓)
                 hhhhhhhhhhhdddddddddddddddddddddddddddddddddddddddddddddddddddd
                 log-odds  z/T - log Σ e^(z/T) of the rest = -2.4 - 4.087 = -6.487
                 hhhhhhhhhh
                 softmax   p(class 5) = 0.2% = σ(log-odds) = 0.2%
                 hhhhhhhhhh
                 decision  log-odds -6.487 ≤ 0 ⇔ p 0.2% ≤ 50%   the same decision
                 hhhhhhhhhh                    dd            dddddddddddddddddddd
                 sigmoid   class 5 alone: σ(-2.4) = 8.3% ≤ 50% ⇔ z/T = -2.4 ≤ 0
                 hhhhhhhhhh                                    dd


             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bdddddddddd  BBBdddddddddd  Bddddddd  Bddddd  Bddddd  Bddddd
            """, height: 40))
    }

    @Test func maskedClassAt80x24() {
        let screen = render(Examples.masked, size: screenSize(80, 24))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 3 classes · T = 1 · Float64 · step 0.1 · argmax ★ cat      ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS       LOGIT  -3 ──── 0 ──── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh       hhhhh  ddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
             ▸★◎ cat             2          │█████▍      73.1% ████████████████████▌
             BATSaaaSSSSSSSSSSSSSaS         dbbbbbb      AAAAA AAAAAAAAAAAAAAAAAAAAA
                 dog          -inf   masked │                0
                 ddd          dddd   dddddddd                z
                 bird            1          │██▋         26.9% ███████▌
                                            dbbb               gggggggg


                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh    hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
             ▸★◎ cat         88.1% ✓ ███████████████████████████┃███████████████████▋
             BATSaaaSSSSSSSSSvvvvvSG GGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGG
                 dog             0                              ┃
                 ddd             z                              R
                 bird        73.1% ✓ ███████████████████████████┃███████████▌
                             GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGG


             entropy 0.5822 nats = 0.8399 bits   normalized H 0.8399   perplexity 1.79
             hhhhhhhh                            hhhhhhhhhhhhh         hhhhhhhhhhh
             logsumexp 2.313   argmax ★ cat   top p 73.1%   margin 1
             hhhhhhhhhh        hhhhhhhAAAAA   hhhhhhAAAAA   hhhhhhh
             cross-entropy ◎ cat 0.3133 nats
             hhhhhhhhhhhhhhTTTTTT


                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 hhhhhhhhhhhhddddddddddddddddddddddddddddddddddddd
                 CLASS           z       z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
                 hhhhh           h       hhh    hhhhhhh   hhhhhhh  hhhhhhhhhhh hhhhhhhh
             ▸★◎ cat             2         2      7.389         0            1    0.731
             BATSaaaSSSSSSSSSSSSSaS                                               AAAAA
                 dog          -inf      -inf          0      -inf            0        0
                 ddd          dddd      dddd                 dddd                     z
                 bird            1         1      2.718        -1       0.3679    0.269

                                           Σ      10.11                  1.368        1
                                           h
                 ★ cat: p = 7.389 / 10.11 = 1 / 1.368 = 0.731
                 AAAAA                                  AAAAA
             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bddddd  Bddddd
            """, height: 24))
    }

    @Test func maskedClassAt120x40() {
        let screen = render(Examples.masked, size: screenSize(120, 40))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 3 classes · T = 1 · Float64 · step 0.1 · argmax ★ cat                                              ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS       LOGIT  -3 ──────────── 0 ──────────── +3  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh       hhhhh  ddddddddddddddddddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
             ▸★◎ cat             2                  │██████████▋         73.1% ██████████████████████████████████████
             BATSaaaSSSSSSSSSSSSSaS                 dbbbbbbbbbbb         AAAAA AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 dog          -inf           masked │                        0
                 ddd          dddd           dddddddd                        z
                 bird            1                  │█████▍              26.9% ██████████████
                                                    dbbbbbb                    gggggggggggggg


                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh    hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
             ▸★◎ cat         88.1% ✓ ███████████████████████████████████████████████┃██████████████████████████████████▊
             BATSaaaSSSSSSSSSvvvvvSG GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
                 dog             0                                                  ┃
                 ddd             z                                                  R
                 bird        73.1% ✓ ███████████████████████████████████████████████┃████████████████████▊
                             GGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGG


             entropy 0.5822 nats = 0.8399 bits   normalized H 0.8399   perplexity 1.79   logsumexp 2.313   argmax ★ cat
             hhhhhhhh                            hhhhhhhhhhhhh         hhhhhhhhhhh       hhhhhhhhhh        hhhhhhhAAAAA
             top p 73.1%   margin 1   cross-entropy ◎ cat 0.3133 nats
             hhhhhhAAAAA   hhhhhhh    hhhhhhhhhhhhhhTTTTTT


                 WORKED STEPS  softmax by hand at T = 1 in Float64
                 hhhhhhhhhhhhddddddddddddddddddddddddddddddddddddd
                 CLASS           z       z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
                 hhhhh           h       hhh    hhhhhhh   hhhhhhh  hhhhhhhhhhh hhhhhhhh
             ▸★◎ cat             2         2      7.389         0            1    0.731
             BATSaaaSSSSSSSSSSSSSaS                                               AAAAA
                 dog          -inf      -inf          0      -inf            0        0
                 ddd          dddd      dddd                 dddd                     z
                 bird            1         1      2.718        -1       0.3679    0.269

                                           Σ      10.11                  1.368        1
                                           h
                 ★ cat: p = 7.389 / 10.11 = 1 / 1.368 = 0.731
                 AAAAA                                  AAAAA


                 PRECISION LAB  Float64  exp(x) = inf above 709.78, = 0 below -745.13
                 hhhhhhhhhhhhhhhhhhhhhhhhdddddddddddddddddddddddddddddddddddddddddddd
                 CLASS         z/T naive e^(z/T)  naive p     e^(z/T−max)  stable p
                 hhhhh         hhh RRRRRRRRRRRRR  RRRRRRR     hhhhhhhhhhh  hhhhhhhh
             ▸★◎ cat             2         7.389    73.1%               1     73.1%
             BATSaaaSSSSSSSSSSSSSaS                                           AAAAA
                 dog          -inf             0        0               0         0
                 ddd          dddd                      z                         z
                 bird            1         2.718    26.9%          0.3679     26.9%

                                 Σ         10.11                    1.368
                                 h
                 ✓ every z/T is within Float64's limits: naive and stable agree
                 GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
                 + and - shift every logit: p stays put until the naive path breaks
                 dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd


                 BINARY VIEW  ★ cat against the rest (select another with ↑ ↓)
                 hhhhhhhhhhhdddddddddddddddddddddddddddddddddddddddddddddddddd
                 log-odds  z/T - log Σ e^(z/T) of the rest = 2 - 1 = 1
                 hhhhhhhhhh
                 softmax   p(★ cat) = 73.1% = σ(log-odds) = 73.1%
                 hhhhhhhhhh
                 decision  log-odds 1 > 0 ⇔ p 73.1% > 50%   the same decision
                 hhhhhhhhhh               dd             dddddddddddddddddddd
                 sigmoid   ★ cat alone: σ(2) = 88.1% > 50% ⇔ z/T = 2 > 0
                 hhhhhhhhhh                                dd




             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bdddddddddd  BBBdddddddddd  Bddddddd  Bddddd  Bddddd  Bddddd
            """, height: 40))
    }

    @Test func float16OverflowAt80x24() {
        let screen = render(Examples.float16Overflow, size: screenSize(80, 24))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 3 classes · T = 1 · Float16 · step 0.1 · argmax ★ class 0  ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS       LOGIT  -20 ─── 0 ─── +20  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh       hhhhh  ddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
             ▸★  class 0        12          │████▊       66.5% ██████████████████▋
             BA SaaaaaaaSSSSSSSSaaS         dbbbbb       AAAAA AAAAAAAAAAAAAAAAAAA
                 class 1        11          │████▍       24.5% ██████▉
                                            dbbbbb             ggggggg
                 class 2        10          │████         9.0% ██▌
                                            dbbbb              ggg


                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh    hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
             ▸★  class 0    100.0% ✓ ███████████████████████████┃██████████████████████████
             BA SaaaaaaaSSSSvvvvvvSG GGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGG
                 class 1    100.0% ✓ ███████████████████████████┃██████████████████████████
                            GGGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGG
                 class 2    100.0% ✓ ███████████████████████████┃██████████████████████████
                            GGGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGG


             entropy 0.8325 nats = 1.201 bits   normalized H 0.7578   perplexity 2.299
             hhhhhhhh                           hhhhhhhhhhhhh         hhhhhhhhhhh
             logsumexp 12.41   argmax ★ class 0   top p 66.5%   margin 1
             hhhhhhhhhh        hhhhhhhAAAAAAAAA   hhhhhhAAAAA   hhhhhhh
             cross-entropy (press c on the true class)
             hhhhhhhhhhhhhhddddddddddddddddddddddddddd
             naive softmax (no max subtracted): NaN · 0 · 0
             RRRRRRRRRRRRRRdddddddddddddddddddddNNNdddzdddz
             exp(z/T) overflows Float16 above z/T = 11.09
             dddddddddddddddddddddddddddddddddddddddddddd
             the bars above subtract the max first
             ddddddddddddddddddddddddddddddddddddd










             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bddddd  Bddddd
            """, height: 24))
    }

    @Test func float16OverflowAt120x40() {
        let screen = render(Examples.float16Overflow, size: screenSize(120, 40))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 3 classes · T = 1 · Float16 · step 0.1 · argmax ★ class 0                                          ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS       LOGIT  -20 ─────────── 0 ─────────── +20  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh       hhhhh  ddddddddddddddddddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
             ▸★  class 0        12                  │█████████▋          66.5% ██████████████████████████████████▋
             BA SaaaaaaaSSSSSSSSaaS                 dbbbbbbbbbb          AAAAA AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                 class 1        11                  │████████▊           24.5% ████████████▊
                                                    dbbbbbbbbb                 ggggggggggggg
                 class 2        10                  │████████             9.0% ████▋
                                                    dbbbbbbbb                  ggggg


                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh    hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
             ▸★  class 0    100.0% ✓ ███████████████████████████████████████████████┃██████████████████████████████████████████████
             BA SaaaaaaaSSSSvvvvvvSG GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
                 class 1    100.0% ✓ ███████████████████████████████████████████████┃██████████████████████████████████████████████
                            GGGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG
                 class 2    100.0% ✓ ███████████████████████████████████████████████┃██████████████████████████████████████████████
                            GGGGGG G GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGRGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG


             entropy 0.8325 nats = 1.201 bits   normalized H 0.7578   perplexity 2.299   logsumexp 12.41   argmax ★ class 0
             hhhhhhhh                           hhhhhhhhhhhhh         hhhhhhhhhhh        hhhhhhhhhh        hhhhhhhAAAAAAAAA
             top p 66.5%   margin 1   cross-entropy (press c on the true class)
             hhhhhhAAAAA   hhhhhhh    hhhhhhhhhhhhhhddddddddddddddddddddddddddd
             naive softmax (no max subtracted): NaN · 0 · 0   exp(z/T) overflows Float16 above z/T = 11.09
             RRRRRRRRRRRRRRdddddddddddddddddddddNNNdddzdddz   dddddddddddddddddddddddddddddddddddddddddddd
             the bars above subtract the max first
             ddddddddddddddddddddddddddddddddddddd


                 WORKED STEPS  softmax by hand at T = 1 in Float16
                 hhhhhhhhhhhhddddddddddddddddddddddddddddddddddddd
                 CLASS           z       z/T    e^(z/T)   z/T−max  e^(z/T−max) p = e/Σe
                 hhhhh           h       hhh    hhhhhhh   hhhhhhh  hhhhhhhhhhh hhhhhhhh
             ▸★  class 0        12        12        inf         0            1    0.665
             BA SaaaaaaaSSSSSSSSaaS                 NNN                           AAAAA
                 class 1        11        11      59872        -1       0.3679    0.245

                 class 2        10        10      22032        -2       0.1354    0.090

                                           Σ        inf                  1.503   0.9998
                                           h        NNN
                 ★ class 0: p = 1 / 1.503 = 0.665   naive inf / inf = NaN (see the lab)
                 AAAAAAAAA                  AAAAA         NNN   NNN   NNNdddddddddddddd


                 PRECISION LAB  Float16  exp(x) = inf above 11.09, = 0 below -17.33
                 hhhhhhhhhhhhhhhhhhhhhhhhdddddddddddddddddddddddddddddddddddddddddd
                 CLASS         z/T naive e^(z/T)  naive p     e^(z/T−max)  stable p
                 hhhhh         hhh RRRRRRRRRRRRR  RRRRRRR     hhhhhhhhhhh  hhhhhhhh
             ▸★  class 0        12           inf      NaN               1     66.5%
             BA SaaaaaaaSSSSSSSSaaS          NNN      NNN                     AAAAA
                 class 1        11         59872        0          0.3679     24.5%
                                                        z
                 class 2        10         22032        0          0.1354      9.0%
                                                        z
                                 Σ           inf                    1.503
                                 h           NNN
                 ✗ exp(12) overflows Float16, whose limit is 11.09
                 RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR
                 Σ = inf: inf/inf = NaN, x/inf = 0   stable: every exponent ≤ 0, no overflow
                 ddddddddddddddddddddddddddddddddddddGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG


                 BINARY VIEW  ★ class 0 against the rest (select another with ↑ ↓)
                 hhhhhhhhhhhdddddddddddddddddddddddddddddddddddddddddddddddddddddd
                 log-odds  z/T - log Σ e^(z/T) of the rest = 12 - 11.31 = 0.6865
                 hhhhhhhhhh
                 softmax   p(★ class 0) = 66.5% = σ(log-odds) = 66.5%
                 hhhhhhhhhh
                 decision  log-odds 0.6865 > 0 ⇔ p 66.5% > 50%   the same decision
                 hhhhhhhhhh                    dd             dddddddddddddddddddd
                 sigmoid   ★ class 0 alone: σ(12) = 100.0% > 50% ⇔ z/T = 12 > 0
                 hhhhhhhhhh                                      dd
             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bdddddddddd  BBBdddddddddd  Bddddddd  Bddddd  Bddddd  Bddddd
            """, height: 40))
    }
}
