/// The session file: one JSON object that says whose it is and which version of the format it is
/// in, first, then the document and the settings:
///
/// ```
/// {
///   "logitscope_session": 1,
///   "logits": [2.0, 1.0, 0.1],
///   "labels": ["News", "Entertainment", "Technology"],
///   "temperature": 1.0, "precision": "float64", "threshold": 0.5,
///   "class_thresholds": [null, 0.3, null], "target": null,
///   "binary_targets": [false, true, false],
///   "filters": {"top_k": 50, "top_p": null, "min_p": null}, "seed": 12345,
///   "online_block": null, "selection": 0, "step": 0.1,
///   "classroom": {"focus": null, "max_trick": true, "presenting": false}
/// }
/// ```
///
/// Numbers are written in shortest round-trip form and read by a correctly rounded parser, so every
/// Double comes back bit for bit (−0, subnormals); −inf is the string `"-inf"`, as in `--json`.
///
/// Extending it: a new field that an older reader may safely ignore (sampling filters, a seed) is
/// simply added, since readers skip fields they do not know; a change an older reader would get
/// wrong bumps `version`, and older readers then refuse the file as "newer than this logitscope".
/// A file is written with the lowest version that holds it, so an older logitscope still reads
/// every session it can:
/// - 1: the fields above (`online_block`, added later, is one an older reader may skip);
/// - 2: the precision `bfloat16`, which a version-1 reader would refuse as an unknown precision
///   rather than as a file from a newer logitscope.
///
/// Reading is strict about everything else: a file that is not JSON, not ours, from the future or
/// inconsistent is refused whole, with its name and what is wrong, never half-loaded.
public enum SessionFile {
    /// The field that marks a file as ours; its value is the format's version.
    public static let magic = "logitscope_session"
    /// The newest version this build reads and writes.
    public static let version = 2
    /// The version a session is written with: the lowest that holds it (see the type's notes).
    public static func version(of session: SavedSession) -> Int {
        session.document.precision == .bfloat16 ? 2 : 1
    }
    /// Where the explorer saves when no path is typed.
    public static let defaultPath = "logitscope-session.json"

    // MARK: - Writing

    public static func encode(_ session: SavedSession) -> String {
        let d = session.document
        // Default names (`class i`) are what a session without "labels" reads back to.
        let fields: [JSONField] = [
            JSONField(magic, .integer(version(of: session))),
            JSONField("logits", .array(d.logits.map(JSONValue.number))),
        ] + (d.labels.isImplicit ? [] : [JSONField("labels", .array(d.labels.map(JSONValue.string)))]) + [
            JSONField("temperature", .number(d.temperature)),
            JSONField("precision", .string(d.precision.rawValue)),
            JSONField("threshold", .number(d.threshold)),
            JSONField("class_thresholds", .array(d.classThresholds.map { $0.map(JSONValue.number) ?? .null })),
            JSONField("target", d.target.map(JSONValue.integer) ?? .null),
            JSONField("binary_targets", .array(d.binaryLabels.map(JSONValue.bool))),
            JSONField("filters", .object(d.filters.jsonFields.map { JSONField($0.key, $0.value.map(JSONValue.number) ?? .null) })),
            JSONField("seed", .unsigned(d.seed)),
            JSONField("online_block", d.onlineBlock.map(JSONValue.integer) ?? .null),
            JSONField("selection", .integer(session.selection)),
            JSONField("step", .number(session.step)),
            JSONField("classroom", .object([
                JSONField("focus", session.focus.map { .string($0.rawValue) } ?? .null),
                JSONField("max_trick", .bool(session.maxTrick)),
                JSONField("presenting", .bool(session.presenting)),
            ])),
        ]
        return JSONValue.object(fields).pretty
    }

    /// Whether a file's first bytes are those of a session file (an object whose first field is
    /// the magic one): the explorer overwrites such a file without asking, and asks for any other.
    public static func looksLikeSession(prefix: some Collection<UInt8>) -> Bool {
        var s = JSONScanner(Array(prefix.prefix(256)))
        guard s.next == .object else { return false }
        s.offset += 1  // past the {
        return s.next == .string && (try? s.readString()) == magic
    }

    // MARK: - Reading

    /// What a refusal of a file that is not well-formed JSON, or holds a field of the wrong type,
    /// says after its place: `work.json: line 2, column 7: not a valid session file: …`.
    static let invalid = "not a valid session file"

    /// Reads a session file's bytes; `name` is how messages name the file.
    public static func decode(_ bytes: [UInt8], name: String) throws(InputError) -> SavedSession {
        if bytes.allSatisfy(\.isASCIIBlank) {
            throw InputError("\(name): the session file is empty")
        }
        try checkOwnership(bytes, name: name)
        return try SessionReader.read(bytes, name: name)
    }

    /// First pass: the whole file is well-formed JSON, an object, with our magic field holding a
    /// version this build reads. Only then are the fields judged, so a foreign or future file is
    /// reported as such rather than by its first field we would not understand.
    private static func checkOwnership(_ bytes: [UInt8], name: String) throws(InputError) {
        var scanner = JSONScanner(bytes)
        let kind = scanner.next
        var found: Double?
        var magicSeen = false
        do throws(JSONError) {
            if kind == .object {
                try scanner.readObject { (s: inout JSONScanner, key: String) throws(JSONError) in
                    if key == magic && !magicSeen {
                        magicSeen = true
                        if s.next == .number { found = try s.readNumber() } else { try s.skipValue() }
                    } else {
                        try s.skipValue()
                    }
                }
            } else {
                try scanner.skipValue()
            }
            try scanner.finish()
        } catch {
            throw error.inputError(file: name, context: invalid)
        }
        guard kind == .object else {
            throw InputError("\(name): not a logitscope session file (it holds a JSON \(kind.noun), not an object with a \"\(magic)\" field)")
        }
        guard magicSeen else {
            throw InputError("\(name): not a logitscope session file (valid JSON, but no \"\(magic)\" field)")
        }
        guard let v = found, v == v.rounded(), v >= 1, v < 1e9 else {
            throw InputError("\(name): \"\(magic)\" must be the format's version, a whole number from 1")
        }
        if Int(v) > version {
            throw InputError("\(name): session format version \(Int(v)) is newer than this logitscope reads (\(version)): use a newer logitscope")
        }
    }
}
