@testable import LogitTerminal
import LogitView
import Testing

/// What `wget_wch` hands back as a character (not a KEY_* code), decoded into a `Key`. The
/// terminal sends Ctrl plus a letter as the letter's code minus 96, so Ctrl-H, Ctrl-I and Ctrl-M
/// cannot be told from Backspace, Tab and Enter: those win.
@Suite struct InputDecoderKeyTests {
    @Test(arguments: [
        (10, Key.enter), (13, .enter), (27, .escape), (9, .tab), (8, .backspace), (127, .backspace),
        (1, .control("a")), (3, .control("c")), (14, .control("n")), (16, .control("p")), (26, .control("z")),
        (32, .character(" ")), (65, .character("A")), (126, .character("~")),
        (0xE9, .character("é")), (0x4E2D, .character("中")), (0x1F642, .character("🙂")),
        // A C1 control arrives as a character; the keymap, not the decoder, refuses it.
        (0x9B, .character("\u{9B}")),
    ] as [(UInt32, Key)])
    func decodes(_ code: UInt32, _ key: Key) {
        #expect(InputDecoder.key(forCharacter: code) == key)
    }

    /// NUL (Ctrl-Space), the four controls past Ctrl-Z (Ctrl-\ … Ctrl-_), a lone surrogate and a
    /// code past Unicode: nothing, never a crash.
    @Test(arguments: [0, 28, 29, 30, 31, 0xD800, 0xDFFF, 0x110000, UInt32.max] as [UInt32])
    func ignores(_ code: UInt32) {
        #expect(InputDecoder.key(forCharacter: code) == nil)
    }
}
