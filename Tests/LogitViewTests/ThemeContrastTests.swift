import Foundation
import Testing
import LogitCore
@testable import LogitView

/// Every glyph the explorer draws is legible on the background its scheme is for, measured as
/// WCAG 2 contrast ratios against real RGB values rather than judged by eye.
///
/// The terminal's colours are xterm's defaults (`XTerm-col.ad`, color0–15), a dark terminal being
/// white (color7) on black (color0) and a light one black (color0) on white (color15), as
/// `COLORFGBG` says "7;0" and "0;15". Dim is drawn as xterm does it (VTE copied the formula): each
/// channel of the ink times 2/3. Bold is assumed to change the font, not the colour.
///
/// The minimums: 4.5:1 for text (WCAG's AA for body text) and 3:1 for bars and rules (WCAG's
/// minimum for graphical objects: block elements and box drawing, U+2500–U+259F). In
/// presentation mode, which is for a projector that washes colours out, every glyph, bars
/// included, must reach 4.5:1. `--export svg` draws with its own palettes, held to the same.
@Suite struct ThemeContrastTests {
    static let textMinimum = 4.5
    static let graphicMinimum = 3.0

    struct RGB: Equatable, CustomStringConvertible {
        var r, g, b: Double
        init(_ hex: String) {
            let v = Int(hex.dropFirst(hex.hasPrefix("#") ? 1 : 0), radix: 16)!
            r = Double(v >> 16 & 0xFF); g = Double(v >> 8 & 0xFF); b = Double(v & 0xFF)
        }
        init(r: Double, g: Double, b: Double) { self.r = r; self.g = g; self.b = b }
        func mixed(_ other: RGB, _ t: Double) -> RGB {
            RGB(r: r * (1 - t) + other.r * t, g: g * (1 - t) + other.g * t, b: b * (1 - t) + other.b * t)
        }

        /// WCAG 2's relative luminance of sRGB.
        var luminance: Double {
            func linear(_ c: Double) -> Double {
                let s = c / 255
                return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        }
        var description: String { "rgb(\(Int(r)), \(Int(g)), \(Int(b)))" }
    }

    static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let (la, lb) = (a.luminance, b.luminance)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// A palette a screen is seen through: 16 colours, the default ink and ground, and how dim
    /// is drawn.
    struct Palette {
        let name: String
        let colors: [RGB]
        let foreground: RGB
        let background: RGB
        let dim: (RGB, RGB) -> RGB
        /// Whether a reversed cell's ink is dimmed too.
        var dimsReversed = true

        /// The ink and the ground of a cell in `style`.
        func inkAndGround(_ style: Style) -> (RGB, RGB) {
            var ink = style.foreground.map { colors[Int($0.rawValue)] } ?? foreground
            var ground = style.background.map { colors[Int($0.rawValue)] } ?? background
            if style.reverse { swap(&ink, &ground) }
            if style.dim && (dimsReversed || !style.reverse) { ink = dim(ink, ground) }
            return (ink, ground)
        }
    }

    /// xterm's 16 default colours, from its resource file XTerm-col.ad.
    static let xterm = [
        "000000", "cd0000", "00cd00", "cdcd00", "0000ee", "cd00cd", "00cdcd", "e5e5e5",
        "7f7f7f", "ff0000", "00ff00", "ffff00", "5c5cff", "ff00ff", "00ffff", "ffffff",
    ].map(RGB.init)

    static func terminal(_ scheme: ColorScheme) -> Palette {
        let faint: (RGB, RGB) -> RGB = { ink, _ in RGB(r: ink.r * 2 / 3, g: ink.g * 2 / 3, b: ink.b * 2 / 3) }
        switch scheme {
        case .dark: return Palette(name: "xterm, white on black", colors: xterm, foreground: xterm[7], background: xterm[0], dim: faint)
        case .light: return Palette(name: "xterm, black on white", colors: xterm, foreground: xterm[0], background: xterm[15], dim: faint)
        }
    }

    /// The SVG's palette; dim there is `opacity="0.6"` over the ground, except on a reversed cell.
    static func svg(_ scheme: ColorScheme) -> Palette {
        let p = SVGPalette.of(scheme)
        return Palette(name: "SVG \(scheme)", colors: p.palette.map(RGB.init), foreground: RGB(p.foreground),
                       background: RGB(p.background), dim: { ink, ground in ink.mixed(ground, 0.4) }, dimsReversed: false)
    }

