/// A whole value as a `JSONValue` tree, for documents modest enough to hold: an API response, a
/// safetensors `__metadata__`. Built with a stack of open containers, not by recursion, and within
/// a budget of nodes, so a hostile file can make it neither deep nor large.
extension JSONScanner {
    /// About a million values: a chat completion with 20 alternatives for each of 4,096 tokens is
    /// under 500,000; a 128k-entry vocabulary is not a tree's job.
    public static let defaultMaximumNodes = 1 << 20

    /// Reads the next value whole. Every value counts one node (an array and each of its
    /// elements); more than `maximumNodes` is refused at the first one too many. A key that
    /// appears twice in one object is refused at the second (a tree cannot say which one counts).
    public mutating func readValue(maximumNodes: Int = JSONScanner.defaultMaximumNodes) throws(JSONError) -> JSONValue {
        struct Open {
            let isObject: Bool
            var items: [JSONValue] = []
            var fields: [JSONField] = []
            var keys: Set<String> = []
            var key = ""
            var keyAt = 0
        }
        var stack: [Open] = []
        var nodes = 0
        while true {
            nodes += 1
            if nodes > maximumNodes {
                throw error("more than \(maximumNodes) values to hold whole (the most logitscope reads)")
            }
            var value: JSONValue
            switch next {
            case .object, .array:
                let isObject = next == .object
                try open(isObject ? .openBrace : .openBracket, "a value")
                if close(isObject ? .closeBrace : .closeBracket) {
                    value = isObject ? .object([]) : .array([])
                } else {
                    var container = Open(isObject: isObject)
                    if isObject {
                        container.key = try readKey()
                        container.keyAt = keyOffset
                        container.keys.insert(container.key)
                    }
                    stack.append(container)
                    continue
                }
            case .string: value = .string(try readString())
            case .number: value = .numeral(try readNumberText())
            case .bool: value = .bool(try readBool())
            case .null:
                try readNull()
                value = .null
            case .end, .other: throw unexpected("a value")
            }
            // Hand the value to the container it is in, closing each container it completes.
            while let top = stack.indices.last {
                if stack[top].isObject {
                    stack[top].fields.append(JSONField(stack[top].key, value))
                    guard try separator(inObject: true, after: stack[top].keyAt) else {
                        let key = try readKey()
                        if !stack[top].keys.insert(key).inserted { throw duplicate(key) }
                        stack[top].key = key
                        stack[top].keyAt = keyOffset
                        break
                    }
                    value = .object(stack.removeLast().fields)
                } else {
                    stack[top].items.append(value)
                    guard try separator(inObject: false, after: stack[top].items.count) else { break }
                    value = .array(stack.removeLast().items)
                }
            }
            if stack.isEmpty { return value }
        }
    }
}

extension JSONValue {
    /// A whole document read as a tree (`JSONScanner.readValue`), nothing after it.
    public static func read(
        _ bytes: [UInt8], options: JSONScanner.Options = .init(), maximumNodes: Int = JSONScanner.defaultMaximumNodes
    ) throws(JSONError) -> JSONValue {
        var scanner = JSONScanner(bytes, options: options)
        let value = try scanner.readValue(maximumNodes: maximumNodes)
        try scanner.finish()
        return value
    }

    /// The value of `key` in an object (nil for a missing key or another kind of value).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// The element at `index` of an array (nil out of range or for another kind of value).
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// A number, correctly rounded as `JSONScanner.readNumber` reads it.
    public var double: Double? {
        switch self {
        case .number(let x): return x
        case .integer(let i): return Double(i)
        case .unsigned(let u): return Double(u)
        case .numeral(let text):
            var s = JSONScanner(Array(text.utf8), options: .init(allowsNonFiniteWords: true))
            return try? s.readNumber()
        default: return nil
        }
    }

    /// A number that is a whole number `T` holds, exactly (as `JSONScanner.readInteger`).
    public func integer<T: FixedWidthInteger>(_ type: T.Type = T.self) -> T? {
        switch self {
        case .integer(let i): return T(exactly: i)
        case .unsigned(let u): return T(exactly: u)
        case .number(let x): return T(exactly: x)
        case .numeral(let text):
            var s = JSONScanner(Array(text.utf8))
            return try? s.readInteger(T.self, noun: "")
        default: return nil
        }
    }
}
