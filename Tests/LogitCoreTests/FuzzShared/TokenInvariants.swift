import LogitCore

/// Target 5 (FuzzTokens): the vocabulary readers (`tokenizer.json`, `vocab.json`, lines) and the
/// API logprobs reader, on any bytes. Byte 0 chooses: below 0x80 a vocabulary (even: named
/// `tokenizer.json`, odd: `vocab.txt`, or with bit 1 set named `vocab`, judged by content); from
/// 0x80 a logprobs response, with `--choice` from byte 1 (`% 4`: none, 0, 1, 2). The rest is the
/// file; from 0xC0 the file is a long response made from it (`longResponse`: a head, one item
/// repeated up to 65,535 times, a tail), as a real one of thousands of tokens is. The entry limit
/// is small, so a file promising more is refused before it is built.
public enum TokenInvariants {
    public static let limits = LoadLimits(maximumEntryCount: 4096)

    public static func check(_ data: [UInt8]) -> [String] {
        var input = FuzzBytes(data)
        let mode = input.byte()
        if mode < 0x80 {
            let name = mode & 2 != 0 ? "vocab" : (mode & 1 == 0 ? "tokenizer.json" : "vocab.txt")
            return vocabulary(Array(data.dropFirst()), name: name)
        }
        let c = Int(input.byte() % 4)
        let file = mode >= 0xC0 ? longResponse(Array(data.dropFirst(2))) : Array(data.dropFirst(2))
        return logprobs(file, choice: c == 0 ? nil : c - 1)
    }

    /// The most bytes `longResponse` makes: a response of 4,096 tokens × 20 alternatives with
    /// their bytes is about 8 MB.
    public static let longLimit = 12 << 20

    /// A count (two bytes, big-endian), then a head, an item and a tail separated by 0xFF (a byte
    /// UTF-8 never holds): the head, the item `count` times separated by commas, the tail; at
    /// most `longLimit` bytes. libFuzzer mutates the one item, and the reader meets it thousands
    /// of times, as in a long generation.
    static func longResponse(_ data: [UInt8]) -> [UInt8] {
        guard data.count >= 2 else { return data }
        let count = max(Int(data[0]) << 8 | Int(data[1]), 1)
        let parts = data.dropFirst(2).split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return Array(data.dropFirst(2)) }
        let (head, item, tail) = (parts[0], parts[1], parts[2])
        var out = Array(head)
        out.reserveCapacity(min(head.count + count * (item.count + 1) + tail.count, longLimit))
        for k in 0..<count {
            if out.count + item.count + 1 + tail.count > longLimit { break }
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out += item
        }
        return out + tail
    }

    /// Accepted: at most `limits` tokens (holes included); a JSON vocabulary never empty. Refused:
    /// a message naming the file, one line, no control character.
    static func vocabulary(_ file: [UInt8], name: String) -> [String] {
        let context = "vocabulary \(name)"
        do throws(InputError) {
            let v = try Vocabulary.read(file, name: name, limits: limits)
            var found: [String] = []
            if v.tokens.count > limits.maximumEntryCount + IDTableLimit.holes { found.append("\(context): \(v.tokens.count) tokens accepted") }
            if v.tokens.isEmpty { found.append("\(context): no tokens accepted") }
            // Fitting to a vector either way never traps, and names every id.
            for count in [1, v.tokens.count, v.tokens.count + 3] {
                if let fit = try? v.labels(count: count, vocabularyName: name, logitsName: "l") {
                    if fit.labels.count != count { found.append("\(context): \(fit.labels.count) labels for \(count)") }
                    _ = fit.labels.indices.map(fit.labels.displayName(at:))
                }
            }
            return found
        } catch {
            var found = MessageChecks.problems(error.message, context: context)
            if !error.message.hasPrefix("\(name)") { found.append("\(context): refusal does not name the file: \(error.message.debugDescription)") }
            return found
        }
    }

    /// Accepted: a non-empty generation; every step's document has labels for each logit, logits
    /// finite or −inf and not all −inf, the rest last with a mass in [0, 1], the target in range,
    /// and softmax at T = 1 summing to 1.
    static func logprobs(_ file: [UInt8], choice: Int?) -> [String] {
        let name = "response.json"
        let context = "logprobs choice \(choice.map(String.init) ?? "nil")"
        _ = LogprobsReader.recognizes(file)
        do throws(InputError) {
            let sequence = try LogprobsReader.read(file, name: name, choice: choice)
            var found: [String] = []
            if sequence.tokens.isEmpty { found.append("\(context): an empty generation accepted") }
            for k in sequence.tokens.indices.prefix(64) {
                let d = sequence.document(position: k)
                let at = "\(context) step \(k)"
                if d.labels.count != d.logits.count { found.append("\(at): \(d.labels.count) labels for \(d.logits.count) logits") }
                if let bad = d.logits.first(where: { $0.isNaN || $0 == .infinity }) { found.append("\(at): logit \(bad)") }
                if d.logits.allSatisfy({ $0 == -.infinity }) { found.append("\(at): every logit -inf") }
                guard let p = d.partial else { found.append("\(at): not partial"); continue }
                if p.restIndex != d.count - 1 { found.append("\(at): rest at \(p.restIndex) of \(d.count)") }
                if !(p.restMass >= 0 && p.restMass <= 1) { found.append("\(at): rest mass \(p.restMass)") }
                if let t = d.target, !d.logits.indices.contains(t) { found.append("\(at): target \(t)") }
                if d.target == nil { found.append("\(at): no target") }
                let a = ExplorerState(document: d).analysis
                var sum = 0.0
                for i in 0..<a.count { sum += a.softmax(at: i) }
                if !(abs(sum - 1) < 1e-9) { found.append("\(at): softmax sums to \(sum)") }
            }
            return found
        } catch {
            var found = MessageChecks.problems(error.message, context: context)
            if !error.message.hasPrefix("\(name): ") { found.append("\(context): refusal does not name the file: \(error.message.debugDescription)") }
            return found
        }
    }

    /// How many ids a vocabulary may leave without a token (`IDTable.maximumHoles`).
    enum IDTableLimit {
        static let holes = 1 << 16
    }
}
