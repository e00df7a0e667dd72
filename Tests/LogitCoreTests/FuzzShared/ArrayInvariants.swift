import LogitCore

/// Target 5: the array readers (`.npy`, `.safetensors`, `.npz` through `ArrayFile`) and the
/// targets readers, on any bytes. Byte 0 chooses: bits 0–1 the format (detected, npy,
/// safetensors, npz), bit 2 a `--tensor` of "logits", bit 3 the targets readers instead; the rest
/// is the file. The limits are small, so a file promising more is refused from its header, and a
/// deflated member is never inflated past them (a zip bomb's declared size is checked against its
/// `.npy` header first).
public enum ArrayInvariants {
    public static let limits = LoadLimits(maximumEntryCount: 512, maximumArrayCount: 1 << 16)

    public static func check(_ data: [UInt8]) -> [String] {
        guard let mode = data.first else { return [] }
        let file = Array(data.dropFirst())
        if mode & 8 != 0 { return targets(file, mode: mode) }
        let formats: [LogitFileFormat?] = [nil, .npy, .safetensors, .npz]
        let name = "f.bin"
        let format = formats[Int(mode & 3)] ?? LogitFileFormat.detect(prefix: file, name: name)
        guard format.isArray else { return [] }
        let tensor = mode & 4 != 0 ? "logits" : nil
        let context = "open \(format.rawValue) tensor \(tensor ?? "nil")"
        do throws(InputError) {
            let opened = try ArrayFile.open(ByteStorage(copying: file), format: format, name: name, tensor: tensor, limits: limits)
            let rows = opened.rows
            var found: [String] = []
            if rows.rowCount < 1 || rows.classCount < 1 || rows.classCount > limits.maximumEntryCount
                || rows.rowCount * rows.classCount > limits.maximumArrayCount {
                found.append("\(context): \(rows.rowCount) × \(rows.classCount) accepted")
            }
            for r in Set([0, rows.rowCount / 2, rows.rowCount - 1]) {
                let z = rows.row(r)
                if z.count != rows.classCount { found.append("\(context): row \(r) has \(z.count) values") }
                if let bad = z.first(where: { !$0.isAcceptableLogit }) { found.append("\(context): row \(r) holds \(bad)") }
                if z.allSatisfy({ $0 == -.infinity }) { found.append("\(context): row \(r) all -inf") }
                var buffer: [Double] = []
                let f = rows.figures(row: r, buffer: &buffer)
                if f.rank < 1 || f.rank > rows.classCount || !(f.entropyNats >= -1e-9) { found.append("\(context): figures \(f)") }
            }
            return found
        } catch {
            var found = MessageChecks.problems(error.message, context: context)
            if !error.message.hasPrefix("\(name): ") { found.append("\(context): refusal does not name the file: \(error.message.debugDescription)") }
            return found
        }
    }

    /// `--targets` as a list or a file's text, and as an integer `.npy`, against 4 rows of 10 classes.
    static func targets(_ file: [UInt8], mode: UInt8) -> [String] {
        do throws(InputError) {
            let t = mode & 1 == 0
                ? try RowTargets.parse(String(decoding: file, as: UTF8.self), rows: 4, classes: 10, source: "t")
                : try RowTargets.parseNpy(file, rows: 4, classes: 10, source: "t")
            if t.count != 4 || t.contains(where: { $0.map { !(0..<10).contains($0) } ?? false }) { return ["targets: accepted \(t)"] }
            return []
        } catch {
            return MessageChecks.problems(error.message, context: "targets")
        }
    }
}
