import ArgumentParser
import CKernels
import LogitCore
import LogitReport
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

            --file reads plain text, CSV, JSON, NumPy .npy, .safetensors or .npz (- reads stdin; \
            the explorer still runs on the terminal). An array of rows ([rows, vocab], or [1, rows, \
            vocab]) opens as rows: --position picks the first shown, J and K step, --targets gives \
            each row's token, and --json adds position, positions, target, tensor and sequence \
            (per row: target, chosen, text, logprob, rank, entropy_nats, at the report's \
            temperature and precision, no filter). An API response's logprobs open the same way, \
            one row per generated token with its listed alternatives and the rest; each sequence \
            entry adds partial and rest_mass. --json always reports filters (the values used, null when \
            off), kept (the kept indices, ascending) and filtered_softmax (0 for removed \
            classes); with no filter every class but a masked one is kept. It adds seed with \
            --seed or --samples, and samples (the drawn indices) with --samples. Without \
            --seed a seed is picked from the clock and shown, so any run can be repeated. With \
            --block it adds the online softmax: online_block, online_steps, online_softmax and \
            online_ulps.
            """,
        // The vector kernels are chosen at run time (LOGITSCOPE_KERNELS can name them): say which.
        version: "logitscope 0.1.0 (kernels: \(Kernels.chosen))")

    // `.unconditional` everywhere a value may begin with "-": `--logits -2,1`, `-t -1` (which then
    // gets our "must be positive" message rather than "missing value").
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Comma- or space-separated logits; -inf masks a class.", valueName: "list"))
    var logits: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Comma-separated class names, one per logit (default: class 0 to class N-1, numbered as ids are).", valueName: "list"))
    var labels: String?

    @Option(name: [.customShort("t"), .long], parsing: .unconditional,
            help: ArgumentHelp("Softmax temperature, positive and finite (default: 1).", valueName: "T"))
    var temperature: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("float16, float32, float64 or bfloat16, also f16, f32, f64, bf16 (default: float64).", valueName: "P"),
            completion: .list(Precision.allCases.flatMap(\.names)))
    var precision: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Sigmoid probability threshold, strictly between 0 and 1 (default: 0.5).", valueName: "P"))
    var threshold: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("0-based index of the true class, for cross-entropy and its gradient (-1: none, over a row's own target).", valueName: "I"))
    var target: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Each class's own sigmoid threshold, - for the global one (e.g. 0.3,-,0.9).", valueName: "list"))
    var classThresholds: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Read logits (and labels) from a text, CSV, JSON, .npy, .safetensors or .npz file; - reads stdin.", valueName: "path"),
            completion: .file(extensions: LogitFileFormat.fileExtensions))
    var file: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Token texts from a tokenizer.json, a GPT-2 vocab.json, or a file of one label per line in id order (with --file).", valueName: "path"),
            completion: .file(extensions: Vocabulary.fileExtensions))
    var vocab: String?

    @Option(name: [.customLong("position"), .customLong("row")], parsing: .unconditional,
            help: ArgumentHelp("The 0-based row to open on: a position of a [rows, vocab] array file, a generated token of an API response, or the row of a JSON array of arrays (with --file; --row is an alias).", valueName: "P"))
    var row: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("The choice of an API response to read (default: 0).", valueName: "I"))
    var choice: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("The tensor of a .safetensors or the member of an .npz that holds several (with --file).", valueName: "name"))
    var tensor: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("One token id or class per row, -1 for none: a comma list, a file with one per line, or an integer .npy (with a --file of rows).", valueName: "list|file"),
            completion: .file(extensions: ["npy", "txt"]))
    var targets: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Calibration bins (equal width, k/B < confidence <= (k+1)/B) for a file of rows with --targets; default 15.", valueName: "B"))
    var bins: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Logits to change after loading, 0-based: 17=2.5,42=-inf.", valueName: "list"))
    var edits: String?

    @Option(name: .customLong("top-k"), parsing: .unconditional,
            help: ArgumentHelp("Keep the k most likely tokens (ties with the k-th kept), k >= 1.", valueName: "k"))
    var topK: String?

    @Option(name: .customLong("top-p"), parsing: .unconditional,
            help: ArgumentHelp("Keep the smallest top set holding mass p, 0 < p <= 1.", valueName: "p"))
    var topP: String?

    @Option(name: .customLong("min-p"), parsing: .unconditional,
            help: ArgumentHelp("Drop tokens less likely than min-p times the top one, 0 <= min-p <= 1.", valueName: "p"))
    var minP: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Seed of the sampler, 0 to 2^64-1 (default: picked from the clock, and shown).", valueName: "S"))
    var seed: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Draw N tokens from the filtered distribution; --json reports them as samples.", valueName: "N"))
    var samples: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Block size of the online softmax (FlashAttention's running max and sum), 1 or more; --json then reports its steps (default: two blocks).", valueName: "B"))
    var block: String?

    @Flag(name: .long, help: "Print every computed quantity as one JSON object and exit.")
    var json = false

    @Flag(name: .customLong("print"), help: "Print the panels as text and exit.")
    var printout = false

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Width of --print in columns (default: the terminal's, else COLUMNS, else 80).", valueName: "N"))
    var width: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Colours for a dark or light background; auto reads COLORFGBG, else dark (default: auto).", valueName: "theme"),
            completion: .list(ThemeChoice.allCases.map(\.rawValue)))
    var theme: String?

    /// For scripts/manual only: the GenerateManual plugin's page on stdin, the completed page out.
    @Flag(name: .customLong("complete-manual-page"), help: .private)
    var completeManualPage = false

    @OptionGroup(title: "Classroom")
    var classroom: ClassroomOptions

    @OptionGroup(title: "Sessions")
    var sessionOptions: SessionOptions

    func run() throws {
        lk_return_freed_memory()
        do throws(InputError) {
            try runChecked()
        } catch {
            Output.refusal(error.message)
            throw ExitCode.validationFailure
        }
    }

    private func runChecked() throws(InputError) {
        if completeManualPage {
            var page = ""
            while let line = readLine(strippingNewline: false) { page += line }
            Output.report(ManualPage.complete(page))
            return
        }
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
        if samples != nil && !json {
            throw InputError("--samples only applies to --json (in the explorer, z draws one token and Z draws 1000)")
        }
        if file == nil {
            if row != nil { throw InputError("--position (--row) only applies to --file") }
            if tensor != nil { throw InputError("--tensor only applies to --file") }
            if targets != nil { throw InputError("--targets only applies to --file") }
            if choice != nil { throw InputError("--choice only applies to --file (an API response)") }
            if vocab != nil { throw InputError("--vocab only applies to --file") }
        }
        if vocab != nil && labels != nil {
            throw InputError("--vocab and --labels both give the labels: use one of them")
        }
        if file != nil && logits != nil {
            throw InputError("--logits and --file both give the logits: use one of them")
        }
        let scheme = try colorScheme()
        let rowIndex = try row.map { (text: String) throws(InputError) -> Int in try DocumentArguments.row(text) }
        let choiceIndex = try choice.map { (text: String) throws(InputError) -> Int in try DocumentArguments.choice(text) }
        let sampleCount = try samples.map { (text: String) throws(InputError) -> Int in try TokenSampler.sampleCount(text) }

        var opened = try file.map { (path: String) throws(InputError) -> OpenedFile in
            try OpenedFile.open(path: path, position: rowIndex, tensor: tensor, targets: targets, vocab: vocab,
                                strip: !json && !printout && exportFormat == nil, choice: choiceIndex)
        }
        if opened?.rows != nil && (classroom.preset != nil || classroom.tour) {
            throw InputError("--preset and --tour replace the document: they do not apply to a file of rows")
        }
        if labels != nil && opened?.rows?.source.rowsHaveOwnClasses == true {
            throw InputError("--labels does not apply to an API response: each generated token lists its own alternatives")
        }
        if targets != nil && opened?.rows == nil {
            throw InputError("--targets applies to a file of rows ([rows, vocab] .npy, .safetensors or .npz)")
        }
        let calibrationBins = try bins.map { (text: String) throws(InputError) -> ConfidenceBins in
            guard targets != nil else { throw InputError("--bins applies to a file of rows with --targets (a dataset's calibration)") }
            return try ConfidenceBins.parse(text)
        }
        let arguments = DocumentArguments(
            logits: logits, labels: labels, temperature: temperature, precision: precision,
            threshold: threshold, target: target, classThresholds: classThresholds,
            topK: topK, topP: topP, minP: minP, seed: seed, edits: edits, block: block)
        let restored = try sessionOptions.restored(presetGiven: classroom.preset != nil, fileGiven: file != nil)
        // --print of one vector lists the top of its ranking alone: only those ranks are made.
        let printsTopOnly = printout && !classroom.tour && opened?.rows == nil
        var state = try classroom.initialState(
            arguments, file: opened?.loaded, defaultSeed: DefaultSeed.fromClock(), restored: restored,
            rankingTop: printsTopOnly ? printedRanks : nil)
        if let session = opened?.rows {
            // --target overrides the open row's target from --targets (-1: none).
            state.attach(rows: session, keepingTarget: target != nil)
            if let calibrationBins { state.setCalibrationBins(calibrationBins) }
        }
        if let warning = opened?.vocabularyWarning {
            // On stderr for a report; on the status line in the explorer.
            if json || printout || exportFormat != nil { Output.warning(warning) } else { state.message = .info(warning) }
        }
        // The document's precision and seed, not the document: held here, its logits would be
        // copied by the explorer's first edit (8 MB at 1M).
        let (precision, documentSeed) = (state.document.precision, state.document.seed)
        // Only the explorer's quit line uses the source, made when it quits: nothing is held for
        // it meanwhile (an array file's row is decoded again from the mapped file).
        let labelsArgument = labels
        let quitFile = opened?.forQuitLine()
        opened = nil  // its vector is the document's now: held here, the first edit would copy it
        let quitSource: @Sendable (ExplorerState) -> LogitFileSource? = { final in
            guard let file, let quitFile else { return nil }
            return quitFile.source(path: file, final: final, vocabularyPath: vocab, labelsArgument: labelsArgument,
                                 row: rowIndex, tensor: tensor, targets: targets, choice: choiceIndex)
        }
        let requestedWidth = try width.map { (text: String) throws(InputError) -> Int in try PrintWidth.parse(text) }

        if let format = exportFormat {
            try Exporter.write(state, as: format, width: requestedWidth, scheme: scheme, to: classroom.output)
        } else if printout && classroom.tour {
            Output.report(Printout.handout(width: requestedWidth, scheme: scheme))
        } else if json {
            let draws = try sampleCount.map { (count: Int) throws(InputError) -> [Int] in
                guard let sampler = TokenSampler(state.filtered) else {
                    throw InputError("--samples: cannot draw, the probabilities are not finite in \(precision.displayName)")
                }
                return SampleRun(seed: documentSeed, count: count, from: sampler).draws
            }
            var out = Output.streamedReport()
            JSONReport.write(state, seed: seed != nil || draws != nil ? documentSeed : nil, samples: draws, to: &out)
            out.finish()
        } else if printout {
            Output.report(Printout.text(state, width: requestedWidth, scheme: scheme))
        } else {
            // Handed over, not copied (`state` keeps a 3-logit example in its place): a copy alive
            // here would make the explorer's first edit copy the logits and the ranking.
            var explored = ExplorerState()
            swap(&explored, &state)
            Interactive.run(explored, source: quitSource, scheme: scheme)
        }
    }

    /// The background to draw for: `--theme`, or for `auto` the one the terminal tells.
    private func colorScheme() throws(InputError) -> ColorScheme {
        guard let name = theme else { return ThemeChoice.auto.scheme(environment: ProcessEnvironment.variables) }
        guard let choice = ThemeChoice(name: name) else {
            let names = ThemeChoice.allCases.map(\.rawValue)
            throw InputError("theme \"\(Substring(name).escapedForMessage)\" is unknown: use \(names.dropLast().joined(separator: ", ")) or \(names.last!)")
        }
        return choice.scheme(environment: ProcessEnvironment.variables)
    }
}
