import Foundation
import LogitCore
import Testing

/// The array files `scripts/reference/make_array_fixtures.py` wrote with the safetensors package and
/// numpy (Tests/Reference/fixtures/rows), and numpy's figures for every row (`expected.json`).
enum RowFixtures {
    static var directory: URL { FixtureFiles.directory.appendingPathComponent("rows") }

    static func bytes(_ name: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            fatalError("missing fixture rows/\(name): run scripts/reference/make_array_fixtures.py")
        }
        return [UInt8](data)
    }

    static func open(_ name: String, tensor: String? = nil) throws(InputError) -> ArrayFile.Opened {
        let b = bytes(name)
        let format = LogitFileFormat.detect(prefix: b, name: name)
        return try ArrayFile.open(ByteStorage(copying: b), format: format, name: name, tensor: tensor)
    }

    struct Row: Decodable {
        let entropy_nats: Double
        let target: Int?
        let logprob: Double?
        let rank: Int?
        let argmax: Int
    }

    struct File: Decodable {
        let shape: [Int]
        let rows: [Row]
    }

    static let expected: [String: File] = {
        do {
            return try JSONDecoder().decode([String: File].self, from: Data(bytes("expected.json")))
        } catch {
            fatalError("cannot read fixtures/rows/expected.json: \(error)")
        }
    }()

    static let targets: [Int?] = {
        do {
            return try RowTargets.parseNpy(bytes("targets.npy"), rows: 6, classes: 50, source: "targets.npy")
        } catch {
            fatalError("\(error)")
        }
    }()
}

@Suite struct ArrayFileTests {
    @Test(arguments: RowFixtures.expected.keys.sorted())
    func everyRowAgreesWithNumpy(_ name: String) throws {
        let tensor = name.contains("two") ? "logits" : nil
        let opened = try RowFixtures.open(name, tensor: tensor)
        let expected = RowFixtures.expected[name]!
        #expect(opened.rows.shapeDescription == NpyHeader.describe(expected.shape))
        #expect(opened.rows.rowCount == 6 && opened.rows.classCount == 50)
        let rows = opened.rows.withTargets(RowFixtures.targets)
        let figures = rows.allFigures()
        for (r, (got, want)) in zip(figures, expected.rows).enumerated() {
            #expect(abs(got.entropyNats - want.entropy_nats) <= 1e-12 + 1e-9 * abs(want.entropy_nats), "\(name) row \(r) entropy")
            #expect(got.argmax == want.argmax, "\(name) row \(r) argmax")
            #expect(got.target == want.target, "\(name) row \(r) target")
            if let lp = want.logprob, let rank = want.rank {
                #expect(abs(got.logprob - lp) <= 1e-12 + 1e-9 * abs(lp), "\(name) row \(r) logprob \(got.logprob) vs \(lp)")
                #expect(got.rank == rank, "\(name) row \(r) rank")
            } else {
                // No target: the chosen token is the argmax, rank 1.
                #expect(got.chosen == want.argmax && got.rank == 1)
            }
        }
    }

    @Test func theSameFloat32RowsFromEveryWriter() throws {
        let reference = try RowFixtures.open("rows_c.npy").rows
        for name in ["rows_f32.safetensors", "rows_3d.safetensors", "rows_fortran.npy", "rows.npz", "rows_compressed.npz"] {
            let rows = try RowFixtures.open(name).rows
            for r in 0..<6 { #expect(rows.row(r).map(\.bitPattern) == reference.row(r).map(\.bitPattern), "\(name) row \(r)") }
        }
        #expect(reference.row(1)[3] == -.infinity)
        #expect(reference.elementType.precision == .float32)
    }

    @Test func metadataAndTensorChoice() throws {
        let meta = try RowFixtures.open("rows_meta.safetensors")
        #expect(meta.metadata == ["model": "fake-llama", "prompt": "Once upon"])
        #expect(try RowFixtures.open("rows_two.safetensors", tensor: "logits").rows.tensorName == "logits")
        #expect(try RowFixtures.open("rows_two.npz", tensor: "logits").rows.tensorName == "logits")
        #expect(refusal { () throws(InputError) in try RowFixtures.open("rows_two.safetensors", tensor: "input_ids") }
            == "rows_two.safetensors: tensor \"input_ids\" is I64, not a float type: logitscope reads F16, BF16, F32 and F64 logits")
        #expect(refusal { () throws(InputError) in try RowFixtures.open("rows_two.npz", tensor: "nope") }
            == "rows_two.npz: no member \"nope\": it holds logits.npy, targets.npy")
        #expect(refusal { () throws(InputError) in try RowFixtures.open("rows_c.npy", tensor: "x") } != nil)
    }

    @Test(arguments: [
        ("bad_truncated_header.safetensors", "truncated: the .safetensors header is 72 bytes but only 36 follow the length"),
        ("bad_offsets.safetensors", "go past the end of the file"),
        ("bad_cut.safetensors", "go past the end of the file"),
        ("bad_shape.safetensors", "shape (6, 51) of F32 needs 1224 bytes but data_offsets [0, 1200] hold 1200"),
        ("bad_dtype.safetensors", "dtype \"F12\" is unknown"),
        ("bad_bomb.npz", "inflates past its declared size of 208 bytes (a zip bomb?)"),
        ("bad_not_npy.npz", "member \"notes.txt\" is not a .npy array"),
        ("rows_two.npz", "2 members, choose one with --tensor: logits.npy, targets.npy"),
        ("rows_two.safetensors", "2 tensors, choose one with --tensor: input_ids (6,) I64, logits (6, 50) F32"),
    ])
    func refusals(_ name: String, _ fault: String) {
        let message = refusal { () throws(InputError) in try RowFixtures.open(name) }
        #expect(message?.hasPrefix(name + ": ") == true, "\(message ?? "accepted")")
        #expect(message?.contains(fault) == true, "\(message ?? "accepted")")
        #expect(message?.contains("\n") == false)
    }

    /// A metadata key is the file's text: a refusal quotes it escaped (the array fuzzer found a
    /// backspace reaching the message).
    @Test func aMetadataKeyIsEscapedInItsRefusal() {
        let header = Array(#"{"__metadata__":{"a\bz":[1]}}"#.utf8)
        var file = withUnsafeBytes(of: UInt64(header.count).littleEndian) { Array($0) }
        file += header
        let message = refusal { () throws(InputError) in try ArrayFile.open(ByteStorage(copying: file), format: .safetensors, name: "m.safetensors") }
        #expect(message?.hasSuffix(#""__metadata__" value "a\u{08}z" must be a string"#) == true, "\(String(describing: message))")
    }

    @Test func aFileCutShortAnywhereIsRefusedNotRead() {
        for name in ["rows_f32.safetensors", "rows.npz", "rows_compressed.npz", "rows_c.npy"] {
            let b = RowFixtures.bytes(name)
            for cut in stride(from: 0, to: b.count, by: 7) {
                let part = Array(b[0..<cut])
                let format = LogitFileFormat.detect(prefix: b, name: name)
                #expect(refusal { () throws(InputError) in try ArrayFile.open(ByteStorage(copying: part), format: format, name: name) } != nil,
                        "\(name) cut at \(cut)")
            }
        }
    }

    @Test func detectionByContent() {
        #expect(LogitFileFormat.detect(prefix: RowFixtures.bytes("rows.npz"), name: "-") == .npz)
        #expect(LogitFileFormat.detect(prefix: RowFixtures.bytes("rows_f32.safetensors"), name: "-") == .safetensors)
        #expect(LogitFileFormat.detect(prefix: RowFixtures.bytes("rows_c.npy"), name: "x.bin") == .npy)
    }
}

