/// Second pass over a session file already known to be ours: each field is read by its JSON type
/// (a wrong type is refused where it stands, with its line), then the whole is checked for
/// consistency with the same rules, and the same messages, as the command line.
struct SessionReader {
    private var logits: [Double]?
    /// The first logit that was a string other than "-inf": its 1-based position and text.
    private var badLogit: (position: Int, text: String)?
    private var labels: [String]?
    private var temperature: Double?
    private var precision: String?
    private var threshold: Double?
    private var classThresholds: [Double?]?
    private var target: Double??
    private var binaryTargets: [Bool]?
    private var filters: [String: Double?] = [:]
    private var seed: UInt64?
    private var onlineBlock: Double??
    private var selection: Double?
    private var step: Double?
    private var focus: String??
    private var maxTrick: Bool?
    private var presenting: Bool?
    private var seen: Set<String> = []

    static func read(_ bytes: [UInt8], name: String) throws(InputError) -> SavedSession {
        var reader = SessionReader()
        var scanner = JSONScanner(bytes)
        do throws(JSONError) {
            try scanner.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                try reader.field(key, &s)
            }
        } catch {
            throw error.inputError(file: name, context: SessionFile.invalid)
        }
        return try reader.session(name: name)
    }

    // MARK: - Fields by type

    private mutating func field(_ key: String, _ s: inout JSONScanner) throws(JSONError) {
        if !seen.insert(key).inserted { throw s.duplicate(key) }
        switch key {
        case "logits":
            guard s.next == .array else { throw s.error("\"logits\" must be an array of numbers") }
            var values: [Double] = []
            var bad: (Int, String)?
            // Numbers past the largest Double and strings other than "-inf" are kept as +inf and
            // NaN here and refused with the command line's words once the file is known whole.
            try s.readNumbers(into: &values) { (s: inout JSONScanner, index: Int) throws(JSONError) -> Double in
                switch s.next {
                case .number: return try s.readNumber()
                case .string:
                    let text = try s.readString()
                    if text == "-inf" { return -.infinity }
                    if bad == nil { bad = (index + 1, text) }
                    return .nan
                default: throw s.error("logit \(index + 1) must be a number or \"-inf\"")
                }
            }
            logits = values
            badLogit = bad
        case "labels":
            labels = try strings(&s, key)
        case "temperature": temperature = try number(&s, key)
        case "precision":
            guard s.next == .string else { throw s.error("\"precision\" must be a string (float16, float32, float64 or bfloat16)") }
            precision = try s.readString()
        case "threshold": threshold = try number(&s, key)
        case "class_thresholds":
            guard s.next == .array else { throw s.error("\"class_thresholds\" must be an array of numbers and nulls") }
            var values: [Double?] = []
            try s.readArray { (s: inout JSONScanner, _: Int) throws(JSONError) in
                if s.next == .null { try s.readNull(); values.append(nil) } else { values.append(try number(&s, "class threshold \(values.count + 1)")) }
            }
            classThresholds = values
        case "target":
            if s.next == .null { try s.readNull(); target = .some(nil) } else { target = .some(try number(&s, key)) }
        case "binary_targets":
            guard s.next == .array else { throw s.error("\"binary_targets\" must be an array of true and false") }
            var values: [Bool] = []
            try s.readArray { (s: inout JSONScanner, _: Int) throws(JSONError) in
                guard s.next == .bool else { throw s.error("binary target \(values.count + 1) must be true or false") }
                values.append(try s.readBool())
            }
            binaryTargets = values
        case "filters":
            guard s.next == .object else { throw s.error("\"filters\" must be an object with top_k, top_p and min_p") }
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                guard ["top_k", "top_p", "min_p"].contains(key) else { try s.skipValue(); return }
                if filters[key] != nil { throw s.duplicate(key) }
                if s.next == .null { try s.readNull(); filters[key] = .some(nil) } else { filters[key] = .some(try number(&s, key)) }
            }
        case "seed":
            guard s.next == .number else { throw s.error("\"seed\" must be a whole number from 0 to \(UInt64.max)") }
            seed = try s.readInteger(UInt64.self, noun: "seed")
        case "online_block":
            if s.next == .null { try s.readNull(); onlineBlock = .some(nil) } else { onlineBlock = .some(try number(&s, key)) }
        case "selection": selection = try number(&s, key)
        case "step": step = try number(&s, key)
        case "classroom":
            guard s.next == .object else { throw s.error("\"classroom\" must be an object") }
            try s.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                let known: [String: Bool] = ["focus": focus != nil, "max_trick": maxTrick != nil, "presenting": presenting != nil]
                if known[key] == true { throw s.duplicate(key) }
                switch key {
                case "focus":
                    if s.next == .null { try s.readNull(); focus = .some(nil) } else {
                        guard s.next == .string else { throw s.error("\"focus\" must be a panel's name or null") }
                        focus = .some(try s.readString())
                    }
                case "max_trick": maxTrick = try bool(&s, key)
                case "presenting": presenting = try bool(&s, key)
                default: try s.skipValue()
                }
            }
        default:
            // A field from a later version that readers of this one may ignore (see SessionFile).
            try s.skipValue()
        }
    }

    private func number(_ s: inout JSONScanner, _ what: String) throws(JSONError) -> Double {
        guard s.next == .number else { throw s.error("\(what.first == "c" ? what : "\"\(what)\"") must be a number") }
        return try s.readNumber()
    }

    private func bool(_ s: inout JSONScanner, _ key: String) throws(JSONError) -> Bool {
        guard s.next == .bool else { throw s.error("\"\(key)\" must be true or false") }
        return try s.readBool()
    }

    private func strings(_ s: inout JSONScanner, _ key: String) throws(JSONError) -> [String] {
        guard s.next == .array else { throw s.error("\"\(key)\" must be an array of strings") }
        var values: [String] = []
        try s.readArray { (s: inout JSONScanner, index: Int) throws(JSONError) in
            guard s.next == .string else { throw s.error("label \(index + 1) must be a string") }
            values.append(try s.readString())
        }
        return values
    }

    // MARK: - Consistency

    private func session(name: String) throws(InputError) -> SavedSession {
        func refuse(_ what: String) -> InputError { InputError("\(name): \(what)") }
        guard let logits else { throw refuse("no \"logits\" field: a session holds at least the logits") }
        guard !logits.isEmpty else { throw refuse("the logits array is empty") }
        if let (position, text) = badLogit {
            // The command line's own refusal (`logit 2 is nan: …`), for the same text.
            do throws(InputError) {
                _ = try LogitListParser.parseLogit(Substring(text), position: position)
                throw InputError("logit \(position) is \"\(Substring(text).escapedForMessage)\": write numbers as JSON numbers (only -inf as a string)")
            } catch { throw refuse(error.message) }
        }
        if let (n, z) = logits.enumerated().first(where: { !$0.element.isFinite && $0.element != -.infinity }) {
            throw refuse("logit \(n + 1) is \(z.isNaN ? "nan" : "beyond the largest Double"): only finite numbers and -inf are logits")
        }
        try LogitFileLoader.checkNotAllMasked(logits, name: name)
        let n = logits.count
        func checkCount(_ count: Int?, _ field: String) throws(InputError) {
            if let count, count != n {
                throw refuse("\"\(field)\" has \(count) entr\(count == 1 ? "y" : "ies") for \(n) logit\(n == 1 ? "" : "s"): the counts must match")
            }
        }
        try checkCount(labels?.count, "labels")
        try checkCount(classThresholds?.count, "class_thresholds")
        try checkCount(binaryTargets?.count, "binary_targets")

        var document = LogitDocument(logits: logits, labels: labels.map(LabelList.init), classThresholds: classThresholds.map(ClassThresholds.init), binaryLabels: binaryTargets)
        do throws(InputError) {
            if let temperature { document.temperature = try InputValidation.temperature(temperature) }
            if let precision { document.precision = try InputValidation.precision(precision) }
            if let threshold { document.threshold = try InputValidation.threshold(threshold) }
            for case let (i, p?) in (classThresholds ?? []).enumerated() where !(p > 0 && p < 1) {
                throw InputError("class threshold \(i + 1) is \(formatPlain(p)): it must be a probability strictly between 0 and 1, or null for the global threshold")
            }
            let k = filters["top_k"] ?? nil
            if let k, !(k == k.rounded() && k >= 1 && k < 1e15) {
                throw InputError("top-k \(formatPlain(k)) is not a whole number of tokens (at least 1)")
            }
            document.filters = try SamplingFilters(
                topK: k.map { Int($0) }, topP: filters["top_p"] ?? nil, minP: filters["min_p"] ?? nil)
            if let seed { document.seed = seed }
            if case let b?? = onlineBlock { document.onlineBlock = try InputValidation.block(b) }
            if case let t?? = target {
                guard t == t.rounded(), t.magnitude < 1e15 else { throw InputError("target \(formatPlain(t)) is not a whole number: it is the 0-based index of the true class") }
                document.target = try InputValidation.target(Int(t), classCount: n)
            }
        } catch { throw refuse(error.message) }

        var session = SavedSession(document: document)
        if let selection {
            guard selection == selection.rounded(), (0..<Double(n)).contains(selection) else {
                throw refuse("selection \(formatPlain(selection)) is not a class: with \(n) class\(n == 1 ? "" : "es") it must be 0 to \(n - 1)")
            }
            session.selection = Int(selection)
        }
        if let step {
            guard step > 0, step.isFinite else { throw refuse("step \(formatPlain(step)) must be a positive number") }
            session.step = step
        }
        if case let name?? = focus {
            guard let panel = ClassroomPanel(rawValue: name) else {
                throw refuse("classroom focus \"\(Substring(name).escapedForMessage)\" is not a panel: use \(ClassroomPanel.allCases.map(\.rawValue).joined(separator: ", ")) or null")
            }
            session.focus = panel
        }
        if let maxTrick { session.maxTrick = maxTrick }
        if let presenting { session.presenting = presenting }
        return session
    }
}
