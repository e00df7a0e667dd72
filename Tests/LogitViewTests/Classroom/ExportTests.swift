import Foundation
import Testing
import LogitCore
@testable import LogitView

@Suite struct ExportTests {
    /// Python's XML parser is the judge of well-formedness; it then reads back the texts and the
    /// rectangles' colours, so the round trip checks what a slide would show.
    private func parseWithPython(_ svg: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sys, xml.etree.ElementTree as ET
            root = ET.fromstring(sys.stdin.buffer.read())
            ns = '{http://www.w3.org/2000/svg}'
            assert root.tag == ns + 'svg', root.tag
            texts = [t.text for t in root.iter(ns + 'text')]
            fills = sorted({r.get('fill') for r in root.iter(ns + 'rect')})
            print(root.get('width'), root.get('height'))
            print('\\n'.join(texts))
            print('FILLS', ' '.join(fills))
            """]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(svg.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python could not parse the SVG")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func svgOfTheScreenIsWellFormedAndCarriesTextAndColours() throws {
        let state = Preset.named("overflow-f16")!.state
        let svg = Export.screenText(frame(state), as: .svg)
        let read = try parseWithPython(svg)
        let lines = read.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "800 480")  // 80 × 10, 24 × 20
        #expect(read.contains("exp(12) overflows Float16, whose limit is 11.09"))
        #expect(read.contains("66.5%"))
        #expect(lines.contains("NaN"))  // the naive NaN is a run of its own (its own style)
        let fills = try #require(lines.first { $0.hasPrefix("FILLS") })
        #expect(fills.contains(SVGPalette.dark.hex(.brightRed)))    // the NaN's reversed cell
        #expect(fills.contains(SVGPalette.dark.hex(.green)))  // the softmax bars, drawn as rectangles
        #expect(fills.contains(SVGPalette.dark.hex(.cyan)))   // the header bar
    }

    @Test func svgEscapesLabelsAndKeepsWideCharactersOnTheGrid() throws {
        let state = ExplorerState(document: LogitDocument(logits: [1, 2], labels: ["<a&b>", "猫"]))
        let svg = Export.text(state, as: .svg, width: 80)
        #expect(svg.contains("&lt;a&amp;b&gt;"))
        let read = try parseWithPython(svg)
        #expect(read.contains("<a&b>"))
        #expect(read.contains("猫"))
    }

    @Test func svgWithoutColourUsesOnlyTheDefaultInk() throws {
        let svg = Export.text(Examples.seed, as: .svg, width: 80, color: false)
        for c in Style.Color.allCases where c != .black {
            #expect(!svg.contains("fill=\"\(SVGPalette.dark.hex(c))\""), "\(c) in a monochrome SVG")
        }
        #expect(try parseWithPython(svg).contains("WORKED STEPS"))
    }

    @Test func markdownHasTheSeedsNumbers() throws {
        let md = NumberTables.markdown(update(Examples.seed, .toggleTarget).state)
        let lines = md.split(separator: "\n").map(String.init)
        #expect(lines[0] == "|  | class | logit | z/T | softmax | naive softmax | log-softmax | sigmoid | > τ | ∂CE/∂z |")
        #expect(lines[1].hasPrefix("| :-: | :-- | --: |"))
        // scipy: softmax 0.659001, log_softmax −0.417030, expit(2) = 0.880797; gradient p − 1 = −0.340999.
        #expect(lines[2] == "| ★◎ | News | 2 | 2 | 65.9% | 65.9% | -0.417 | 88.1% | ✓ | -0.341 |")
        #expect(lines[4] == "|  | Technology | 0.1 | 0.1 | 9.9% | 9.9% | -2.317 | 52.5% | ✓ | 0.09857 |")
        #expect(md.contains("entropy 0.8467 nats (1.222 bits)"))
        #expect(md.contains("cross-entropy (target News) 0.417 nats"))
    }

    @Test func markdownEscapesPipes() {
        let md = NumberTables.markdown(ExplorerState(document: LogitDocument(logits: [0, 1], labels: ["a|b", "c"])))
        #expect(md.contains("| a\\|b |"))
    }

    /// A label's ESC, CR and bidi override are written escaped, as messages write them: a Markdown
    /// file is read in terminals too. A line feed is a space (it would end the table's row).
    @Test func markdownEscapesWhatMustNotPassRaw() {
        let md = NumberTables.markdown(ExplorerState(document: LogitDocument(logits: [0, 1], labels: ["a\u{1B}[31mb\r\nc", "\u{202E}d"])))
        #expect(md.contains("| a\\u{1B}[31mb\\r c |"))
        #expect(md.contains("| \\u{202E}d |"))
        #expect(!md.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x0D })
    }

    @Test func csvRoundTripsEveryNumber() throws {
        let state = Examples.seed
        let csv = NumberTables.csv(state)
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0] == ["index", "label", "logit", "scaled", "softmax", "naive_softmax", "log_softmax", "sigmoid",
                            "threshold", "above_threshold", "argmax"])
        #expect(rows.count == 4)
        for i in 0..<3 {
            let r = rows[i + 1]
            #expect(r[1] == state.document.labels[i])
            #expect(Double(r[4]) == state.analysis.softmax[i])  // exact
            #expect(Double(r[6]) == state.analysis.logSoftmax[i])
        }
        // scipy.special.softmax([2, 1, 0.1]) = [0.6590011388859679, 0.2424329707047139, 0.09856589040931818].
        #expect(abs(Double(rows[1][4])! - 0.6590011388859679) < 2e-16)
        #expect(abs(Double(rows[3][4])! - 0.09856589040931818) < 2e-17)
    }

    @Test func csvSpellsNonFiniteAsJsonDoesAndQuotesLabels() {
        let state = ExplorerState(document: LogitDocument(logits: [12, 11, -.infinity], labels: ["a,b", "say \"hi\"", "c"], precision: .float16))
        let csv = NumberTables.csv(state)
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines[1].hasPrefix("0,\"a,b\",12,12,"))
        #expect(lines[1].contains(",nan,"))  // naive softmax NaN
        #expect(lines[2].hasPrefix("1,\"say \"\"hi\"\"\",11,"))
        #expect(lines[3].hasPrefix("2,c,-inf,-inf,0,"))
    }

    @Test func cliExportPicksTheFormat() {
        let s = Examples.seed
        #expect(Export.text(s, as: .markdown) == NumberTables.markdown(s))
        #expect(Export.text(s, as: .csv) == NumberTables.csv(s))
        #expect(Export.text(s, as: .svg).hasPrefix("<?xml"))
    }
}
