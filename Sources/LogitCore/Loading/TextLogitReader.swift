/// Plain text: numbers separated by commas, blanks or newlines, as `np.savetxt`, `print(list)` and
/// hand-written files lay them out; one pair of outer brackets (NumPy's and Python's printing) is
/// allowed. Each number goes through `LogitListParser.parseLogit`, so the spellings and refusals are
/// the command line's; a refusal adds the file, the line and the item on that line.
enum TextLogitReader {
    static func read(_ bytes: [UInt8], name: String, limits: LoadLimits) throws(InputError) -> LoadedLogits {
        var body = bytes.droppingUTF8BOM
        while let f = body.first, f.isASCIIBlank { body = body.dropFirst() }
        while let l = body.last, l.isASCIIBlank { body = body.dropLast() }
        if body.first == UInt8(ascii: "["), body.last == UInt8(ascii: "]") {
            body = body.dropFirst().dropLast()
        }
        if body.allSatisfy(\.isASCIIBlank) {
            throw InputError("\(name): no numbers in the file")
        }

        var logits: [Double] = []
        logits.reserveCapacity(body.count / 8)
        var line = 1
        var itemInLine = 0
        // A comma needs an item on each side; `sawItemSinceComma` is false at the start, so a
        // leading comma is an empty item too.
        var sawItemSinceComma = false
        var commaLine = 0
        var i = body.startIndex
        let comma = UInt8(ascii: ",")
        while i < body.endIndex {
            let byte = body[i]
            if byte == UInt8(ascii: "\n") {
                line += 1
                itemInLine = 0
                i += 1
            } else if byte.isASCIIBlank {
                i += 1
            } else if byte == comma {
                if !sawItemSinceComma {
                    throw InputError("\(name): line \(line): an empty item (two commas in a row, or a comma at the start)")
                }
                sawItemSinceComma = false
                commaLine = line
                i += 1
            } else {
                var end = i
                while end < body.endIndex, body[end] != comma, !body[end].isASCIIBlank { end += 1 }
                itemInLine += 1
                let text = Substring(String(decoding: body[i..<end], as: UTF8.self))
                do {
                    logits.append(try LogitListParser.parseLogit(text, position: logits.count + 1))
                } catch {
                    throw InputError("\(name): line \(line), item \(itemInLine): \(error.message)")
                }
                if logits.count > limits.maximumEntryCount { try limits.check(logits.count, name: name) }
                sawItemSinceComma = true
                i = end
            }
        }
        if !sawItemSinceComma {
            throw InputError("\(name): line \(commaLine): an empty item (a comma at the end)")
        }
        return LoadedLogits(logits: logits, format: .text)
    }
}
