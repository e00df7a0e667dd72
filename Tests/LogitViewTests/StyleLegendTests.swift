import LogitView
import Testing

/// The golden screens' style letters: one letter per style, and one for every style of the theme,
/// so a golden never shows `?` for a style the explorer means to draw.
@Suite struct StyleLegendTests {
    @Test func lettersAndStylesAreOneToOne() {
        let entries = StyleLegend.entries
        #expect(Set(entries.map(\.letter)).count == entries.count)
        #expect(Set(entries.map(\.style)).count == entries.count)
    }

    @Test func everyThemeStyleHasALetter() {
        let theme: [Style] = [
            Theme.header, Theme.heading, Theme.selection, Theme.argmax, Theme.sampled, Theme.target, Theme.bar,
            Theme.positiveBar, Theme.negativeBar, Theme.axis, Theme.threshold, Theme.above, Theme.sigmoidBar,
            Theme.masked, Theme.nonFinite, Theme.exactZero, Theme.error, Theme.warning, Theme.hint, Theme.key,
            Theme.lesson, Theme.pointer, Theme.field, Theme.fieldSelected, Theme.fieldCursor, Theme.gap,
        ]
        for style in theme {
            #expect(StyleLegend.letter(for: style) != "?", "\(style)")
        }
    }
}
