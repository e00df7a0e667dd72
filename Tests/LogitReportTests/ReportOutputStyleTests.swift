import LogitCore
import LogitReport
import Testing

/// How `--print` decides on colour, Unicode and width from the environment.
@Suite struct ReportOutputStyleTests {
    @Test func escapesOnlyOnATerminalThatIsNotDumb() {
        #expect(OutputStyle(environment: ["TERM": "xterm"], stdoutIsTerminal: true).escapes)
        #expect(OutputStyle(environment: [:], stdoutIsTerminal: true).escapes)
        #expect(!OutputStyle(environment: ["TERM": "xterm"], stdoutIsTerminal: false).escapes)
        #expect(!OutputStyle(environment: ["TERM": "dumb"], stdoutIsTerminal: true).escapes)
    }

    @Test func colourOnlyOnATerminalWithoutNO_COLOR() {
        #expect(OutputStyle(environment: [:], stdoutIsTerminal: true).color)
        #expect(!OutputStyle(environment: [:], stdoutIsTerminal: false).color)
        #expect(!OutputStyle(environment: ["TERM": "dumb"], stdoutIsTerminal: true).color)
        // Any value of NO_COLOR disables colour, the empty string included; bold and reverse stay.
        for value in ["1", "0", "", "yes"] {
            let style = OutputStyle(environment: ["NO_COLOR": value], stdoutIsTerminal: true)
            #expect(!style.color)
            #expect(style.escapes)
        }
    }

    @Test func unicodeWhenTheLocaleIsUTF8() {
        #expect(OutputStyle.localeIsUTF8(["LANG": "en_US.UTF-8"]))
        #expect(OutputStyle.localeIsUTF8(["LANG": "C.utf8"]))
        #expect(OutputStyle.localeIsUTF8(["LC_CTYPE": "de_DE.UTF-8", "LANG": "C"]))
        #expect(!OutputStyle.localeIsUTF8([:]))
        #expect(!OutputStyle.localeIsUTF8(["LANG": "C"]))
        #expect(!OutputStyle.localeIsUTF8(["LANG": "POSIX"]))
        #expect(!OutputStyle.localeIsUTF8(["LANG": "en_US.ISO-8859-1"]))
        // LC_ALL overrides LC_CTYPE, which overrides LANG; an empty one is skipped.
        #expect(!OutputStyle.localeIsUTF8(["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
        #expect(OutputStyle.localeIsUTF8(["LC_ALL": "", "LC_CTYPE": "", "LANG": "en_US.UTF-8"]))
        #expect(!OutputStyle.localeIsUTF8(["LC_CTYPE": "C", "LANG": "en_US.UTF-8"]))
    }

    @Test func defaultWidth() {
        #expect(OutputStyle.defaultWidth(terminalColumns: 132, environment: ["COLUMNS": "100"]) == 132)
        #expect(OutputStyle.defaultWidth(terminalColumns: nil, environment: ["COLUMNS": "100"]) == 100)
        #expect(OutputStyle.defaultWidth(terminalColumns: nil, environment: ["COLUMNS": "wide"]) == 80)
        #expect(OutputStyle.defaultWidth(terminalColumns: nil, environment: ["COLUMNS": "-3"]) == 80)
        #expect(OutputStyle.defaultWidth(terminalColumns: nil, environment: [:]) == 80)
    }

    @Test func widthBounds() throws {
        #expect(try PrintWidth.parse(" 60 ") == 60)
        #expect(try PrintWidth.parse("\(PrintWidth.minimum)") == PrintWidth.minimum)
        #expect(throws: InputError.self) { try PrintWidth.parse("\(PrintWidth.minimum - 1)") }
        #expect(throws: InputError.self) { try PrintWidth.parse("\(PrintWidth.maximum + 1)") }
        #expect(throws: InputError.self) { try PrintWidth.parse("0") }
        #expect(throws: InputError.self) { try PrintWidth.parse("8.5") }
        #expect(PrintWidth.clamped(10) == PrintWidth.minimum)
        #expect(PrintWidth.clamped(5000) == PrintWidth.maximum)
        #expect(PrintWidth.clamped(100) == 100)
    }
}
