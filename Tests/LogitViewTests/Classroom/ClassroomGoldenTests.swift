import Testing
import LogitCore
@testable import LogitView

/// Golden screens of the online softmax and log-softmax panels at 80×24, text and styles (see
/// StyleLegend and GoldenScreenTests). Their figures are the reference file's, computed by
/// scripts/reference/make_reference.py with numpy (ml_dtypes for BFloat16):
/// - "online seed float64 B=2": ℓ = 1.3678794411714423 after [2, 1], the block [0.1] adding
///   0.14956861922263506 for ℓ = 1.5174480603940774; p = 0.659 / 0.242 / 0.099 (the article's).
/// - "online overflow bfloat16 B=2": ℓ = 1.3671875, then 1.5029296875 with 0.1357421875 added,
///   p = 0.6640625 / 0.244140625 / 0.09033203125, where naive exp(89) overflows (NUMERICS.md).
/// - log-softmax preset: scipy.special.log_softmax([0, -110]) = [-1.7e-48, -110.0], which Float32
///   holds as [0, -110]; its softmax rounds to [1, 0], so log(softmax) is [0, -inf].
@Suite struct ClassroomGoldenTests {
    private func focused(_ state: ExplorerState, _ panel: ClassroomPanel) -> ExplorerState {
        update(state, .classroom(.focus(panel))).state
    }

