import LogitCore
import LogitView
import Testing

/// The calibration view's golden screens on the committed digits dataset (issue 12), and its
/// figures against numpy/scipy's (`calibration-reference.json`, written by
/// `scripts/reference/make_calibration_reference.py`), formatted as the screen formats them: one
/// decimal for a percentage, 4 digits for the NLL, 6 for a temperature. The goldens were read as a
/// user reads them before they were frozen: T = 1 gives 96.0% / 0.3385 / 3.2% / 49.0%, the fitted
/// T = 3.50988 gives 0.1592 / 1.8% / 22.5%, the bins hold 2, 3, 7, 6, 2, 10, 11 and 858 rows.
@Suite struct CalibrationGoldenTests {
    @Test func digitsAt80x24() {
        let screen = render(CalibrationExamples.view, size: screenSize(80, 24))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · calibration · T = 1 · Float64 · 899 rows · digits-logits.… ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH
                                         ACCURACY       NLL       ECE       MCE
                                         hhhhhhhh       hhh       hhh       hhh
             at T = 1                       96.0%    0.3385      3.2%     49.0%
             BBBBBBBB
             at fitted T = 3.50988          96.0%    0.1592      1.8%     22.5%   F sets it
             BBBBBBBBBBBBBBBBBBBBB                                                ddddddddd


             RELIABILITY █ accuracy ░ gap ▓ under · ideal        ROWS worst first: wrong, …
             hhhhhhhhhhhhg dddddddd r ddd r ddddd d ddddd        hhhhhddddddddddddddddddddd
             100%│                     ▓▓                ···▆▆·     ROW CLASS   CONF   LOSS
             ddddd                     rr                dddggd     hhh hhhhh   uuuu   hhhh
                 │                     ▓▓           ··░░·░░ ██   ▸✗ 548 8→1   >99.9%   24.3
                 d                     rr           ddrrdrr gg   BR SSSSNNNSSSSSSSSSSSSSSSS
                 │                     ▓▓ ▃▃ ▆▆·░░·░░ ░░ ▁▁ ██    ✗ 118 6→1   >99.9%   23.2
                 d                     rr gg ggdrrdrr rr gg gg    R     RRR
                 │                     ▓▓·██·██ ░░ ░░ ▆▆ ██ ██    ✗ 830 9→5   >99.9%   29.1
                 d                     rrdggdgg rr rr gg gg gg    R     RRR
              50%│                 ····██ ██ ██ ██ ██ ██ ██ ██    ✗ 472 5→6   >99.9%   17.4
              dddd                 ddddgg gg gg gg gg gg gg gg    R     RRR
                 │           ······    ██ ██ ██ ██ ██ ██ ██ ██    ✗ 301 1→6   >99.9%   13.5
                 d           dddddd    gg gg gg gg gg gg gg gg    R     RRR
                 │      ·····          ██ ██ ██ ██ ██ ██ ██ ██    ✗ 437 8→5   >99.9%   10.3
                 d      ddddd          gg gg gg gg gg gg gg gg    R     RRR
               0%│······               ██ ██ ██ ██ ██ ██ ██ ██    ✗ 130 9→5   >99.9%     13
               ddddddddd               gg gg gg gg gg gg gg gg    R     RRR
             conf 0       0.2      0.4      0.6      0.8      1   ✗ 852 8→5   >99.9%   15.4
             dddd d       ddd      ddd      ddd      ddd      d   R     RRR
             CONFIDENCE HISTOGRAM rows per bin                    ✗ 503 2→1   >99.9%   9.65
             hhhhhhhhhhhhhhhhhhhhhdddddddddddd                    R     RRR
              858│                                          ██    ✗ 378 3→8   >99.9%   12.3
              dddd                                          cc    R     RRR
                 │                                          ██    ✗ 312 9→5    99.9%   6.57
                 d                                          cc    R     RRR
                 │                                          ██    ✗ 181 5→9    99.7%   11.1
                 d                                          cc    R     RRR
                 │                                          ██    ✗ 519 5→9    99.5%   5.41
                 d                                          cc    R     RRR
                0│                     ▁▁ ▁▁ ▁▁ ▁▁ ▁▁ ▁▁ ▁▁ ██    ✗ 425 7→9    99.5%   5.47
                dd                     cc cc cc cc cc cc cc cc    R     RRR
             rows                          3     6     10   858   ✗ 505 1→8    99.3%   4.96
             dddd                                                 R     RRR
                                        2     7     2     11            ↓ 884 more
                                                                        dddddddddd
             ↑↓ row  Enter open  O order  F fit  C back  t T temperature  ? help  q quit
             BBdddd  BBBBBddddd  Bdddddd  Bdddd  Bddddd  BBBdddddddddddd  Bddddd  Bddddd
            """, height: 24))
    }

    @Test func digitsAt200x60() {
        let screen = render(CalibrationExamples.view, size: screenSize(200, 60))
        #expect(screen.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) } == expectedLines("""
             logitscope · calibration · T = 1 · Float64 · 899 rows · digits-logits.npy                                                                                                                       ? help
                                         ACCURACY       NLL       ECE       MCE     RMSCE
             at T = 1                       96.0%    0.3385      3.2%     49.0%      5.5%   15 equal-width bins
             at fitted T = 3.50988          96.0%    0.1592      1.8%     22.5%      5.0%   F sets it

             RELIABILITY █ accuracy ░ gap ▓ under · ideal                                                     ROWS worst first: wrong, most confident at the top
             100%│                                          ▓▓▓▓▓                                     ▂▂▂▂▂·     ROW CLASS   CONF   LOSS P(TARGET)  TARGET → ARGMAX
                 │                                          ▓▓▓▓▓                                     █████   ▸✗ 548 8→1   >99.9%   24.3   2.9e-11  class 8 → class 1
                 │                                          ▓▓▓▓▓                                   ··█████    ✗ 118 6→1   >99.9%   23.2   8.4e-11  class 6 → class 1
                 │                                          ▓▓▓▓▓                               ░░░░░ █████    ✗ 830 9→5   >99.9%   29.1   2.2e-13  class 9 → class 5
                 │                                          ▓▓▓▓▓                             ··░░░░░ █████    ✗ 472 5→6   >99.9%   17.4    2.7e-8  class 5 → class 6
                 │                                          ▓▓▓▓▓                         ░░░░░ ░░░░░ █████    ✗ 301 1→6   >99.9%   13.5    1.4e-6  class 1 → class 6
                 │                                          ▓▓▓▓▓                       ··░░░░░ ░░░░░ █████    ✗ 437 8→5   >99.9%   10.3    3.5e-5  class 8 → class 5
                 │                                          ▓▓▓▓▓                   ░░░░░ ░░░░░ ░░░░░ █████    ✗ 130 9→5   >99.9%     13    2.4e-6  class 9 → class 5
                 │                                          ▓▓▓▓▓                  ·░░░░░ ░░░░░ ░░░░░ █████    ✗ 852 8→5   >99.9%   15.4    2.1e-7  class 8 → class 5
                 │                                          ▓▓▓▓▓       ▇▇▇▇▇   ··· ░░░░░ ░░░░░ ░░░░░ █████    ✗ 503 2→1   >99.9%   9.65    6.4e-5  class 2 → class 1
                 │                                          ▓▓▓▓▓ ▃▃▃▃▃ ▓▓▓▓▓·░░░░░ ░░░░░ ░░░░░ ░░░░░ █████    ✗ 378 3→8   >99.9%   12.3    4.4e-6  class 3 → class 8
                 │                                          ▓▓▓▓▓ ▓▓▓▓▓ ▓▓▓▓▓ ░░░░░ ░░░░░ ░░░░░ ▃▃▃▃▃ █████    ✗ 312 9→5    99.9%   6.57      0.1%  class 9 → class 5
                 │                                          ▓▓▓▓▓ ▓▓▓▓▓·█████ ░░░░░ ░░░░░ ▂▂▂▂▂ █████ █████    ✗ 181 5→9    99.7%   11.1    1.5e-5  class 5 → class 9
                 │                                          ▓▓▓▓▓ ▓▓▓▓▓ █████ ░░░░░ ░░░░░ █████ █████ █████    ✗ 519 5→9    99.5%   5.41      0.4%  class 5 → class 9
                 │                                          ▓▓▓▓▓ █████ █████ ░░░░░ ░░░░░ █████ █████ █████    ✗ 425 7→9    99.5%   5.47      0.4%  class 7 → class 9
                 │                                          ▓▓▓▓▓·█████ █████ ░░░░░ ░░░░░ █████ █████ █████    ✗ 505 1→8    99.3%   4.96      0.7%  class 1 → class 8
              50%│                                          █████ █████ █████ █████ █████ █████ █████ █████    ✗ 124 8→1    99.2%   14.8    3.9e-7  class 8 → class 1
                 │                                       ···█████ █████ █████ █████ █████ █████ █████ █████    ✗ 795 8→6    99.2%   4.83      0.8%  class 8 → class 6
                 │                                     ··   █████ █████ █████ █████ █████ █████ █████ █████    ✗ 211 9→1    98.1%   5.04      0.6%  class 9 → class 1
                 │                                  ···     █████ █████ █████ █████ █████ █████ █████ █████    ✗ 331 1→6    97.6%   15.2    2.5e-7  class 1 → class 6
                 │                               ···        █████ █████ █████ █████ █████ █████ █████ █████    ✗ 732 1→6    97.4%   6.97    9.4e-4  class 1 → class 6
                 │                            ···           █████ █████ █████ █████ █████ █████ █████ █████    ✗ 585 9→1    97.1%   3.55      2.9%  class 9 → class 1
                 │                         ···              █████ █████ █████ █████ █████ █████ █████ █████    ✗ 325 1→9    92.6%   2.61      7.4%  class 1 → class 9
                 │                      ···                 █████ █████ █████ █████ █████ █████ █████ █████    ✗  99 8→9    92.0%   2.53      8.0%  class 8 → class 9
                 │                    ··                    █████ █████ █████ █████ █████ █████ █████ █████    ✗ 429 9→8    88.9%   2.37      9.4%  class 9 → class 8
                 │                 ···                      █████ █████ █████ █████ █████ █████ █████ █████    ✗  94 7→4    88.4%   2.16     11.6%  class 7 → class 4
                 │              ···                         █████ █████ █████ █████ █████ █████ █████ █████    ✗ 335 8→2    86.4%   2.18     11.3%  class 8 → class 2
                 │           ···                            █████ █████ █████ █████ █████ █████ █████ █████    ✗ 696 5→4    86.0%   2.55      7.8%  class 5 → class 4
                 │        ···                               █████ █████ █████ █████ █████ █████ █████ █████    ✗ 611 6→5    82.2%   14.5    5.2e-7  class 6 → class 5
                 │      ··                                  █████ █████ █████ █████ █████ █████ █████ █████    ✗ 440 2→3    80.0%   1.61     20.0%  class 2 → class 3
                 │   ···                                    █████ █████ █████ █████ █████ █████ █████ █████    ✗  85 3→5    78.0%   1.51     22.0%  class 3 → class 5
               0%│···                                       █████ █████ █████ █████ █████ █████ █████ █████    ✗ 584 8→1    70.7%   4.21      1.5%  class 8 → class 1
             conf 0                0.2               0.4               0.6               0.8               1   ✗ 802 8→2    70.2%   2.65      7.0%  class 8 → class 2
             CONFIDENCE HISTOGRAM rows per bin                                                                 ✗ 595 8→3    66.8%   1.59     20.4%  class 8 → class 3
              858│                                                                                    █████    ✗ 309 2→8    66.5%   1.09     33.5%  class 2 → class 8
                 │                                                                                    █████    ✗ 315 4→7    64.2%   1.03     35.8%  class 4 → class 7
                 │                                                                                    █████    ✗ 218 8→9    54.9%  0.796     45.1%  class 8 → class 9
                 │                                                                                    █████    ✓ 631 1      50.2%  0.689     50.2%  class 1
                 │                                                                                    █████    ✓ 408 1      51.8%  0.658     51.8%  class 1
                 │                                                                                    █████    ✓ 103 5      57.7%  0.549     57.7%  class 5
                 │                                                                                    █████    ✓  77 2      59.0%  0.527     59.0%  class 2
                 │                                                                                    █████    ✓ 803 5      60.3%  0.506     60.3%  class 5
                 │                                                                                    █████    ✓ 415 2      61.2%  0.492     61.2%  class 2
                 │                                                                                    █████    ✓ 599 5      62.3%  0.473     62.3%  class 5
                 │                                                                                    █████    ✓ 402 8      64.8%  0.433     64.8%  class 8
                 │                                                                                    █████    ✓ 357 3      65.9%  0.416     65.9%  class 3
                 │                                                                                    █████    ✓ 625 4      67.1%  0.398     67.1%  class 4
                 │                                                                                    █████    ✓ 846 8      72.0%  0.329     72.0%  class 8
                 │                                                                                    █████    ✓ 169 8      72.3%  0.324     72.3%  class 8
                0│                                          ▁▁▁▁▁ ▁▁▁▁▁ ▁▁▁▁▁ ▁▁▁▁▁ ▁▁▁▁▁ ▁▁▁▁▁ ▂▂▂▂▂ █████    ✓ 251 2      78.6%   0.24     78.6%  class 2
             rows     0     0     0     0     0     0     0     2     3     7     6     2    10    11   858    ✓  53 9      80.6%  0.215     80.6%  class 9
              acc     -     -     -     -     -     -     -  100% 66.7% 71.4% 50.0% 50.0% 60.0% 63.6% 97.6%    ✓ 589 5      80.9%  0.212     80.9%  class 5
             conf     -     -     -     -     -     -     - 51.0% 57.2% 63.6% 69.9% 78.3% 82.9% 90.4% 99.9%          ↓ 848 more
             ↑↓ row  Enter open  O order  F fit  C back  t T temperature  u undo  ? help  q quit
            """, height: 60))
    }
}
