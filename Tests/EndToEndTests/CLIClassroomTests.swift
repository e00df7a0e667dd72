import Foundation
import Testing

/// The classroom flags through the built binary: presets, the tour handout, presentation and export.
@Suite struct CLIClassroomTests {
    @Test func listPresetsNamesEachWithOneLine() throws {
        let run = try Binary.run(["--list-presets"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        let names = lines.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        // The issue's required presets, at least.
        for required in ["news", "binary", "overflow-f16", "overflow-f32", "underflow", "cold", "masked", "ties", "uniform", "confident", "llm-tail"] {
            #expect(names.contains(required), "\(required) missing from --list-presets")
        }
        #expect(lines.allSatisfy { $0.split(separator: " ", omittingEmptySubsequences: true).count > 2 })
    }

    /// NUMERICS.md: at T = 0.01, [1, 0.9, 0] in Float32 gives naive [NaN, NaN, 0] against stable
    /// [0.99995, 4.5e-5, 3.8e-44].
    @Test func theColdPresetIsTheNumericsCase() throws {
        let run = try Binary.run(["--preset", "cold", "--json"])
        #expect(run.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["precision"] as? String == "float32")
        #expect((object["naive_softmax"] as? [Any])?.prefix(2).allSatisfy { $0 as? String == "nan" } == true)
        let stable = try #require(object["softmax"] as? [Double])
        #expect(abs(stable[0] - 0.99995) < 1e-5 && abs(stable[1] - 4.5e-5) < 1e-6 && abs(stable[2] - 3.8e-44) < 1e-45)
    }

    @Test func flagsOverrideThePreset() throws {
        let run = try Binary.run(["--preset", "news", "-t", "2", "--json"])
        #expect(run.stdout.contains(#""labels": ["News", "Entertainment", "Technology"]"#))
        #expect(run.stdout.contains(#""temperature": 2.0"#))
    }

    @Test func theTourPrintsAsAHandoutStepByStep() throws {
        let run = try Binary.run(["--tour", "--print", "--width", "80"])
        #expect(run.status == 0)
        // Every step is there with its screen: the seed numbers appear, and "Step N" for at least eight steps.
        let steps = (1...8).filter { run.stdout.contains("Step \($0)") || run.stdout.contains("step \($0)") }
        #expect(steps.count == 8, "handout:\n\(run.stdout.prefix(2000))")
        #expect(run.stdout.contains("65.9%"))
        // The steps on BFloat16, the online softmax and log(softmax), each as the class sees it.
        for title in ["BFloat16: Float32's range in 16 bits", "Online softmax: one pass in blocks", "Losses take logits, not p"] {
            #expect(run.stdout.contains(title), "the handout lacks \(title)")
        }
        #expect(run.stdout.contains("ONLINE SOFTMAX  one pass, blocks of B = 1, BFloat16"))
        #expect(run.stdout.contains("◎ dog: -log p = inf   -log_softmax = 0 - (-110) = 110 nats"))
    }

    /// --print shows the online steps with the block size --block gives, in BFloat16 where naive
    /// exp(89) overflows: a block a class, ℓ = 1, then 1 + e^−1 (BFloat16's 0.3671875), then
    /// + e^−2 (0.1357421875) = 1.5029296875, the reference's "online overflow bfloat16 B=2" sum
    /// (no block raises the max, so the blocks' size does not change ℓ); p as the stable p.
    @Test func printShowsTheOnlineStepsWithTheirBlockSize() throws {
        let run = try Binary.run(["--logits=89,88,87", "--precision", "bf16", "--block", "1", "--print", "--width", "80"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("     ONLINE SOFTMAX  one pass, blocks of B = 1, BFloat16 (--block B)"))
        #expect(lines.contains("         1       1        89        89           —             1          1"))
        #expect(lines.contains("         2       2        88        89           1        0.3672      1.367"))
        #expect(lines.contains("         3       3        87        89           1        0.1357      1.503"))
        #expect(lines.contains { $0.contains("class 0") && $0.hasSuffix("0.664    0.664     0") })
        #expect(lines.contains("     final m = 89, ℓ = 1.503   ✓ exponents ≤ 0, no overflow (naive e^89 = inf)"))
    }

    @Test func exportWritesEachFormat() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("logitscope-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        let svgPath = dir.appendingPathComponent("seed.svg").path
        let svg = try Binary.run(["--export", "svg", "--output", svgPath])
        #expect(svg.status == 0 && svg.stdout.isEmpty)
        let svgText = try String(contentsOfFile: svgPath, encoding: .utf8)
        #expect(svgText.hasPrefix("<svg") || svgText.hasPrefix("<?xml"))
        #expect(svgText.contains("65.9%"))

        // The ground of a slide (the first rectangle, the whole picture) follows the theme,
        // chosen or told by the terminal.
        func ground(_ svg: String) -> String? {
            svg.firstMatch(of: /<rect width="\d+" height="\d+" fill="(#[0-9a-f]{6})"\/>/).map { String($0.1) }
        }
        #expect(ground(svgText) == "#1c1c1c")
        let light = try Binary.run(["--export", "svg", "--theme", "light"])
        #expect(light.status == 0 && ground(light.stdout) == "#ffffff")
        let told = try Binary.run(["--export", "svg"], environment: ["COLORFGBG": "0;15"])
        #expect(told.stdout == light.stdout)
        let overruled = try Binary.run(["--export", "svg", "--theme", "dark"], environment: ["COLORFGBG": "0;15"])
        #expect(ground(overruled.stdout) == "#1c1c1c")

        let markdown = try Binary.run(["--export", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("| ★ | News | 2 | 2 | 65.9% |"))

        let csv = try Binary.run(["--export", "csv", "--logits", "-2,1"])
        #expect(csv.status == 0)
        // CSV rows end in CRLF (RFC 4180).
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)  // a header and two classes
        // scipy.special.softmax([-2.0, 1.0]) = [0.04742587317756679, 0.9525741268224334] (scipy 1.17.1).
        #expect(rows[1].contains(",0.04742587317756679,"))
        #expect(rows[2].contains(",0.9525741268224334,"))
    }
}