@Suite struct RowTargetsTests {
    @Test func listsFilesAndNpy() throws {
        #expect(try RowTargets.parse("7,4,12,-1,0,49", rows: 6, classes: 50, source: "--targets") == [7, 4, 12, nil, 0, 49])
        let text = String(decoding: RowFixtures.bytes("targets.txt"), as: UTF8.self)
        #expect(try RowTargets.parse(text, rows: 6, classes: 50, source: "targets.txt") == [7, 4, 12, nil, 0, 49])
        #expect(try RowTargets.parseNpy(RowFixtures.bytes("targets_i32.npy"), rows: 6, classes: 50, source: "t") == [7, 4, 12, nil, 0, 49])
        #expect(RowFixtures.targets == [7, 4, 12, nil, 0, 49])
    }

    @Test func refusals() {
        #expect(refusal { () throws(InputError) in try RowTargets.parse("1,2", rows: 3, classes: 5, source: "--targets") }
            == "--targets: 2 targets for 3 rows: give one per row (-1 for none)")
        #expect(refusal { () throws(InputError) in try RowTargets.parse("1,5,0", rows: 3, classes: 5, source: "--targets") }
            == "--targets: target 2 (row 1) is 5: out of range, the rows have classes 0 to 4 (-1 for none)")
        #expect(refusal { () throws(InputError) in try RowTargets.parse("1,x,0", rows: 3, classes: 5, source: "--targets") }
            == "--targets: target 2 is \"x\": not a whole number (a token id, or -1 for none)")
        #expect(refusal { () throws(InputError) in try RowTargets.parse("1,-2,0", rows: 3, classes: 5, source: "--targets") } != nil)
        #expect(refusal { () throws(InputError) in try RowTargets.parseNpy(RowFixtures.bytes("rows_c.npy"), rows: 6, classes: 50, source: "r") } != nil)
    }
}

/// `rowHolds`, which a step away from a row asks of the row it leaves: bit for bit, across the
/// blocks it decodes, in C and Fortran order.
@Suite struct RowHoldsTests {
    /// A [2, 3000] float32 `.npy` written here (version 1 header), C or Fortran order.
    private func npy(fortran: Bool) -> ByteStorage {
        var header = "{'descr': '<f4', 'fortran_order': \(fortran ? "True" : "False"), 'shape': (2, 3000), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count & 0xFF), UInt8(header.utf8.count >> 8)]
        bytes += Array(header.utf8)
        for k in 0..<6000 {
            // Element k of the file: (row, column) in C order, (column, row) transposed in Fortran.
            let (r, c) = fortran ? (k % 2, k / 2) : (k / 3000, k % 3000)
            let z = Float(r * 10_000 + c) / 8
            withUnsafeBytes(of: z.bitPattern.littleEndian) { bytes += $0 }
        }
        return ByteStorage(copying: bytes)
    }

    @Test func holdsItsOwnRowOnlyBitForBit() throws {
        for fortran in [false, true] {
            let rows = try ArrayFile.open(npy(fortran: fortran), format: .npy, name: "r.npy").rows
            for r in 0..<2 {
                var z = rows.row(r)
                #expect(z[2999] == Double(r * 10_000 + 2999) / 8)
                #expect(rows.rowHolds(r, z))
                #expect(!rows.rowHolds(1 - r, z))
                z[2500] = z[2500].nextUp
                #expect(!rows.rowHolds(r, z))
                #expect(!rows.rowHolds(r, Array(rows.row(r).prefix(2999))))
            }
            // −0 is not +0 here: an edit to −0 is an edit.
            var zero = rows.row(0)
            #expect(zero[0] == 0 && zero[0].sign == .plus)
            zero[0] = -0.0
            #expect(!rows.rowHolds(0, zero))
        }
    }
}
