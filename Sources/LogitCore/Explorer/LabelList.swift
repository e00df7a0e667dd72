/// The names of a document's classes: implicit (`class 0` … `class N−1`, computed when read, so
/// a 1M-class vector costs no strings), named (`--labels`, a file's label column, a session), or a
/// vocabulary's decoded tokens (`--vocab`), which may be shorter than the vector: ids past its end
/// are `<unused N>` (models pad their output layer to a multiple of 64 or 128).
///
/// Default names count from 0, as ids do everywhere else (`--target`, `--edits`, the ranked list's
/// ID column, `argmax` in `--json`): token 284 is `class 284`, never `class 285` beside `ID 284`.
///
/// One value serves every reader of labels (the list, search, `--json`, `--print`, sessions, the
/// quit line, exports); `displayName(at:)` is the on-screen form of a token (`␣the`, `↵`).
public struct LabelList: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    /// Where the names come from.
    public enum Origin: Sendable, Equatable {
        /// None given: every name is `class i`.
        case implicit
        /// Given names (`--labels`, a labels column or file, a session, a rename).
        case names
        /// A tokenizer's vocabulary, decoded to text; ids past it are `<unused i>`.
        case vocabulary
    }

    public private(set) var origin: Origin
    /// The names held; positions from `names.count` to `count` are computed.
    private var names: [String]
    public private(set) var count: Int

    /// `count` default names, none stored.
    public init(implicit count: Int) {
        origin = .implicit
        names = []
        self.count = Swift.max(count, 0)
    }

    /// Given names, one per class.
    public init(_ names: [String]) {
        origin = .names
        self.names = names
        count = names.count
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// A vocabulary's decoded tokens for a vector of `count` classes: cut to `count` when longer,
    /// padded with `<unused i>` when shorter (see `VocabularyFit` for the warning).
    public init(vocabulary tokens: [String], count: Int) {
        origin = .vocabulary
        names = tokens.count > count ? Array(tokens.prefix(count)) : tokens
        self.count = Swift.max(count, 0)
    }

    /// The name a class has when none is stored for it.
    public static func defaultName(_ i: Int) -> String { "class \(i)" }

    /// The name of an id past the end of a vocabulary.
    public static func unusedName(_ i: Int) -> String { "<unused \(i)>" }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(i: Int) -> String {
        get {
            precondition(i >= 0 && i < count, "label index out of range")
            if i < names.count { return names[i] }
            return origin == .vocabulary ? Self.unusedName(i) : Self.defaultName(i)
        }
        set {
            materialize()
            names[i] = newValue
            if origin == .implicit { origin = .names }
        }
    }

    /// The name of class i, or nil for an id the list does not cover (a row's chosen token, an id
    /// from another row's classes).
    public func name(at i: Int) -> String? {
        indices.contains(i) ? self[i] : nil
    }

    /// True when no name is stored: every one is `class i`, and the quit line need not list them.
    public var isImplicit: Bool { origin == .implicit }

    /// How many ids past a vocabulary's end are named `<unused i>`.
    public var unusedCount: Int { origin == .vocabulary ? count - names.count : 0 }

    /// The names as an array (allocates one string per class: for writers that need them all).
    public var array: [String] { Array(self) }

    public mutating func insert(_ name: String, at i: Int) {
        materialize()
        names.insert(name, at: i)
        count += 1
        if origin == .implicit { origin = .names }
    }

    public mutating func remove(at i: Int) {
        materialize()
        names.remove(at: i)
        count -= 1
        if origin == .implicit { origin = .names }
    }

    /// Stores every computed name, so that inserting or removing a class keeps each name with its
    /// class instead of renumbering the ones after it.
    private mutating func materialize() {
        guard names.count < count else { return }
        let from = names.count
        names.reserveCapacity(count)
        for i in from..<count { names.append(origin == .vocabulary ? Self.unusedName(i) : Self.defaultName(i)) }
    }

    /// A token as the screen shows it: each space as `␣` and a newline as `↵`, so that `" the"`,
    /// `"the"` and `"\n"` can be told apart (the view then makes any other control visible).
    /// Given and default names are shown as they are.
    public func displayName(at i: Int) -> String {
        let name = self[i]
        guard origin == .vocabulary, i < names.count else { return name }
        return Self.visibleToken(name)
    }

    /// `" the"` → `"␣the"`, `"\n"` → `"↵"`; anything else unchanged.
    public static func visibleToken(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x20 || $0 == 0x0A }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s {
            case " ": out.unicodeScalars.append("\u{2423}")
            case "\n": out.unicodeScalars.append("\u{21B5}")
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Same names in the same order; implicit lists compare by count alone.
    public static func == (a: LabelList, b: LabelList) -> Bool {
        guard a.count == b.count else { return false }
        if a.names.isEmpty && b.names.isEmpty && a.origin == b.origin { return true }
        return a.elementsEqual(b)
    }
}
