import CZlib

/// Raw deflate (zip method 8) through zlib, into a buffer the caller sized from what the archive
/// declares: inflating stops when the buffer is full, so a member that would inflate past its
/// declared size (a zip bomb: 10 GB from 10 MB) is refused after the declared bytes, never grown
/// into memory. Issue #11 measured [256, 128256] float32 deflated by numpy: inflating is ~1 s of
/// zlib at ~130 MB/s of output on a loaded 2-core EPYC (floats barely compress, so nearly every
/// byte is a literal), which bounds the time to the first frame of such a file.
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
        var crc: UInt32 = 0
        return inflate(input, into: output, crc: &crc, consumed: { _ in })
    }

    /// Inflates `input` into `output` 4 MB at a time, taking each chunk's CRC-32 into `crc` while it
    /// is still in cache (no second pass over the member), and handing `consumed` each stretch of
    /// input that zlib is done with, front to back (a mapped file's pages are then let go: the
    /// compressed and the inflated member are not resident whole at once).
    static func inflate(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer, crc: inout UInt32,
                        consumed: (Range<Int>) -> Void) -> Outcome {
        var stream = z_stream()
        guard lk_inflate_init_raw(&stream) == Z_OK else { return .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        var inOffset = 0
        var outOffset = 0
        var dropped = 0
        var sum = CZlib.crc32(0, nil, 0)
        defer { crc = UInt32(sum) }
        while true {
            // zlib counts in 32 bits: feed at most 1 GB of input at a time.
            let inChunk = Swift.min(input.count - inOffset, 1 << 30)
            let outChunk = Swift.min(output.count - outOffset, 1 << 22)
            if outChunk == 0 { return .full }
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.advanced(by: inOffset).assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(inChunk)
            let chunk = output.baseAddress?.advanced(by: outOffset).assumingMemoryBound(to: Bytef.self)
            stream.next_out = chunk
            stream.avail_out = uInt(outChunk)
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            inOffset += inChunk - Int(stream.avail_in)
            let produced = outChunk - Int(stream.avail_out)
            outOffset += produced
            if produced > 0 { sum = CZlib.crc32(sum, chunk, uInt(produced)) }
            if inOffset - dropped >= 1 << 20 || status == Z_STREAM_END {
                consumed(dropped..<inOffset)
                dropped = inOffset
            }
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
}
