import Foundation
import Testing

@Test func theBinaryIsBuiltBesideTheTests() {
    #expect(FileManager.default.isExecutableFile(atPath: Binary.url.path), "no executable at \(Binary.url.path)")
}
