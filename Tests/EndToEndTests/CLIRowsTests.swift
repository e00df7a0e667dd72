import Foundation
import Testing

/// Files of rows through the built binary: `--json`'s `sequence` against numpy's figures for every
/// row (Tests/Reference/fixtures/rows/expected.json, from make_array_fixtures.py), `--position`,
/// `--tensor`, `--targets` in its three forms, `--print`'s table, and every broken file refused
/// with exit 64 and one line naming the file and the fault.
@Suite struct CLIRowsTests {
    private func report(_ arguments: [String]) throws -> JSON {
        let run = try Binary.run(arguments + ["--json"], stdin: nil)
        try #require(run.status == 0, "\(run.stderr)")
        return try JSON.parse(run.stdout)
    }

    private func refusal(_ arguments: [String]) throws -> String {
        let run = try Binary.run(arguments + ["--json"], stdin: nil)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("logitscope: ") && run.stderr.hasSuffix("\n"))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
        return String(run.stderr.dropFirst("logitscope: ".count).dropLast())
    }

    static let expected: JSON = {
        let data = FileManager.default.contents(atPath: RowFiles.path("expected.json"))!
        return try! JSON.parse(String(decoding: data, as: UTF8.self))
    }()

    @Test(arguments: ["rows_f32.safetensors", "rows_f16.safetensors", "rows_bf16.safetensors", "rows_f64.safetensors",
                      "rows_3d.safetensors", "rows_c.npy", "rows_fortran.npy", "rows.npz", "rows_compressed.npz"])
    func everyRowOfTheSequenceAgreesWithNumpy(_ name: String) throws {
        // In Float64, as numpy computed them from the file's values.
        let r = try report(["--file", RowFiles.path(name), "--targets", RowFiles.path("targets.npy"), "--precision", "f64", "--position", "2"])
        #expect(r["position"] == .number(2))
        #expect(r["positions"] == .number(6))
        #expect(r["target"] == .number(12))
        let sequence = try #require(r["sequence"]?.array)
        let want = try #require(Self.expected[name]?["rows"]?.array)
        #expect(sequence.count == 6)
        for (row, (got, expected)) in zip(sequence, want).enumerated() {
            func near(_ a: JSON?, _ b: JSON?) -> Bool {
                guard case .number(let x)? = a, case .number(let y)? = b else { return false }
                return abs(x - y) <= 1e-12 + 1e-9 * abs(y)
            }
            #expect(near(got["entropy_nats"], expected["entropy_nats"]), "\(name) row \(row)")
            if let t = expected["target"] {
                #expect(got["target"] == t, "\(name) row \(row)")
                #expect(near(got["logprob"], expected["logprob"]), "\(name) row \(row): \(String(describing: got["logprob"]))")
                #expect(got["rank"] == expected["rank"], "\(name) row \(row)")
            } else {
                #expect(got["target"] == .null)
                #expect(got["chosen"] == expected["argmax"] && got["rank"] == .number(1))
            }
        }
        // The open row's own report agrees with its entry.
        #expect(sequence[2]["entropy_nats"] == r["entropy_nats"])
    }

    @Test func targetsAsAListAFileAndAnNpy() throws {
        let list = try report(["--file", RowFiles.path("rows.npz"), "--targets", "7,4,12,-1,0,49", "--position", "3"])
        #expect(list["target"] == .null)
        let text = try report(["--file", RowFiles.path("rows.npz"), "--targets", RowFiles.path("targets.txt"), "--position", "3"])
        let npy = try report(["--file", RowFiles.path("rows.npz"), "--targets", RowFiles.path("targets_i32.npy"), "--position", "3"])
        #expect(list["sequence"] == text["sequence"] && text["sequence"] == npy["sequence"])
        // --row is --position's alias.
        #expect(try report(["--file", RowFiles.path("rows.npz"), "--row", "3"])["position"] == .number(3))
        #expect(try report(["--file", RowFiles.path("rows_two.npz"), "--tensor", "logits"])["tensor"] == .string("logits"))
    }

    @Test func refusals() throws {
        let f = RowFiles.path
        #expect(try refusal(["--file", f("rows.npz"), "--targets", "1,2"]) == "--targets: 2 targets for 6 rows: give one per row (-1 for none)")
        #expect(try refusal(["--file", f("rows.npz"), "--targets", "1,2,3,4,5,50"])
            == "--targets: target 6 (row 5) is 50: out of range, the rows have classes 0 to 49 (-1 for none)")
        #expect(try refusal(["--file", f("rows.npz"), "--position", "6"])
            == "\(f("rows.npz")): position 6 is out of range: shape (6, 50) has rows 0 to 5")
        #expect(try refusal(["--logits", "1,2", "--targets", "1"]) == "--targets only applies to --file")
        let cases: [(String, String)] = [
            ("bad_truncated_header.safetensors", "truncated: the .safetensors header is 72 bytes"),
            ("bad_offsets.safetensors", "data_offsets [0, 1600] go past the end of the file"),
            ("bad_shape.safetensors", "shape (6, 51) of F32 needs 1224 bytes"),
            ("bad_dtype.safetensors", "dtype \"F12\" is unknown"),
            ("bad_bomb.npz", "(a zip bomb?)"),
            ("bad_not_npy.npz", "member \"notes.txt\" is not a .npy array"),
            ("rows_two.npz", "2 members, choose one with --tensor: logits.npy, targets.npy"),
            ("rows_two.safetensors", "2 tensors, choose one with --tensor"),
        ]
        for (name, fault) in cases {
            let message = try refusal(["--file", f(name)])
            #expect(message.hasPrefix(f(name) + ": ") && message.contains(fault), "\(message)")
        }
    }

    @Test func printShowsTheRowAndTheSequenceTable() throws {
        let run = try Binary.run(["--file", RowFiles.path("rows.npz"), "--targets", "7,4,12,-1,0,49", "--position", "3",
                                  "--print", "--width", "80"], stdin: nil)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Rows: 6 (tensor logits, shape (6, 50), float32), T = 1, Float32, no filter"))
        #expect(run.stdout.contains(" ▸    3        -  class 17"))
        #expect(run.stdout.contains("      1        4  class 4                             -4.592      9      2.034"))
    }
}
