import Foundation
import LogitCore
import LogitReport
import LogitView
import Testing

/// One table, one row a scalar, one column a consumer of `UnsafeScalar`: what each makes of the
/// word `x<scalar>y`. The JSON column is what Python's `json.dumps(s, ensure_ascii=False)` writes
/// but for the extra escapes (DEL, C1, line separators, bidi), and reads back to the word through
/// our scanner (and Python's `json.loads`, checked by hand); the shell column reads back to the
/// word through bash (below; bash's own `printf %q` writes ESC as `$'x\Ey'`, the same byte).
@Suite struct UnsafeTextTableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let scalar: Unicode.Scalar
        let kind: UnsafeScalar.Kind?
        let json: String
        let shell: String
        let message: String
        /// The glyphs the view draws (Unicode on).
        let view: String
        /// The status line's refusal when a session is saved to the name; nil when it is saved.
        let save: String?

        var testDescription: String { UnsafeScalar.codePoint(scalar) }
        var word: String { "x" + String(scalar) + "y" }
    }

    static let rows: [Row] = [
        // Safe: written as they are, quoted where the shell needs it.
        Row(scalar: "\u{E9}", kind: nil, json: "\"x\u{E9}y\"", shell: "'x\u{E9}y'", message: "x\u{E9}y",
            view: "x\u{E9}y", save: nil),
        Row(scalar: "\u{5D0}", kind: nil, json: "\"x\u{5D0}y\"", shell: "'x\u{5D0}y'", message: "x\u{5D0}y",
            view: "x\u{5D0}y", save: nil),
        // The soft hyphen shows; the zero-width joiner shapes its neighbours (emoji, Indic scripts).
        Row(scalar: "\u{AD}", kind: nil, json: "\"x\u{AD}y\"", shell: "'x\u{AD}y'", message: "x\u{AD}y",
            view: "x\u{AD}y", save: nil),
        Row(scalar: "\u{200D}", kind: nil, json: "\"x\u{200D}y\"", shell: "'x\u{200D}y'", message: "x\u{200D}y",
            view: "x\u{200D}y", save: nil),
        // Controls: escaped everywhere, a picture on screen, never in a file name.
        Row(scalar: "\u{1B}", kind: .control, json: #""x\u001by""#, shell: #"$'x\x1by'"#, message: #"x\u{1B}y"#,
            view: "x\u{241B}y", save: "a control character (U+001B)"),
        Row(scalar: "\t", kind: .control, json: #""x\ty""#, shell: #"$'x\ty'"#, message: #"x\ty"#,
            view: "x\u{2409}y", save: "a control character (U+0009)"),
        Row(scalar: "\u{7F}", kind: .control, json: #""x\u007fy""#, shell: #"$'x\x7fy'"#, message: #"x\u{7F}y"#,
            view: "x\u{2421}y", save: "a control character (U+007F)"),
        Row(scalar: "\u{9B}", kind: .control, json: #""x\u009by""#, shell: #"$'x\xc2\x9by'"#, message: #"x\u{009B}y"#,
            view: #"x\x9By"#, save: "a control character (U+009B)"),
        Row(scalar: "\u{2028}", kind: .lineSeparator, json: #""x\u2028y""#, shell: #"$'x\xe2\x80\xa8y'"#,
            message: #"x\u{2028}y"#, view: "x\u{2424}y", save: "a line separator (U+2028)"),
        // Bidi controls: escaped where written, dropped on screen.
        Row(scalar: "\u{202E}", kind: .bidiControl, json: #""x\u202ey""#, shell: #"$'x\xe2\x80\xaey'"#,
            message: #"x\u{202E}y"#, view: "xy", save: "a bidi control (U+202E)"),
        Row(scalar: "\u{2067}", kind: .bidiControl, json: #""x\u2067y""#, shell: #"$'x\xe2\x81\xa7y'"#,
            message: #"x\u{2067}y"#, view: "xy", save: "a bidi control (U+2067)"),
        Row(scalar: "\u{200F}", kind: .bidiControl, json: #""x\u200fy""#, shell: #"$'x\xe2\x80\x8fy'"#,
            message: #"x\u{200F}y"#, view: "xy", save: "a bidi control (U+200F)"),
        Row(scalar: "\u{61C}", kind: .bidiControl, json: #""x\u061cy""#, shell: #"$'x\xd8\x9cy'"#,
            message: #"x\u{061C}y"#, view: "xy", save: "a bidi control (U+061C)"),
        // Invisible: harmless written out (a label may need one), dropped on screen, and refused
        // in a file name, which would look like another.
        Row(scalar: "\u{200B}", kind: .invisible, json: "\"x\u{200B}y\"", shell: "'x\u{200B}y'", message: "x\u{200B}y",
            view: "xy", save: "an invisible character (U+200B)"),
        Row(scalar: "\u{FEFF}", kind: .invisible, json: "\"x\u{FEFF}y\"", shell: "'x\u{FEFF}y'", message: "x\u{FEFF}y",
            view: "xy", save: "an invisible character (U+FEFF)"),
        Row(scalar: "\u{2060}", kind: .invisible, json: "\"x\u{2060}y\"", shell: "'x\u{2060}y'", message: "x\u{2060}y",
            view: "xy", save: "an invisible character (U+2060)"),
    ]

    @Test(arguments: rows) func eachConsumer(_ row: Row) {
        #expect(UnsafeScalar.kind(of: row.scalar) == row.kind)
        #expect(JSONValue.string(row.word).compact == row.json)
        #expect(shellQuoted(row.word) == row.shell)
        #expect(Substring(row.word).escapedForMessage == row.message)
        #expect(String(DisplayText.glyphs(row.word).map(\.character)) == row.view)

        let (state, effects) = update(ExplorerState(), .session(.save(path: row.word)))
        if let refusal = row.save {
            #expect(effects == [])
            #expect(state.message == .error("a file name cannot hold " + refusal))
        } else {
            #expect(effects.count == 1)
        }
    }

    /// The JSON column reads back: the escapes are JSON's own, the scanner gives the word again.
    @Test(arguments: rows) func theJSONReadsBack(_ row: Row) throws {
        #expect(try JSONValue.read(Array(row.json.utf8)) == .string(row.word))
    }

    /// The shell column, every word at once, read back by bash to the words.
    @Test func theShellColumnReadsBack() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "printf '%s\\0' " + Self.rows.map(\.shell).joined(separator: " ")]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let words = data.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
        #expect(words == Self.rows.map(\.word))
    }
}
