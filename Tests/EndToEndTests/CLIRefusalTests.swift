import Testing

/// Every refusal PRODUCT.md lists, through the built binary: a non-zero status, the one line that
/// names the bad value on stderr, and nothing at all on stdout.
@Suite struct CLIRefusalTests {
    struct Refusal: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let message: String
        /// Also refused before the JSON report and the printout (false for refusals about the mode).
        var inEveryMode = true
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Refusal] = [
        // Logits: NaN, +inf, empty list, empty item, text, all -inf.
        Refusal(arguments: ["--logits", "nan,1"], message: "logit 1 is NaN: a logit must be a number (-inf masks a class)"),
        Refusal(arguments: ["--logits", "1,+inf"], message: "logit 2 is +inf: only -inf is allowed (it masks a class)"),
        Refusal(arguments: ["--logits", "1 inf"], message: "logit 2 is +inf: only -inf is allowed (it masks a class)"),
        Refusal(arguments: ["--logits", ""], message: "the logit list is empty"),
        Refusal(arguments: ["--logits", "  "], message: "the logit list is empty"),
        Refusal(arguments: ["--logits", "1,,2"], message: "logit 2 is empty (two commas in a row, or a comma at an end)"),
        Refusal(arguments: ["--logits", "1,2,"], message: "logit 3 is empty (two commas in a row, or a comma at an end)"),
        Refusal(arguments: ["--logits", "1,2,two"], message: "logit 3 is \"two\": not a number"),
        Refusal(arguments: ["--logits", "-inf,-inf"], message: "every logit is -inf: softmax is undefined when every class is masked"),
        Refusal(arguments: ["--logits", "-inf"], message: "the only logit is -inf: softmax is undefined when every class is masked"),
        // Temperature: zero, negative, NaN, infinite, text.
        Refusal(arguments: ["-t", "0"], message: "temperature is 0: it must be positive (T = 0 is greedy decoding, which is the argmax)"),
        Refusal(arguments: ["-t", "-1"], message: "temperature is -1: it must be positive"),
        Refusal(arguments: ["--temperature", "-0.5"], message: "temperature is -0.5: it must be positive"),
        Refusal(arguments: ["-t", "nan"], message: "temperature is NaN: it must be a positive, finite number"),
        Refusal(arguments: ["-t", "inf"], message: "temperature is inf: it must be a positive, finite number"),
        Refusal(arguments: ["-t", "-inf"], message: "temperature is -inf: it must be a positive, finite number"),
        Refusal(arguments: ["-t", "warm"], message: "temperature \"warm\" is not a number"),
        // Precision.
        Refusal(arguments: ["--precision", "float8"], message: "precision \"float8\" is unknown: use float16, float32, float64 or bfloat16 (or f16, f32, f64, bf16)"),
        // The online softmax's block size: a whole number from 1.
        Refusal(arguments: ["--block", "0"], message: "block 0 is too small: it is how many classes the online softmax takes at a time, 1 or more"),
        Refusal(arguments: ["--block", "-2"], message: "block -2 is too small: it is how many classes the online softmax takes at a time, 1 or more"),
        Refusal(arguments: ["--block", "1.5"], message: "block \"1.5\" is not a whole number: it is how many classes the online softmax takes at a time, 1 or more"),
        Refusal(arguments: ["--block", "two"], message: "block \"two\" is not a whole number: it is how many classes the online softmax takes at a time, 1 or more"),
        // Target out of range, or not an index.
        Refusal(arguments: ["--target", "3"], message: "target 3 is out of range: with 3 classes it must be 0 to 2"),
        Refusal(arguments: ["--target", "-2"], message: "target -2 is out of range: with 3 classes it must be 0 to 2"),
        Refusal(arguments: ["--logits", "1,2", "--target", "2"], message: "target 2 is out of range: with 2 classes it must be 0 to 1"),
        Refusal(arguments: ["--target", "first"], message: "target \"first\" is not a whole number: it is the 0-based index of the true class (-1 for none)"),
        // Threshold outside (0, 1), the ends included.
        Refusal(arguments: ["--threshold", "0"], message: "threshold is 0: it must be a probability strictly between 0 and 1"),
        Refusal(arguments: ["--threshold", "1"], message: "threshold is 1: it must be a probability strictly between 0 and 1"),
        Refusal(arguments: ["--threshold", "1.5"], message: "threshold is 1.5: it must be a probability strictly between 0 and 1"),
        Refusal(arguments: ["--threshold", "-0.2"], message: "threshold is -0.2: it must be a probability strictly between 0 and 1"),
        Refusal(arguments: ["--threshold", "nan"], message: "threshold is NaN: it must be a probability strictly between 0 and 1"),
        // Label count that differs from the logit count (the seed has 3 when --logits is absent).
        Refusal(arguments: ["--labels", "a,b"], message: "2 labels for 3 logits: the counts must match"),
        Refusal(arguments: ["--logits", "1,2", "--labels", "a,b,c"], message: "3 labels for 2 logits: the counts must match"),
        Refusal(arguments: ["--labels", "a,,c"], message: "label 2 is empty (two commas in a row, or a comma at an end)"),
        // Per-class thresholds.
        Refusal(arguments: ["--class-thresholds", "0.3,1,-"], message: "class threshold 2 is \"1\": it must be a probability strictly between 0 and 1, or - for the global threshold"),
        Refusal(arguments: ["--class-thresholds", "0.3"], message: "1 class threshold for 3 logits: the counts must match (- uses the global threshold)"),
        // Output modes and width.
        Refusal(arguments: ["--json", "--print"], message: "--json and --print cannot be combined: choose one"),
        Refusal(arguments: ["--width", "80"], message: "--width only applies to --print and --export", inEveryMode: false),
        Refusal(arguments: ["--width", "80", "--json"], message: "--width only applies to --print and --export"),
        // Classroom flags.
        Refusal(arguments: ["--preset", "hot"], message: "unknown preset \"hot\": choose one of news, binary, overflow-f16, overflow-f32, overflow-f64, overflow-bf16, underflow, cold, stall-bf16, log-softmax, masked, ties, uniform, confident, llm-tail, overconfident"),
        Refusal(arguments: ["--preset", "news", "--labels", "a,b"], message: "2 labels for 3 logits: the counts must match"),
        Refusal(arguments: ["--export", "png"], message: "export format \"png\" is unknown: use svg, markdown or csv", inEveryMode: false),
        Refusal(arguments: ["--output", "x.svg"], message: "--output only applies to --export", inEveryMode: false),
        Refusal(arguments: ["--export", "csv", "--json"], message: "--json and --export cannot be combined: choose one"),
        Refusal(arguments: ["--export", "svg", "--output", "/nonexistent-dir/x.svg"], message: "cannot write /nonexistent-dir/x.svg: no such file or directory", inEveryMode: false),
        Refusal(arguments: ["--theme", "solarized"], message: "theme \"solarized\" is unknown: use auto, dark or light"),
        Refusal(arguments: ["--print", "--width", "0"], message: "width 0 is not a positive number of columns (--print needs at least 60)"),
        Refusal(arguments: ["--print", "--width", "-5"], message: "width -5 is not a positive number of columns (--print needs at least 60)"),
        Refusal(arguments: ["--print", "--width", "59"], message: "width 59 is too narrow: --print needs at least 60 columns"),
        Refusal(arguments: ["--print", "--width", "100000"], message: "width 100000 is too wide: at most 1000 columns"),
        Refusal(arguments: ["--print", "--width", "wide"], message: "width \"wide\" is not a whole number of columns"),
    ]

    @Test(arguments: refusals)
    func refusedWithOneLineOnStderrAndNothingOnStdout(_ refusal: Refusal) throws {
        // The same refusal before the explorer, the JSON report and the printout.
        let modes = !refusal.inEveryMode || refusal.arguments.contains { $0 == "--json" || $0 == "--print" }
            ? [[]] : [[], ["--json"], ["--print"]]
        for mode in modes {
            let run = try Binary.run(refusal.arguments + mode)
            #expect(run.status == 64, "status \(run.status) for \(refusal.arguments + mode)")
            #expect(run.stderr == "logitscope: \(refusal.message)\n")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func anUnknownFlagIsArgumentParsersUsageError() throws {
        let run = try Binary.run(["--logitz", "1,2"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Unknown option '--logitz'"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aMissingValueIsArgumentParsersUsageError() throws {
        let run = try Binary.run(["--logits"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Missing value for '--logits <list>'"))
        #expect(run.stdout.isEmpty)
    }
}
