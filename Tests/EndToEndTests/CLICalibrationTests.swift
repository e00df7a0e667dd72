import Foundation
import Testing

/// `--targets` with a 2-D file makes it a dataset: `--json` adds `calibration`, checked here
/// against the numpy/scipy figures of `scripts/reference/make_calibration_reference.py` on the
/// digits classifier's logits, through the built binary; and the refusals exit 64 with one line.
@Suite("Command line: calibration")
struct CLICalibrationTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Reference/calibration")
    static let logits = directory.appendingPathComponent("digits-logits.npy").path
    static let targets = directory.appendingPathComponent("digits-targets.txt").path

    static func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent("calibration-reference.json"))
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(file["cases"] as? [[String: Any]])
        return try #require(cases.first { $0["name"] as? String == "digits" })
    }

    static func close(_ a: Any?, _ b: Any?, _ tolerance: Double) -> Bool {
        guard let x = (a as? NSNumber)?.doubleValue, let y = (b as? NSNumber)?.doubleValue else { return false }
        return x == y || (x - y).magnitude <= tolerance * max(x.magnitude, y.magnitude)
    }

    @Test("--json's calibration agrees with numpy to 1e-9, the fitted T to 1e-6, at T = 1 and T = 2.5")
    func json() throws {
        let want = try Self.reference()
        let at = try #require(want["at"] as? [[String: Any]])
        for (t, expected) in [("1", at[0]), ("2.5", at[1])] {
            let r = try Binary.run(["--file", Self.logits, "--targets", Self.targets, "--json", "-t", t])
            #expect(r.status == 0, "\(r.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let c = try #require(report["calibration"] as? [String: Any])
            #expect(Array(c.keys).sorted() == ["accuracy", "at_fitted", "bins", "ece", "fitted_temperature", "mce", "nll",
                                               "reliability", "rmsce", "rows"])
            #expect(c["rows"] as? Int == 899 && c["bins"] as? Int == 15)
            for key in ["accuracy", "nll", "ece", "mce", "rmsce"] {
                #expect(Self.close(c[key], expected[key], 1e-9), "\(key) at T = \(t)")
            }
            let bins = try #require(c["reliability"] as? [[String: Any]])
            let wantBins = try #require(expected["reliability"] as? [[String: Any]])
            #expect(bins.count == 15)
            for (g, w) in zip(bins, wantBins) {
                #expect(g["count"] as? Int == w["count"] as? Int)
                if w["confidence"] is NSNull {
                    #expect(g["confidence"] is NSNull && g["accuracy"] is NSNull)
                } else {
                    #expect(Self.close(g["confidence"], w["confidence"], 1e-9))
                    #expect(Self.close(g["accuracy"], w["accuracy"], 1e-12))
                }
            }
            let fitted = try #require(want["fitted"] as? [String: Any])
            #expect(Self.close(c["fitted_temperature"], fitted["temperature"], 1e-6))
            let atFitted = try #require(c["at_fitted"] as? [String: Any])
            let wantFitted = try #require(want["at_fitted"] as? [String: Any])
            for key in ["accuracy", "nll", "ece", "mce", "rmsce"] {
                #expect(Self.close(atFitted[key], wantFitted[key], 1e-9), "at_fitted \(key)")
            }
        }
    }

    @Test("--bins sets the bins; every target right says where the NLL falls instead of a number")
    func binsAndNoMinimum() throws {
        let r = try Binary.run(["--file", Self.logits, "--targets", Self.targets, "--bins", "4", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let c = try #require(report["calibration"] as? [String: Any])
        #expect(c["bins"] as? Int == 4)
        #expect((c["reliability"] as? [Any])?.count == 4)

        // Two rows, each target its argmax: no fitted temperature.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-calibration-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let npy = dir.appendingPathComponent("right.npy")
        try Self.npy(rows: [[2, 1, 0], [0, 3, 1]]).write(to: npy)
        let right = try Binary.run(["--file", npy.path, "--targets", "0,1", "--json"])
        let rc = try #require((try JSONSerialization.jsonObject(with: Data(right.stdout.utf8)) as? [String: Any])?["calibration"] as? [String: Any])
        #expect(rc["fitted_temperature"] as? String == "NLL falls as T → 0")
        #expect(rc["at_fitted"] is NSNull)
    }

    @Test("refusals: targets out of range, a count that differs from the rows, non-integer targets, --bins")
    func refusals() throws {
        let cases: [([String], String)] = [
            (["--targets", Self.targets, "--bins", "0"], "--bins \"0\""),
            (["--targets", Self.targets, "--bins", "x"], "--bins \"x\""),
            (["--bins", "10"], "--bins applies to a file of rows with --targets"),
            (["--targets", "1,2"], "2 targets for 899 rows"),
            (["--targets", String(repeating: "10,", count: 898) + "10"], "is 10: out of range"),
            (["--targets", String(repeating: "1,", count: 898) + "1.5"], "not a whole number"),
        ]
        for (arguments, message) in cases {
            let r = try Binary.run(["--file", Self.logits, "--json"] + arguments)
            #expect(r.status == 64, "\(arguments.prefix(3))")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.hasPrefix("logitscope: ") && r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
    }

    /// A little-endian float64 C-order .npy of `rows`.
    static func npy(rows: [[Double]]) -> Data {
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (\(rows.count), \(rows[0].count)), }"
        while (10 + header.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        var d = Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count & 0xff), UInt8(header.count >> 8)])
        d.append(Data(header.utf8))
        for row in rows { for x in row { withUnsafeBytes(of: x.bitPattern.littleEndian) { d.append(contentsOf: $0) } } }
        return d
    }
}
