import Testing
import LogitCore
import LogitView

/// Golden screens of the ranked list, a 50,000-token vocabulary with a filter on (see
/// VocabularyExamples for the numbers, from scipy): the rows, the cut after the kept tokens with
/// its count and mass, the renormalized probabilities (KEPT P), the drawn token ◆, and after a
/// batch of draws the frequencies (FREQ) beside the probabilities. Styles on the line under each
/// row, one letter per cell (StyleLegend: u the ordering column, A the argmax, T the drawn token
/// and its frequencies, R the cut, d the removed tokens).
@Suite struct ListGoldenTests {
    /// top-k 10, the third token selected, one token drawn with seed 7.
    @Test func topK10At80x24() {
        let state = [.select(2), .draw(count: 1)].reduce(VocabularyExamples.state(topK: 10)) { update($0, $1).state }
        #expect(render(state, size: screenSize(80, 24)).styledLines() == expectedStyledLines("""
             logitscope · 50000 classes · T = 1 · Float64 · step 0.1 · argmax ★ tok0 ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH
                  RANK    ID  TOKEN     LOGIT       P  KEPT P     CUM
                  uuuu    hh  hhhhh     hhhhh       h  hhhhhh     hhh
              ★      1     0  tok0          0   22.1%   24.1%   22.1%  ████▉
              A      d     d  AAAA          A   AAAAA   AAAAA   ddddd  AAAAA
               ◆     2     1  tok1      -0.25   17.2%   18.8%   39.3%  ███▊
               T     d     d  TTTT                              ddddd  gggg
             ▸       3     2  tok2       -0.5   13.4%   14.6%   52.8%  ██▉
             B       d     d SSSSSSSSSSSSSSSSS                  ddddd  ggg
                     4     3  tok3      -0.75   10.4%   11.4%   63.2%  ██▎
                     d     d                                    ddddd  ggg
                     5     4  tok4         -1    8.1%    8.9%   71.3%  █▊
                     d     d                                    ddddd  gg
                     6     5  tok5      -1.25    6.3%    6.9%   77.7%  █▍
                     d     d                                    ddddd  gg
                     7     6  tok6       -1.5    4.9%    5.4%   82.6%  █▏
                     d     d                                    ddddd  gg
                     8     7  tok7      -1.75    3.8%    4.2%   86.5%  ▉
                     d     d                                    ddddd  g
                     9     8  tok8         -2    3.0%    3.3%   89.5%  ▋
                     d     d                                    ddddd  g
                    10     9  tok9      -2.25    2.3%    2.5%   91.8%  ▌
                    dd     d                                    ddddd  g
             ─────────────── kept 10 tokens · mass 91.8% ──────────────────────────────────
             RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR
                    11    10  tok10      -2.5    1.8%       -   93.6%
                    dd    dd  ddddd      dddd    dddd       d   ddddd
                    12    11  tok11     -2.75    1.4%       -   95.0%
                    dd    dd  ddddd     ddddd    dddd       d   ddddd
                    13    12  tok12        -3    1.1%       -   96.1%
                    dd    dd  ddddd        dd    dddd       d   ddddd
                    14    13  tok13     -3.25    0.9%       -   97.0%
                    dd    dd  ddddd     ddddd    dddd       d   ddddd
                    15    14  tok14      -3.5    0.7%       -   97.6%
                    dd    dd  ddddd      dddd    dddd       d   ddddd
                    16    15  tok15     -3.75    0.5%       -   98.2%
                    dd    dd  ddddd     ddddd    dddd       d   ddddd
                    17    16  tok16        -4    0.4%       -   98.6%
                    dd    dd  ddddd        dd    dddd       d   ddddd
                              ↓ 49983 more
                              dddddddddddd
             top-k 10 · top-p off · min-p off · kept 10 of 50000 tokens, mass 91.8%
             hhhhhhBBdddhhhhhhddddddhhhhhhddddddRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR
             seed 7 · drew ◆ tok1 (rank 2, id 1) · entropy 2.389 nats · perplexity 10.9
             hhhhhBddddddddTTTTTTddddddddddddddddddhhhhhhhh          dddhhhhhhhhhhh
             drew tok1 (id 1, draw 1 from seed 7)   ↑↓ select  ←→ nudge  ? help  q quit
                                                    BBddddddd  BBdddddd  Bddddd  Bddddd
            """, height: 24))
    }

    /// top-p 0.8 (keeps 7, 82.6%), 1000 draws with seed 7, the fifth token selected.
    @Test func topP08WithFrequenciesAt120x40() {
        let state = [.draw(count: 1000), .select(4)].reduce(VocabularyExamples.state(topP: 0.8)) { update($0, $1).state }
        let screen = render(state, size: screenSize(120, 40))
        #expect(screen.styledLines(rows: 0..<12) == expectedStyledLines("""
             logitscope · 50000 classes · T = 1 · Float64 · step 0.1 · argmax ★ tok0                                         ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH
                  RANK    ID  TOKEN     LOGIT       P  KEPT P    FREQ     CUM
                  uuuu    hh  hhhhh     hhhhh       h  hhhhhh    hhhh     hhh
              ★      1     0  tok0          0   22.1%   26.8%   27.8%   22.1%  █████████████▉
              A      d     d  AAAA          A   AAAAA   AAAAA   TTTTT   ddddd  AAAAAAAAAAAAAA
                     2     1  tok1      -0.25   17.2%   20.9%   22.8%   39.3%  ██████████▉
                     d     d                                    TTTTT   ddddd  ggggggggggg
               ◆     3     2  tok2       -0.5   13.4%   16.2%   15.1%   52.8%  ████████▌
               T     d     d  TTTT                              TTTTT   ddddd  ggggggggg
                     4     3  tok3      -0.75   10.4%   12.6%   12.2%   63.2%  ██████▋
                     d     d                                    TTTTT   ddddd  ggggggg
             ▸       5     4  tok4         -1    8.1%    9.8%    9.4%   71.3%  █████▏
             B       d     d SSSSSSSSSSSSSSSSS                   TTTT   ddddd  gggggg
                     6     5  tok5      -1.25    6.3%    7.7%    6.7%   77.7%  ████
                     d     d                                     TTTT   ddddd  gggg
                     7     6  tok6       -1.5    4.9%    6.0%    6.0%   82.6%  ███▏
                     d     d                                     TTTT   ddddd  gggg
             ─────────────── kept 7 tokens · mass 82.6% ───────────────────────────────────────────────────────────────────────────
             RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR
                     8     7  tok7      -1.75    3.8%       -       0   86.5%
                     d     d  dddd      ddddd    dddd       d       d   ddddd
                     9     8  tok8         -2    3.0%       -       0   89.5%
                     d     d  dddd         dd    dddd       d       d   ddddd
            """, height: 12))
        // The rows in between go on in the same way; the last of them and the panel below.
        #expect(screen.styledLines(rows: 34..<40) == expectedStyledLines("""
                    32    31  tok31     -7.75  9.5e-5       -       0  >99.9%
                    dd    dd  ddddd     ddddd  dddddd       d       d  dddddd
                    33    32  tok32        -8  7.4e-5       -       0  >99.9%
                    dd    dd  ddddd        dd  dddddd       d       d  dddddd
                              ↓ 49967 more
                              dddddddddddd
             top-k off · top-p 0.8 · min-p off · kept 7 of 50000 tokens, mass 82.6%
             hhhhhhddddddhhhhhhBBBdddhhhhhhddddddRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR
             seed 7 · drew ◆ tok2 (rank 3, id 2) · 1000 draws: FREQ beside P · entropy 2.389 nats · perplexity 10.9
             hhhhhBddddddddTTTTTTddddddddddddddddddddddddddddddddddddddddddddddhhhhhhhh          dddhhhhhhhhhhh
             ↑↓ select  ←→ nudge  Enter type  t T temperature  p precision  < > threshold  c target  u undo  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bdddddddddd  BBBdddddddddd  Bddddddd  Bddddd  Bddddd  Bddddd
            """, height: 6))
    }
}