    /// Screens that between them draw every named style: the panels at two sizes, each classroom
    /// panel, overflow and masked classes, the overlays, the tour, a refusal, an open field, the
    /// ranked list with filters and draws, the calibration view, and a terminal too small.
    static func screens(_ scheme: ColorScheme, presenting: Bool) -> [(String, Screen)] {
        let options = RenderOptions(colorScheme: scheme)
        func shown(_ state: ExplorerState) -> ExplorerState {
            var s = state
            s.classroom.presenting = presenting
            return s
        }
        let seed = update(Examples.seed, .toggleTarget).state
        var states: [(String, ExplorerState, Size)] = [
            ("seed", seed, Size(width: 80, height: 24)),
            ("seed large", seed, Size(width: 120, height: 40)),
            ("masked", Examples.masked, Size(width: 100, height: 30)),
            ("overflow, naive bars", update(Examples.float16Overflow, .classroom(.toggleMaxTrick)).state, Size(width: 100, height: 40)),
            ("twelve, negative logits", update(Examples.twelve, .toggleTarget).state, Size(width: 100, height: 30)),
            ("help", update(seed, .toggleHelp).state, Size(width: 100, height: 40)),
            ("presets", update(seed, .classroom(.openPresets)).state, Size(width: 100, height: 30)),
            ("export", update(seed, .classroom(.openExport)).state, Size(width: 100, height: 30)),
            ("tour", ExplorerState.touring(), Size(width: 80, height: 24)),
            ("tour revealed", update(update(ExplorerState.touring(), .classroom(.tourStep(by: 2))).state, .classroom(.revealTourStep)).state, Size(width: 100, height: 30)),
            ("refusal", update(update(Examples.masked, .select(1)).state, .nudgeLogit(steps: 1)).state, Size(width: 80, height: 24)),
            ("field", update(update(seed, .beginEdit(.logit)).state, .edit(.insert("3.5"))).state, Size(width: 80, height: 24)),
            ("list", update(VocabularyExamples.state(topK: 3), .draw(count: 1000)).state, Size(width: 100, height: 30)),
            ("too small", seed, Size(width: 30, height: 8)),
            ("calibration", CalibrationExamples.view, Size(width: 80, height: 24)),
            ("calibration wide", CalibrationExamples.view, Size(width: 200, height: 60)),
        ]
        for panel in [ClassroomPanel.steps, .lab, .binary, .loss] {
            states.append(("panel \(panel)", update(seed, .classroom(.focus(panel))).state, Size(width: 80, height: 24)))
        }
        var out = states.map { ($0.0, render(shown($0.1), size: $0.2, options: options)) }
        if !presenting {
            out.append(("printout", renderPrintout(seed, width: 100, options: options)))
        }
        return out
    }

