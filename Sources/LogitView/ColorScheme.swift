/// The background the explorer is drawn on. The view's styles are written for a dark one (see
/// `Theme`); on a light one each colour is replaced by the one of its family that reads on white:
/// yellow and cyan wash out there, and green is too light even for a bar (`ThemeContrastTests`).
public enum ColorScheme: String, CaseIterable, Sendable {
    case dark, light

    /// The colour drawn in place of `c`. On a light background: greens, cyans and blues become
    /// blue, yellows and magentas magenta, reds red, white black. A projection (a colour it gives is
    /// left alone), so a screen assembled from screens already mapped (the tour handout) can be
    /// mapped whole.
    public func color(_ c: Style.Color) -> Style.Color {
        switch self {
        case .dark: c
        case .light:
            switch c.base {
            case .black, .white: .black
            case .red: .red
            case .green, .cyan, .blue: .blue
            case .yellow, .magenta: .magenta
            default: c  // `base` is one of the eight above
            }
        }
    }

    /// The scheme `COLORFGBG` tells (rxvt, Konsole and iTerm2 set it: "15;0" is white on black,
    /// "0;15" and "0;default;15" black on white), nil when it is unset or says nothing we can
    /// read. As vim reads it: a background of 0–6 or 8 is dark, 7 and 9–15 light.
    public init?(colorFGBG: String?) {
        let fields = colorFGBG?.split(separator: ";", omittingEmptySubsequences: false) ?? []
        guard fields.count >= 2, let background = Int(fields[fields.count - 1]), (0...15).contains(background) else { return nil }
        self = (0...6).contains(background) || background == 8 ? .dark : .light
    }
}

/// `--theme`: a scheme, or `auto` for the one the terminal tells (dark when it tells none).
public enum ThemeChoice: String, CaseIterable, Sendable {
    case auto, dark, light

    /// Accepts `auto`, `dark` and `light`, case-insensitively.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    public func scheme(environment: [String: String]) -> ColorScheme {
        switch self {
        case .dark: .dark
        case .light: .light
        case .auto: ColorScheme(colorFGBG: environment["COLORFGBG"]) ?? .dark
        }
    }
}

extension Style {
    /// This style on `scheme`'s background.
    public func on(_ scheme: ColorScheme) -> Style {
        guard scheme != .dark else { return self }
        var s = self
        s.foreground = s.foreground.map(scheme.color)
        s.background = s.background.map(scheme.color)
        return s
    }
}

extension Screen {
    /// The frame as it is shown: in presentation colours when presenting, then in the scheme's.
    /// Every public render function ends here.
    func finished(_ options: RenderOptions, presenting: Bool = false) -> Screen {
        var out = presenting ? projected : self
        if options.colorScheme != .dark {
            out.restyle(Rect(x: 0, y: 0, width: size.width, height: size.height)) { $0 = $0.on(options.colorScheme) }
        }
        return out
    }
}
