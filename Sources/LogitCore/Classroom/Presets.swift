extension Preset {
    /// The presets, in the order the picker lists them. Each summary is a promise that a test
    /// checks (PresetTests); the figures are scipy's or NUMERICS.md's.
    public static let all: [Preset] = [
        Preset(
            name: "news",
            summary: "the seed article: News 2, Entertainment 1, Technology 0.1 give 65.9% / 24.2% / 9.9%",
            document: .example, focus: .steps),
        Preset(
            name: "binary",
            summary: "spam against not spam: softmax([z, 0]) = sigmoid(z), and z > 0 is p > 0.5",
            document: LogitDocument(logits: [1.2, 0], labels: ["spam", "not spam"]), focus: .binary),
        Preset(
            name: "overflow-f16",
            summary: "[12, 11, 10] in Float16: naive exp(12) overflows 65504, naive softmax is NaN, 0, 0",
            document: LogitDocument(logits: [12, 11, 10], precision: .float16), focus: .lab),
        Preset(
            name: "overflow-f32",
            summary: "[89, 88, 87] in Float32: exp(89) overflows (limit 88.72); naive BCE gives inf and NaN",
            document: LogitDocument(logits: [89, 88, 87], precision: .float32, target: 0,
                                    binaryLabels: [true, false, false]),
            focus: .lab),
        Preset(
            name: "overflow-f64",
            summary: "[710, 709, 708] in Float64: even doubles overflow above 709.78",
            document: LogitDocument(logits: [710, 709, 708]), focus: .lab),
        Preset(
            name: "overflow-bf16",
            summary: "[89, 88, 87] in BFloat16: exp(89) overflows as in Float32; naive softmax is NaN, 0, 0",
            document: LogitDocument(logits: [89, 88, 87], precision: .bfloat16), focus: .lab),
        Preset(
            name: "underflow",
            summary: "[-104, -105, -106] in Float32: every exp underflows to 0, naive softmax is 0/0 = NaN",
            document: LogitDocument(logits: [-104, -105, -106], precision: .float32), focus: .lab),
        Preset(
            name: "cold",
            summary: "T = 0.01 in Float32: [1, 0.9, 0] gives naive NaN, NaN, 0 and stable 99.995% / 4.5e-5 / 3.8e-44",
            document: LogitDocument(logits: [1, 0.9, 0], temperature: 0.01, precision: .float32), focus: .lab),
        Preset(
            name: "stall-bf16",
            summary: "[5.5, 0 x 40] in BFloat16: naive sum stalls at 256 (256 + 1 = 256); naive p sums to 111%",
            document: LogitDocument(logits: [5.5] + Array(repeating: 0, count: 40), precision: .bfloat16), focus: .lab),
        Preset(
            name: "log-softmax",
            summary: "[0, -110] in Float32, target dog: p underflows to 0, -log p = inf; log_softmax gives 110",
            document: LogitDocument(logits: [0, -110], labels: ["cat", "dog"], precision: .float32, target: 1),
            focus: .logSoftmax),
        Preset(
            name: "masked",
            summary: "a masked class (logit -inf) gets exactly 0; the others share 100%",
            document: LogitDocument(logits: [2, -.infinity, 1, 0.5], labels: ["cat", "dog", "bird", "fish"])),
        Preset(
            name: "ties",
            summary: "two equal logits get equal probability; argmax picks the first of the tie",
            document: LogitDocument(logits: [1.5, 1.5, 0.2], labels: ["left", "right", "straight"])),
        Preset(
            name: "uniform",
            summary: "four equal logits: 25% each, entropy log 4 = 2 bits, normalized entropy 1",
            document: LogitDocument(logits: [0, 0, 0, 0], labels: ["north", "east", "south", "west"])),
        Preset(
            name: "confident",
            summary: "one logit far ahead: top probability above 99.9%, entropy near 0",
            document: LogitDocument(logits: [9, 1, 0.5, -2], labels: ["cat", "dog", "fox", "car"], target: 0),
            focus: .loss),
        Preset(
            name: "llm-tail",
            summary: "50 next tokens after \"The capital of France is\": one head, a long tail",
            document: LogitDocument(logits: llmTailLogits, labels: LabelList(llmTailLabels))),
        Preset(
            name: "overconfident",
            summary: "a digits classifier 99.99999999% sure of 1 for an 8; its fitted T = 3.51 gives 99.7%",
            document: overconfidentDigit, focus: .loss),
    ]

    /// Row 548 of the validation logits in `Tests/Reference/calibration/digits-logits.npy` (a
    /// logistic regression trained on scikit-learn's digits by
    /// `scripts/reference/make_calibration_reference.py`), rounded to 2 decimals: an 8 the model
    /// reads as a 1, its most confident mistake. scipy: p(1) = 0.9999999998977718 at T = 1 and
    /// 0.996625010631027 at T = 3.51, the temperature fitted on the whole validation set.
    static let overconfidentDigit = LogitDocument(
        logits: [0.16, 30.57, -14.4, -18.91, 5.25, -2.74, -0.11, -13.19, 6.29, 7.09],
        labels: LabelList((0...9).map { "digit \($0)" }), target: 8)

    /// 9 − 2.2 ln k − 0.03 k rounded to 2 decimals for the tail, after a head of 10.8: a Zipf-like
    /// fall, as language models give (scipy: 81.3% for " Paris", 13.0% for " a").
    static let llmTailLogits: [Double] = [
        10.8, 8.97, 7.42, 6.49, 5.83, 5.31, 4.88, 4.51, 4.19, 3.9,
        3.63, 3.39, 3.17, 2.97, 2.77, 2.59, 2.42, 2.26, 2.1, 1.95,
        1.81, 1.67, 1.54, 1.41, 1.29, 1.17, 1.05, 0.94, 0.83, 0.72,
        0.62, 0.52, 0.42, 0.32, 0.22, 0.13, 0.04, -0.05, -0.14, -0.23,
        -0.32, -0.4, -0.48, -0.56, -0.65, -0.72, -0.8, -0.88, -0.96, -1.03,
    ]

    static let llmTailLabels: [String] = [
        "␣Paris", "␣a", "␣the", "␣located", "␣one", "␣known", "␣also", "␣not", "␣home", "␣famous",
        "␣in", "␣called", "␣an", "␣situated", "␣Lyon", "␣very", "␣now", "␣officially", "␣still", "␣often",
        "␣Marseille", "␣quite", "␣considered", "␣currently", "␣arguably", "␣France", "␣where", "␣famously", "␣both", "␣Versailles",
        "␣probably", "␣more", "␣undoubtedly", "␣city", "␣beautiful", "␣full", "␣world", "␣sometimes", "␣actually", "␣rich",
        "␣Nice", "␣no", "␣always", "␣capital", "␣French", "␣part", "␣really", "␣so", "␣big", ".",
    ]
}