    @Test func onlineSoftmaxOfTheSeedAt80x24() {
        let screen = render(focused(Examples.seed, .online), size: screenSize(80, 24))
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


                 ONLINE SOFTMAX  one pass, blocks of B = 2, Float64 (B sets it)
                 hhhhhhhhhhhhhhdddddddddddddddddddddddddddddddddddddddddddddddd
                 BLOCK CLASSES   max z/T         m e^(m_old−m)   Σ e^(z/T−m)          ℓ
                 hhhhh hhhhhhh   hhhhhhh         h hhhhhhhhhhh   hhhhhhhhhhh          h
             ▸       1     1–2         2         2           —         1.368      1.368
             B                                               d
                     2       3       0.1         2           1        0.1496      1.517

                 CLASS               z/T block   e^(z/T−m)  p = e/ℓ stable p  ulps
                 hhhhh               hhh hhhhh   hhhhhhhhh  hhhhhhh hhhhhhhh  hhhh
             ▸★  News                  2     1           1    0.659    0.659     0
             BA SaaaaSSSSSSSSSSSSSSSSSSSS    d                AAAAA    AAAAA
                 Entertainment         1     1      0.3679    0.242    0.242     0
                                             d
                 Technology          0.1     2      0.1496    0.099    0.099     0
                                             d
                 final m = 2, ℓ = 1.517   online p within 0 ulps of stable p
                 dddddddddddddddddddddd   dddddddddddddddddddddddddddddddddd


             entropy 0.8467 nats = 1.222 bits   normalized H 0.7707   perplexity 2.332
             hhhhhhhh                           hhhhhhhhhhhhh         hhhhhhhhhhh
             logsumexp 2.417   argmax ★ News   top p 65.9%   margin 1
             hhhhhhhhhh        hhhhhhhAAAAAA   hhhhhhAAAAA   hhhhhhh
             cross-entropy (press c on the true class)
             hhhhhhhhhhhhhhddddddddddddddddddddddddddd






             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bddddd  Bddddd
            """, height: 24))
    }

    @Test func onlineSoftmaxOfOverflowBF16At80x24() throws {
        let screen = render(focused(try #require(Preset.named("overflow-bf16")).state, .online), size: screenSize(80, 24))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 3 classes · T = 1 · BFloat16 · step 0.1 · argmax ★ class 0 ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS       LOGIT  -200 ── 0 ── +200  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh       hhhhh  ddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
             ▸★  class 0        89          │███▌        66.4% ██████████████████▋
             BA SaaaaaaaSSSSSSSSaaS         dbbbb        AAAAA AAAAAAAAAAAAAAAAAAA
                 class 1        88          │███▌        24.4% ██████▉
                                            dbbbb              ggggggg
                 class 2        87          │███▌         9.0% ██▌
                                            dbbbb              ggg


                 ONLINE SOFTMAX  one pass, blocks of B = 2, BFloat16 (B sets it)
                 hhhhhhhhhhhhhhddddddddddddddddddddddddddddddddddddddddddddddddd
                 BLOCK CLASSES   max z/T         m e^(m_old−m)   Σ e^(z/T−m)          ℓ
                 hhhhh hhhhhhh   hhhhhhh         h hhhhhhhhhhh   hhhhhhhhhhh          h
             ▸       1     1–2        89        89           —         1.367      1.367
             B                                               d
                     2       3        87        89           1        0.1357      1.503

                 CLASS         z/T block   e^(z/T−m)  p = e/ℓ stable p  ulps
                 hhhhh         hhh hhhhh   hhhhhhhhh  hhhhhhh hhhhhhhh  hhhh
             ▸★  class 0        89     1           1    0.664    0.664     0
             BA SaaaaaaaSSSSSSSSSSS    d                AAAAA    AAAAA
                 class 1        88     1      0.3672    0.244    0.244     0
                                       d
                 class 2        87     2      0.1357    0.090    0.090     0
                                       d
                 final m = 89, ℓ = 1.503   ✓ exponents ≤ 0, no overflow (naive e^89 = inf)
                 ddddddddddddddddddddddd   GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG


             entropy 0.832 nats = 1.203 bits   normalized H 0.7573   perplexity 2.297
             hhhhhhhh                          hhhhhhhhhhhhh         hhhhhhhhhhh
             logsumexp 89.5   argmax ★ class 0   top p 66.4%   margin 1
             hhhhhhhhhh       hhhhhhhAAAAAAAAA   hhhhhhAAAAA   hhhhhhh
             cross-entropy (press c on the true class)
             hhhhhhhhhhhhhhddddddddddddddddddddddddddd
             naive softmax (no max subtracted): NaN · 0 · 0
             RRRRRRRRRRRRRRdddddddddddddddddddddNNNdddzdddz
             exp(z/T) overflows BFloat16 above z/T = 88.72
             ddddddddddddddddddddddddddddddddddddddddddddd
             the bars above subtract the max first
             ddddddddddddddddddddddddddddddddddddd
             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bddddd  Bddddd
            """, height: 24))
    }

    /// The preset as it opens: the log-softmax panel in focus, the infinite −log p marked as the
    /// other inf cells are, beside the finite log_softmax and loss.
    @Test func logSoftmaxPresetAt80x24() throws {
        let screen = render(try #require(Preset.named("log-softmax")).state, size: screenSize(80, 24))
        #expect(screen.styledLines() == expectedStyledLines("""
             logitscope · 2 classes · T = 1 · Float32 · step 0.1 · argmax ★ cat      ? help
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH


                 CLASS       LOGIT  -200 ── 0 ── +200  SOFTMAX  p = e^(z/T) / Σ e^(z/T)
                 hhhhh       hhhhh  ddddddddddddddddd  hhhhhhh  ddddddddddddddddddddddd
             ▸★  cat             0          │           100.0% ████████████████████████████
             BA SaaaSSSSSSSSSSSSSaS         d           AAAAAA AAAAAAAAAAAAAAAAAAAAAAAAAAAA
               ◎ dog          -110     ▐████│                0
               T                       mmmmmd                z


                 SIGMOID    σ(z/T)   threshold τ = 50.0% ⇔ z > 0   ✓ above
                 hhhhhhh    hhhhhh   ddddddddddddddRRRRRdddddddRGGGGGGGGGG
             ▸★  cat         50.0%   ███████████████████████████┃
             BA SaaaSSSSSSSSSSSSSSS  cccccccccccccccccccccccccccR
               ◎ dog             0                              ┃
               T                 z                              R


             entropy 0 nats = 0 bits   normalized H 0   perplexity 1   logsumexp 0
             hhhhhhhh                  hhhhhhhhhhhhh    hhhhhhhhhhh    hhhhhhhhhh
             argmax ★ cat   top p 100.0%   margin 110   cross-entropy ◎ dog 110 nats
             hhhhhhhAAAAA   hhhhhhAAAAAA   hhhhhhh      hhhhhhhhhhhhhhTTTTTT


                 LOG-SOFTMAX  log of the rounded p against z/T − logsumexp, in Float32
                 hhhhhhhhhhhdddddddddddddddddddddddddddddddddddddddddddddddddddddddddd
                 CLASS         z/T         p  log(softmax)   log_softmax
                 hhhhh         hhh         h  RRRRRRRRRRRR   hhhhhhhhhhh
             ▸★  cat             0    100.0%             0             0
             BA SaaaSSSSSSSSSSSSSSS   AAAAAA
               ◎ dog          -110         0          -inf          -110
               T                           z          NNNN
                 ◎ dog: -log p = inf   -log_softmax = 0 - (-110) = 110 nats
                 TTTTT           NNN
                 ✗ dog's p rounds to 0 in Float32: log p = -inf, log_softmax is finite
                 RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR
                 CrossEntropyLoss takes "raw, unnormalized scores" and uses log_softmax
                 dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd






             ↑↓ select  ←→ nudge  Enter type  t T temperature  ? help  q quit
             BBddddddd  BBdddddd  BBBBBddddd  BBBdddddddddddd  Bddddd  Bddddd
            """, height: 24))
    }
}