    /// Box drawing and block elements: rules, axes, bars.
    static func isGraphic(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x2500...0x259F).contains($0.value) } ?? false
    }

    /// Every glyph below its minimum, one line each (deduplicated by style and glyph kind).
    static func failures(_ screens: [(String, Screen)], palette: Palette, presenting: Bool) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for (name, screen) in screens {
            for y in 0..<screen.size.height {
                for x in 0..<screen.size.width {
                    let cell = screen[x, y]
                    if cell.isContinuation || cell.character == " " { continue }
                    let graphic = isGraphic(cell.character)
                    let minimum = presenting || !graphic ? textMinimum : graphicMinimum
                    let (ink, ground) = palette.inkAndGround(cell.style)
                    let ratio = contrast(ink, ground)
                    guard ratio < minimum else { continue }
                    let key = "\(cell.style) \(graphic)"
                    if seen.insert(key).inserted {
                        out.append("\(palette.name), \(name): \"\(cell.character)\" at \(x),\(y) in \(cell.style): \(ink) on \(ground) is \((ratio * 100).rounded() / 100):1, below \(minimum):1")
                    }
                }
            }
        }
        return out
    }

    @Test(arguments: ColorScheme.allCases, [false, true])
    func everyGlyphIsLegibleOnTheTerminal(scheme: ColorScheme, presenting: Bool) {
        let failures = Self.failures(Self.screens(scheme, presenting: presenting), palette: Self.terminal(scheme), presenting: presenting)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test(arguments: ColorScheme.allCases)
    func everyGlyphIsLegibleInTheSVG(scheme: ColorScheme) {
        let failures = Self.failures(Self.screens(scheme, presenting: false), palette: Self.svg(scheme), presenting: false)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The screens above draw every named style, so the checks cover the whole theme.
    @Test(arguments: ColorScheme.allCases)
    func theScreensDrawEveryNamedStyle(scheme: ColorScheme) {
        var drawn = Set<Style>()
        for (_, screen) in Self.screens(scheme, presenting: false) {
            for y in 0..<screen.size.height {
                for x in 0..<screen.size.width where screen[x, y].character != " " { drawn.insert(screen[x, y].style) }
            }
        }
        let named: [(String, Style)] = [
            ("header", Theme.header), ("heading", Theme.heading), ("argmax", Theme.argmax),
            ("sampled", Theme.sampled), ("target", Theme.target), ("bar", Theme.bar),
            ("positiveBar", Theme.positiveBar), ("negativeBar", Theme.negativeBar), ("axis", Theme.axis),
            ("threshold", Theme.threshold), ("above", Theme.above), ("sigmoidBar", Theme.sigmoidBar),
            ("masked", Theme.masked), ("nonFinite", Theme.nonFinite), ("exactZero", Theme.exactZero),
            ("error", Theme.error), ("warning", Theme.warning), ("hint", Theme.hint), ("key", Theme.key),
            ("lesson", Theme.lesson), ("field", Theme.field), ("gap", Theme.gap),
        ]
        for (name, style) in named {
            #expect(drawn.contains(style.on(scheme)), "no screen draws \(name)")
        }
    }

    /// The light scheme is the point: on white, the dark theme's yellow argmax and cyan headings
    /// are below even the bars' minimum, which is what the light scheme exists to fix.
    @Test func theDarkColoursWashOutOnWhite() {
        let white = Self.terminal(.light)
        for style in [Theme.argmax, Theme.heading, Theme.bar] {
            let (ink, ground) = white.inkAndGround(style)
            #expect(Self.contrast(ink, ground) < Self.graphicMinimum, "\(style)")
        }
    }

    @Test func svgGroundFollowsTheScheme() {
        let light = Export.text(Examples.seed, as: .svg, width: 80, options: RenderOptions(colorScheme: .light))
        let dark = Export.text(Examples.seed, as: .svg, width: 80)
        #expect(light.contains("fill=\"\(SVGPalette.light.background)\""))
        #expect(!light.contains("fill=\"\(SVGPalette.dark.background)\""))
        #expect(dark.contains("fill=\"\(SVGPalette.dark.background)\""))
    }
}

/// `--theme auto` reads `COLORFGBG` as the terminals that set it mean it.
@Suite struct ColorSchemeChoiceTests {
    @Test(arguments: [
        ("0;15", ColorScheme.light), ("0;default;15", .light), ("0;7", .light), ("0;11", .light),
        ("15;0", .dark), ("7;0", .dark), ("15;default;0", .dark), ("7;8", .dark), ("15;4", .dark),
    ])
    func colorFGBGNamesTheBackground(value: String, scheme: ColorScheme) {
        #expect(ColorScheme(colorFGBG: value) == scheme)
        #expect(ThemeChoice.auto.scheme(environment: ["COLORFGBG": value]) == scheme)
    }

    @Test(arguments: ["", "default;default", "15", "0;16", "0;-1", "light", "0;15x"])
    func unreadableMeansDark(value: String) {
        #expect(ColorScheme(colorFGBG: value) == nil)
        #expect(ThemeChoice.auto.scheme(environment: ["COLORFGBG": value]) == .dark)
        #expect(ThemeChoice.auto.scheme(environment: [:]) == .dark)
    }

    @Test func anExplicitChoiceIgnoresTheTerminal() {
        #expect(ThemeChoice.dark.scheme(environment: ["COLORFGBG": "0;15"]) == .dark)
        #expect(ThemeChoice.light.scheme(environment: ["COLORFGBG": "15;0"]) == .light)
        #expect(ThemeChoice(name: "LIGHT") == .light)
        #expect(ThemeChoice(name: "white") == nil)
    }

    /// Mapping a mapped colour changes nothing, so assembled screens (the tour handout) can be
    /// mapped whole; and the light map never gives a colour that washes out on white.
    @Test func theLightMapIsAProjection() {
        for c in Style.Color.allCases {
            let once = ColorScheme.light.color(c)
            #expect(ColorScheme.light.color(once) == once)
            #expect(ColorScheme.dark.color(c) == c)
        }
    }
}
