import Foundation

/// The committed array fixtures (scripts/reference/make_array_fixtures.py) and a safetensors
/// writer for generations too big to commit, laid out as the format's spec says (an 8-byte
/// little-endian header length, the JSON header padded with spaces to 8 bytes, the data).
enum RowFiles {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // EndToEndTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Reference/fixtures/rows")
    }

    static func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func safetensors(float32 values: [Float], rows: Int, vocab: Int, name: String = "logits") -> Data {
        var header = Array(#"{"\#(name)":{"dtype":"F32","shape":[\#(rows),\#(vocab)],"data_offsets":[0,\#(values.count * 4)]}}"#.utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        var data = Data()
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(contentsOf: header)
        values.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }
}
