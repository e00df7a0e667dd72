import ArgumentParser
import LogitCore
import LogitTerminal
import LogitView

/// The `logitscope` command: flags into a document, then the interactive explorer, or `--json` /
/// `--print` from the same core and view.
///
/// Every refusal of a value is the core's message on one line of stderr
/// (`logitscope: logit 3 is "two": not a number`), nothing on stdout, exit status 64 (EX_USAGE, the
/// status ArgumentParser gives its own usage errors). A terminal that cannot be opened exits 1.
@main
struct Logitscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logitscope",
        abstract: "Explore logits: softmax, temperature, sigmoid thresholds and numerical overflow.",
        discussion: """
            Without --json or --print, opens the interactive explorer (press ? for its keys); on \
            quitting it prints a command line that reproduces the final state. Without --logits \
            it opens the seed example: News 2.0, Entertainment 1.0, Technology 0.1.

            --json, --print and --export cannot be combined; --width applies to --print and \
            --export only. Bad input is refused with one line on stderr and exit status 64; no terminal for the explorer \
            is exit status 1.
            """,
        version: "0.1.0")

    // `.unconditional` everywhere a value may begin with "-": `--logits -2,1`, `-t -1` (which then
    // gets our "must be positive" message rather than "missing value").
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Comma- or space-separated logits; -inf masks a class.", valueName: "list"))
    var logits: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Comma-separated class names, one per logit (default: class 1…N).", valueName: "list"))
    var labels: String?

    @Option(name: [.customShort("t"), .long], parsing: .unconditional,
            help: ArgumentHelp("Softmax temperature, positive and finite (default: 1).", valueName: "T"))
    var temperature: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("float16, float32 or float64, also f16, f32, f64 (default: float64).", valueName: "P"))
    var precision: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Sigmoid probability threshold, strictly between 0 and 1 (default: 0.5).", valueName: "P"))
    var threshold: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("0-based index of the true class, for cross-entropy and its gradient.", valueName: "I"))
    var target: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Each class's own sigmoid threshold, - for the global one (e.g. 0.3,-,0.9).", valueName: "list"))
    var classThresholds: String?

    @Flag(name: .long, help: "Print every computed quantity as one JSON object and exit.")
    var json = false

    @Flag(name: .customLong("print"), help: "Print the panels as text and exit.")
    var printout = false

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Width of --print in columns (default: the terminal's, else COLUMNS, else 80).", valueName: "N"))
    var width: String?

    @OptionGroup(title: "Classroom")
    var classroom: ClassroomOptions

    @OptionGroup(title: "Sessions")
    var sessionOptions: SessionOptions

    func run() throws {
        do throws(InputError) {
            try runChecked()
        } catch {
            Output.refusal(error.message)
            throw ExitCode.validationFailure
        }
    }

    private func runChecked() throws(InputError) {
        if classroom.listPresets {
            Output.report(Preset.listing())
            return
        }
        let exportFormat = try classroom.exportFormat()
        let outputs = [json ? "--json" : nil, printout ? "--print" : nil, exportFormat != nil ? "--export" : nil].compactMap { $0 }
        if outputs.count > 1 {
            throw InputError("\(outputs.joined(separator: " and ")) cannot be combined: choose one")
        }
        if width != nil && !printout && exportFormat == nil {
            throw InputError("--width only applies to --print and --export")
        }
        let arguments = DocumentArguments(
            logits: logits, labels: labels, temperature: temperature, precision: precision,
            threshold: threshold, target: target, classThresholds: classThresholds)
        let restored = try sessionOptions.restored(presetGiven: classroom.preset != nil)
        let state = try classroom.initialState(arguments, restored: restored)
        let requestedWidth = try width.map { (text: String) throws(InputError) -> Int in try PrintWidth.parse(text) }

        if let format = exportFormat {
            try Exporter.write(state, as: format, width: requestedWidth, to: classroom.output)
        } else if printout && classroom.tour {
            Output.report(Printout.handout(width: requestedWidth))
        } else if json {
            Output.report(JSONReport.make(state).pretty)
        } else if printout {
            Output.report(Printout.text(state, width: requestedWidth))
        } else {
            Interactive.run(state)
        }
    }
}
