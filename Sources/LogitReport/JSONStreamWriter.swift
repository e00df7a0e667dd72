import LogitCore

/// Writes JSON text into a buffer of bytes handed to `flush` each time it fills (64 KiB), so a
/// report of millions of numbers is never held whole, as a tree or as a String. The spelling is
/// `JSONValue`'s own: numbers through `JSONValue.numberText`, strings through
/// `JSONValue.writeString` (skipped only for a string with nothing to escape).
public struct JSONStreamWriter {
    private var buffer: [UInt8] = []
    private let capacity: Int
    private let flush: ([UInt8]) -> Void

    public init(capacity: Int = 1 << 16, flush: @escaping ([UInt8]) -> Void) {
        self.capacity = capacity
        self.flush = flush
        buffer.reserveCapacity(capacity + 64)
    }

    /// Hands what is buffered to `flush`; call it once at the end.
    public mutating func finish() {
        if !buffer.isEmpty { flush(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { finish() }
    }

    mutating func number(_ x: Double) {
        append(JSONValue.numberText(x))
    }

    mutating func integer(_ i: Int) {
        append(String(i))
    }

    mutating func string(_ s: String) {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            buffer.append(0x22)
            append(s)
            buffer.append(0x22)
        } else {
            var escaped = ""
            JSONValue.writeString(s, to: &escaped)
            append(escaped)
        }
    }

    mutating func value(_ v: JSONValue) {
        append(v.compact)
    }

    /// `[item, item, …]`, the items separated as `JSONValue` separates them.
    mutating func array(_ count: Int, _ item: (inout JSONStreamWriter, Int) -> Void) {
        buffer.append(0x5B)
        for i in 0..<count {
            if i > 0 { buffer.append(0x2C); buffer.append(0x20) }
            item(&self, i)
        }
        buffer.append(0x5D)
    }
}
