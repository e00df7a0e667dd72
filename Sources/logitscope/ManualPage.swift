import ArgumentParser
import LogitCore
import LogitReport
import LogitView

/// The manual page. ArgumentParser's GenerateManual plugin writes its NAME, SYNOPSIS, DESCRIPTION
/// and options from the command's own definition; `complete` adds what a definition cannot hold,
/// each section made from the table or constant it describes: the keys (`KeyBindings`), the
/// environment, the files (`LogitFileFormat`), the exit statuses and examples.
/// `scripts/manual` runs both and writes `docs/logitscope.1`.
///
/// Completing a completed page gives it back unchanged: a test completes the committed page and
/// compares, so a page older than the keys or the formats fails it.
enum ManualPage {
    /// `page` (the plugin's, or an already completed one) with its own sections replaced by the
    /// current ones; without the `help` subcommand ArgumentParser lists for every command, and with
    /// the blank lines between the description's paragraphs (which mdoc warns about) as `.Pp`.
    static func complete(_ page: String) -> String {
        var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let end = lines.firstIndex(where: { $0 == ".Sh KEYS" || $0 == #".Sh "EXIT STATUS""# }) {
            lines.removeSubrange(end...)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        lines.removeAll { $0 == ".Ar subcommand" }
        if let help = lines.firstIndex(of: ".It Em help"),
           let end = lines[help...].firstIndex(of: ".El") {
            lines.removeSubrange(help...end)
        }
        lines = lines.map { $0.isEmpty ? ".Pp" : $0 }
        if lines.count > 1, lines[1] != note { lines.insert(note, at: 1) }
        return (lines + sections).joined(separator: "\n") + "\n"
    }

    private static let note = #".\" Completed by scripts/manual from logitscope's key table and file formats: regenerate, do not edit."#

    static var sections: [String] { keys + environment + files + exitStatus + examples }

    // MARK: - Sections

    static var keys: [String] {
        var out = [".Sh KEYS", "In the explorer; the key ? shows the same list on screen."]
        let sections = KeyBindings.explorer + KeyBindings.rows + KeyBindings.calibration + KeyBindings.vocabulary + KeyBindings.classroom + KeyBindings.tour
            + KeyBindings.presets + KeyBindings.export + KeyBindings.confirmOverwrite + KeyBindings.field + KeyBindings.help
        let width = sections.flatMap(\.bindings).map(\.asciiLabel.count).max() ?? 4
        for section in sections {
            out += [".Ss " + argument(section.title), ".Bl -tag -width \(width + 1)n -compact"]
            for binding in section.bindings {
                out += [".It Sy " + argument(binding.asciiLabel), text(binding.help)]
            }
            out.append(".El")
        }
        out += [".Pp", text("The mouse works too: a click selects a class, dragging in the logits panel sets the logit, "
            + "dragging a softmax bar sets that class's probability, the wheel moves the selection; in the calibration view "
            + "a click selects a row and a second click opens it.")]
        return out
    }

    static var environment: [String] {
        let variables: [([String], String)] = [
            (["NO_COLOR"], "Set to any value: no colours, in the explorer and --print alike; bold, reverse, underline "
                + "and the marks stay, since they carry the meaning."),
            (["TERM"], "The terminal the explorer draws on. Unset or dumb, the explorer is refused with exit status "
                + "\(ExitCode.failure.rawValue) (--print and --json need no terminal). A terminal without colours or "
                + "a mouse, as vt100, is used as it is, and the status line says so once."),
            (["COLORFGBG"], "foreground;background, as rxvt, Konsole and iTerm2 set it. With --theme auto, the default, "
                + "a background of 7 or 9 to 15 chooses the light theme; anything else, or no COLORFGBG, the dark one."),
            (["COLUMNS"], "The width of --print when stdout is not a terminal and --width is not given (else 80)."),
            (["LC_ALL", "LC_CTYPE", "LANG"], "A UTF-8 locale draws with Unicode blocks and symbols; any other with ASCII."),
            (["TMPDIR"], "Where the edited logits are written on quitting when the command line cannot carry them and "
                + "the current directory is not writable (else /tmp)."),
            (["LOGITSCOPE_KERNELS"], "sse2, avx2 or avx512: the vector kernels to run, when the processor has them "
                + "(else the widest below); unset, the widest it has. --version names the ones in use."),
        ]
        var out = [".Sh ENVIRONMENT", ".Bl -tag -width COLORFGBG"]
        for (names, meaning) in variables {
            out += [".It Ev " + names.joined(separator: " , "), text(meaning)]
        }
        return out + [".El"]
    }

    static var files: [String] {
        var out = [".Sh FILES", text("--file reads these formats, known by the name's extension or, without one "
            + "(stdin is -), by the content:"), ".Bl -tag -width Ds"]
        for format in LogitFileFormat.allCases {
            out += [".It Pa " + format.extensions.map { "*." + $0 }.joined(separator: " , "), text(format.summary)]
        }
        out += [".El", ".Pp", text("--vocab reads a HuggingFace tokenizer.json, a GPT-2 vocab.json, or one label per line in token order ("
            + Vocabulary.fileExtensions.map { "*." + $0 }.joined(separator: ", ") + ")."),
            ".Pp", text("The explorer writes, never over a file it did not make:"), ".Bl -tag -width Ds"]
        out += [".It Pa " + SessionFile.defaultPath, text("the session, saved with w and restored with --session")]
        out += [".It Pa " + ExportFormat.allCases.map(\.defaultFileName).joined(separator: " , "),
                text("an export made with e; when one exists, logitscope-2 and on")]
        out += [".It Pa logitscope-SEED-N.json",
                text("on quitting, the edited logits, when they are too many for the command line it prints")]
        return out + [".El"]
    }

    static var exitStatus: [String] {
        let statuses: [(ExitCode, String)] = [
            (.success, "Success; the explorer prints the command line that reproduces its final state."),
            (.failure, "No terminal for the explorer: TERM unset or dumb, no /dev/tty, or an unknown terminal type."),
            (.validationFailure, "Bad input: a value, a flag or a file refused, with one line on stderr naming it "
                + "and where it is; nothing on stdout."),
        ]
        var out = [#".Sh "EXIT STATUS""#, ".Bl -tag -width Ds"]
        for (code, meaning) in statuses { out += [".It \(code.rawValue)", text(meaning)] }
        return out + [".El"]
    }

    /// One example: what it shows and the arguments. The tests run those that print and exit.
    struct Example {
        let text: String
        let arguments: [String]
        var commandLine: String { (["logitscope"] + arguments.map(shellQuoted)).joined(separator: " ") }
    }

    static let exampleList: [Example] = [
        Example(text: "The explorer on the seed example, a sentence classified as News, Entertainment or Technology:",
                arguments: []),
        Example(text: "The same panels as text, 80 columns wide:",
                arguments: ["--logits", "2,1,0.1", "--labels", "News,Entertainment,Technology", "--print", "--width", "80"]),
        Example(text: "Naive softmax overflowing in Float16, as JSON:",
                arguments: ["--logits", "12 11 10", "--precision", "f16", "--json"]),
        Example(text: "A model's logits from NumPy, labelled by a vocabulary, with top-p:",
                arguments: ["--file", "logits.npy", "--vocab", "vocab.txt", "--top-p", "0.9"]),
        Example(text: "A class on a light projector: a preset, presentation mode, the light theme:",
                arguments: ["--preset", "overflow-f16", "--present", "--theme", "light"]),
        Example(text: "A slide for a white page:",
                arguments: ["--preset", "news", "--export", "svg", "--theme", "light"]),
        Example(text: "The guided tour as a handout:", arguments: ["--tour", "--print", "--width", "80"]),
    ]

    static var examples: [String] {
        var out = [".Sh EXAMPLES"]
        for (n, example) in exampleList.enumerated() {
            if n > 0 { out.append(".Pp") }
            out += [text(example.text), ".Dl " + example.commandLine.replacingAll("\\", with: "\\e")]
        }
        return out
    }

    // MARK: - mdoc

    /// A text line: a backslash is `\e`, and a leading dot or quote is kept from reading as a macro.
    static func text(_ s: String) -> String {
        let escaped = s.replacingAll("\\", with: "\\e")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    /// One macro argument, quoted, with `\&` so a word such as `Ar` or `No` is not read as a macro.
    static func argument(_ s: String) -> String {
        "\"\\&" + s.replacingAll("\\", with: "\\e").replacingAll("\"", with: "\\(dq") + "\""
    }
}
