import CZlib

/// Raw deflate (zip method 8) through zlib, into a buffer the caller sized from what the archive
/// declares: inflating stops when the buffer is full, so a member that would inflate past its
/// declared size (a zip bomb: 10 GB from 10 MB) is refused after the declared bytes, never grown
/// into memory.
enum Inflater {
    enum Outcome: Equatable {
        /// The stream ended having written `count` bytes.
        case ended(count: Int)
        /// The buffer filled before the stream ended.
        case full
        /// zlib refused the data.
        case corrupt(String)
    }

    /// Inflates `input` into `output`.
    static func inflate(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Outcome {
        var stream = z_stream()
        guard lk_inflate_init_raw(&stream) == Z_OK else { return .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        var inOffset = 0
        var outOffset = 0
        while true {
            // zlib counts in 32 bits: feed at most 1 GB of each at a time.
            let inChunk = Swift.min(input.count - inOffset, 1 << 30)
            let outChunk = Swift.min(output.count - outOffset, 1 << 30)
            if outChunk == 0 { return .full }
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.advanced(by: inOffset).assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(inChunk)
            stream.next_out = output.baseAddress?.advanced(by: outOffset).assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(outChunk)
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            inOffset += inChunk - Int(stream.avail_in)
            outOffset += outChunk - Int(stream.avail_out)
            switch status {
            case Z_STREAM_END: return .ended(count: outOffset)
            case Z_OK: continue
            case Z_BUF_ERROR:
                // No progress possible: out of input (truncated) or out of room.
                if outOffset == output.count { return .full }
                return .corrupt("the compressed data ends early (truncated?)")
            default:
                let why = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                return .corrupt("the compressed data is corrupt (\(why))")
            }
        }
    }

    /// The CRC-32 of `bytes`, as zip stores it.
    static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc = CZlib.crc32(0, nil, 0)
        var offset = 0
        while offset < bytes.count {
            let n = Swift.min(bytes.count - offset, 1 << 30)
            crc = CZlib.crc32(crc, bytes.baseAddress!.advanced(by: offset).assumingMemoryBound(to: Bytef.self), uInt(n))
            offset += n
        }
        return UInt32(crc)
    }
}
