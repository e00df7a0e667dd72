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
