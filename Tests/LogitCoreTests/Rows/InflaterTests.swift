import CZlib
import Testing
@testable import LogitCore

/// The streamed inflate of an `.npz` member: across many 4 MB chunks of output the bytes, the
/// CRC-32 taken chunk by chunk and the input handed back as consumed must be those of the whole.
@Suite struct InflaterTests {
    /// Raw deflate of `data` by zlib itself: `compress2`'s zlib stream without its 2-byte header
    /// and 4-byte Adler-32 trailer (zip stores the raw stream).
    private func rawDeflate(_ data: [UInt8]) -> [UInt8] {
        var size = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { o in
            data.withUnsafeBufferPointer { compress2(o.baseAddress, &size, $0.baseAddress, uLong(data.count), 6) }
        }
        precondition(status == Z_OK)
        return Array(out[2..<(Int(size) - 4)])
    }

    /// 9 MB that compress a little, as float logits do.
    private func data() -> [UInt8] {
        var g = SplitMix64(seed: 11)
        return (0..<(9 << 20)).map { i in i % 4 == 3 ? 0x40 : UInt8(truncatingIfNeeded: g.next()) }
    }

    @Test func manyChunksInflateWithTheWholeCRCAndEveryInputByteConsumedOnce() {
        let plain = data()
        let packed = rawDeflate(plain)
        let whole = UInt32(plain.withUnsafeBufferPointer { CZlib.crc32(0, $0.baseAddress, uInt($0.count)) })
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: plain.count + 1, alignment: 16)
        defer { output.deallocate() }
        var crc: UInt32 = 0
        var consumed: [Range<Int>] = []
        let outcome = packed.withUnsafeBytes { input in
            Inflater.inflate(input, into: output, crc: &crc) { consumed.append($0) }
        }
        #expect(outcome == .ended(count: plain.count))
        #expect(crc == whole)
        #expect(plain.elementsEqual(UnsafeRawBufferPointer(rebasing: output[0..<plain.count])))
        #expect(consumed.count > 1)
        #expect(consumed.first?.lowerBound == 0 && consumed.last?.upperBound == packed.count)
        #expect(zip(consumed, consumed.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    /// A member that inflates past the room it declared stops at that room (a zip bomb).
    @Test func inflatingStopsWhenTheDeclaredRoomIsFull() {
        let plain = data()
        let packed = rawDeflate(plain)
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: 5 << 20, alignment: 16)
        defer { output.deallocate() }
        var crc: UInt32 = 0
        let outcome = packed.withUnsafeBytes { Inflater.inflate($0, into: output, crc: &crc) { _ in } }
        #expect(outcome == .full)
    }
}
