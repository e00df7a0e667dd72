/// Each class's own sigmoid threshold, nil for a class that uses the global one: a list of
/// `count` optionals that stores only the classes that have one. A vocabulary of 1M tokens sets a
/// handful at most, and `[Double?]` held 16 MB of nils (and was copied and compared whole on every
/// change of the document). Reads, writes, insertions and removals look like an array's.
public struct ClassThresholds: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    public private(set) var count: Int
    /// Class index → its own threshold.
    private var own: [Int: Double]

    public init(count: Int) {
        self.count = count
        own = [:]
    }

    public init(_ values: [Double?]) {
        count = values.count
        own = [:]
        for case let (i, p?) in values.enumerated() { own[i] = p }
    }

    public init(arrayLiteral elements: Double?...) {
        self.init(elements)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(i: Int) -> Double? {
        get {
            precondition(i >= 0 && i < count, "class threshold index out of range")
            return own.isEmpty ? nil : own[i]
        }
        set {
            precondition(i >= 0 && i < count, "class threshold index out of range")
            own[i] = newValue
        }
    }

    /// Whether some class has a threshold of its own (O(1), unlike `contains { $0 != nil }`).
    public var hasOwn: Bool { !own.isEmpty }

    /// The classes with a threshold of their own, ascending.
    public var ownIndices: [Int] { own.keys.sorted() }

    public mutating func insert(_ value: Double?, at i: Int) {
        precondition(i >= 0 && i <= count, "class threshold index out of range")
        own = Dictionary(uniqueKeysWithValues: own.map { ($0.key >= i ? $0.key + 1 : $0.key, $0.value) })
        count += 1
        if let value { own[i] = value }
    }

    @discardableResult
    public mutating func remove(at i: Int) -> Double? {
        precondition(i >= 0 && i < count, "class threshold index out of range")
        let removed = own[i]
        own = Dictionary(uniqueKeysWithValues: own.compactMap { $0.key == i ? nil : ($0.key > i ? $0.key - 1 : $0.key, $0.value) })
        count -= 1
        return removed
    }
}
