/// The guided tour: the seed article's ideas and the answer on logits, one step at a time, each on
/// a live explorer. Figures in the answers are scipy's (scipy.special.softmax, expit, entropy) or,
/// for BFloat16 and the online softmax, the reference file's (numpy with ml_dtypes, make_reference.py).
public enum Tour {
    public static let steps: [TourStep] = [
        TourStep(
            "Logits are raw scores", panel: .logits,
            text: [
                "A classifier's last layer gives one raw score per class: a logit.",
                "News 2, Entertainment 1, Technology 0.1 are not probabilities: any real",
                "number will do, and they need not add up to anything.",
            ],
            question: "Can a logit be negative? Press space to make Technology -3.",
            answer: ["Yes: -3 is a fine logit. Softmax still gives Technology a share: 0.5%."],
            reveal: [.select(2), .setLogit(index: 2, value: -3)]),
        TourStep(
            "Exp, then normalize", panel: .steps, focus: .steps,
            text: [
                "Softmax makes probabilities in two moves: e to each logit, then divide",
                "by the sum. e^2 = 7.389, e^1 = 2.718, e^0.1 = 1.105, sum 11.21, so",
                "p = 0.659, 0.242, 0.099: the article's 66% / 24% / 10%.",
                "Press ← → on a class and watch every column follow.",
            ]),
        TourStep(
            "Probabilities sum to one", panel: .softmax,
            text: [
                "Each p is a share of the same sum, so the shares always add up to 1:",
                "raising one logit takes probability from all the others.",
            ],
            question: "Technology's logit goes from 0.1 to 2.1. What happens to News? Press space.",
            answer: [
                "News falls from 65.9% to 40.4% and Technology leads with 44.7%;",
                "the three still add up to 100%.",
            ],
            reveal: [.select(2), .setLogit(index: 2, value: 2.1)]),
        TourStep(
            "Argmax needs no softmax", panel: .logits,
            text: [
                "★ marks the largest logit. exp is increasing and softmax divides every",
                "term by the same sum, so the largest logit always gets the largest p:",
                "to predict a class, take argmax(z) and skip the softmax.",
            ],
            question: "Will News still win at T = 5? Press space.",
            answer: ["Yes, with 40.0% / 32.7% / 27.3%: temperature never moves the argmax."],
            reveal: [.setTemperature(5)]),
        TourStep(
            "Cold: towards one-hot", panel: .softmax,
            text: [
                "Temperature divides the logits first: p = softmax(z / T).",
                "Below 1 it stretches the gaps between them.",
            ],
            question: "What will T = 0.25 do to News' 65.9%? Press space.",
            answer: [
                "98.2%: nearly one-hot. As T falls towards 0, softmax becomes argmax.",
                "Press t and T to turn the temperature yourself, = to reset it.",
            ],
            reveal: [.setTemperature(0.25)]),
        TourStep(
            "Hot: towards uniform", panel: .stats,
            text: [
                "Above 1, temperature shrinks the gaps: every p moves towards 1/N.",
                "Entropy measures the spread, from 0 (one-hot) to log N (uniform).",
            ],
            question: "What will T = 10 do to the entropy (0.847 nats now)? Press space.",
            answer: [
                "36.6% / 33.1% / 30.3%: entropy 1.096 nats, nearly log 3 = 1.099,",
                "normalized entropy 0.997.",
            ],
            reveal: [.setTemperature(10)]),
        TourStep(
            "Adding a constant changes nothing", panel: .steps, focus: .steps,
            text: [
                "e^(z + c) = e^c · e^z, and the factor e^c cancels in the division.",
            ],
            question: "What happens if we add 5 to every logit? Press space to see.",
            answer: [
                "Every logit moved and e^z grew 148-fold, yet p stayed 0.659 / 0.242 /",
                "0.099. Press + and - to shift by the step yourself.",
            ],
            reveal: [.shiftAll(by: 5)]),
        TourStep(
            "Sigmoid: logit 0 is p = 0.5", panel: .binary,
            document: LogitDocument(logits: [1.2, 0], labels: ["spam", "not spam"]), focus: .binary,
            text: [
                "A yes/no model gives one logit z: σ(z) = 1/(1 + e^-z) = softmax([z, 0]).",
                "σ(0) = 0.5, so σ(z) > 0.5 exactly when z > 0: no sigmoid needed to decide.",
            ],
            question: "spam has z = 1.2 (76.9%). Above 50% at z = -0.5? Press space.",
            answer: [
                "No: σ(-0.5) = 37.8% < 50%, as -0.5 < 0. Same decision, no sigmoid.",
            ],
            reveal: [.select(0), .setLogit(index: 0, value: -0.5)]),
        TourStep(
            "Overflow and the max trick", panel: .lab,
            document: LogitDocument(logits: [12, 11, 10], precision: .float16), focus: .lab, maxTrick: false,
            text: [
                "Naive code computes e^z as written. Float16 stops at 65504, so e^12 is",
                "inf: the bars show inf / inf = NaN and finite / inf = 0.",
            ],
            question: "What if we subtract the max logit first? Press space.",
            answer: [
                "e^(z - 12) is at most 1 and cannot overflow: 66.5% / 24.5% / 9.0%.",
                "n turns the trick off and on; p cycles the precision.",
            ],
            reveal: [.classroom(.toggleMaxTrick)]),
        TourStep(
            "BFloat16: Float32's range in 16 bits", panel: .lab,
            document: LogitDocument(logits: [12, 11, 10], precision: .float16), focus: .lab,
            text: [
                "Models train in BFloat16: Float32's 8 exponent bits, but 8 significant",
                "bits where Float16 has 11. In Float16, naive e^12 overflowed.",
            ],
            question: "Will naive e^12 overflow in BFloat16 too? Press space.",
            answer: [
                "No: exp overflows only above 88.72, as in Float32; naive and stable agree.",
                "The price is precision: 0.1 is held as 0.10009765625, and 256 + 1 = 256.",
            ],
            reveal: [.setPrecision(.bfloat16)]),
        TourStep(
            "Online softmax: one pass in blocks", panel: .online,
            document: LogitDocument(logits: [87, 88, 89], precision: .bfloat16, onlineBlock: 3), focus: .online,
            text: [
                "Attention kernels read the logits in blocks, once: a running max m and a",
                "running sum ℓ of e^(z − m). [87, 88, 89] in BFloat16, where e^89 = inf.",
            ],
            question: "In blocks of one, m rises each time. What must happen to ℓ? Press space.",
            answer: [
                "ℓ is rescaled by e^(m_old − m_new) = e^-1 = 0.3672, then e^0 = 1 is added.",
                "p = e^(z − m)/ℓ is the stable softmax, 0 ulps off, and nothing overflows.",
            ],
            reveal: [.classroom(.setOnlineBlock(1))]),
        TourStep(
            "Cross-entropy takes logits", panel: .loss,
            document: LogitDocument(logits: [2, 1, 0.1], labels: ["News", "Entertainment", "Technology"], target: 0),
            focus: .loss,
            text: [
                "Training scores the true class: CE = -log p = logsumexp(z) - z_true.",
                "Frameworks take the logits (never log 0); the gradient is (p - y) / T.",
            ],
            question: "Entertainment is the true class instead. The loss? Press space.",
            answer: [
                "It rises from 0.417 to 1.417 nats; the gradient pushes Entertainment",
                "up and News down.",
            ],
            reveal: [.select(1), .toggleTarget]),
        TourStep(
            "Losses take logits, not p", panel: .logSoftmax,
            document: LogitDocument(logits: [0, -100], labels: ["cat", "dog"], precision: .float32, target: 1),
            selection: 1, focus: .logSoftmax,
            text: [
                "The loss is -log p of the true class. Taken of the rounded p, it drifts:",
                "dog's p = e^-100 is a subnormal Float32, and -log p = 99.98, not 100.",
            ],
            question: "dog's logit falls to -110. What happens to -log p? Press space.",
            answer: [
                "p rounds to 0 and -log p = inf: training would stop. log_softmax stays",
                "finite (-110): why PyTorch's CrossEntropyLoss takes the logits, not p.",
            ],
            reveal: [.setLogit(index: 1, value: -110)]),
        TourStep(
            "Temperature scaling", panel: .softmax, document: Preset.overconfidentDigit, selection: 1,
            focus: .loss,
            text: [
                "A digits classifier is 98.8% sure on average, right 96.0% of the time.",
                "Fit one T to its 899 validation rows (least NLL); here, an 8 read as a 1.",
            ],
            question: "Will the fitted T come out above or below 1? Press space.",
            answer: [
                "Above: T = 3.51. This 1 falls from 99.99999999% to 99.7%; over the set",
                "NLL 0.339 → 0.159 nats, ECE 3.2% → 1.8%, accuracy still 96.0%.",
            ],
            reveal: [.setTemperature(3.51)]),
    ]
}
