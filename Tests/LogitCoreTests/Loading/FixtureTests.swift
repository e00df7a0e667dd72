import LogitCore
import Testing

/// Files numpy, Python's csv and json modules wrote: every good one loads to exactly what numpy
/// read back, every bad one is refused for the reason the script recorded.
struct FixtureTests {
    static let names = FixtureFiles.expected.files.keys.sorted()

    @Test(arguments: names)
    func fixtureLoadsAsNumpyReadsIt(name: String) throws {
        let entry = try #require(FixtureFiles.expected.files[name])
        let file = FixtureFiles.bytes(name)
        if let reason = entry.refused {
            let message = try #require(loadRefusal(file, name: name))
            #expect(message.contains(reason), "\(message)")
            #expect(message.hasPrefix("\(name): "))
            return
        }
        let loaded = try LogitFileLoader.load(file, name: name, row: entry.row)
        #expect(loaded.logits == entry.logits?.map(\.value))
        #expect(loaded.labels == entry.labels.map(LabelList.init))
        #expect(loaded.sourcePrecision == entry.precision.flatMap(Precision.init(name:)))
    }

    @Test func everyKindOfFixtureIsPresent() {
        // The script's list: 6 dtype/order files, float16 edges, 2 grids, 2 versions, 4 refused, 3 text formats.
        #expect(Self.names.count == 18)
    }
}
