/// The bytes of an array file, held once and never copied: a file the command line has mapped
/// (`mmap`, released by `release` when the last row set lets go of it), or bytes already in memory
/// (stdin, a test, a fuzzer's input, an inflated `.npz` member).
///
/// A [256, 128256] float32 generation is 131 MB: the rows are decoded one at a time from here in
/// the file's own element type (issue #11: "the document's logits kept in their file's type"),
/// so the process holds the file once plus the open row as Doubles, never the whole as Doubles.
///
/// Immutable after `init`, hence `@unchecked Sendable`: nothing writes through `bytes`.
public final class ByteStorage: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    /// Hands a borrowed region back; nil when the bytes were allocated here (freed in `deinit`).
    private let release: (@Sendable (UnsafeRawBufferPointer) -> Void)?
    private let allocation: UnsafeMutableRawPointer?

    /// Bytes someone else owns (a mapping), handed back to `release` when this storage goes.
    public init(borrowing bytes: UnsafeRawBufferPointer, release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.bytes = bytes
        self.release = release
        allocation = nil
    }

    /// A copy of `bytes`, owned here.
    public convenience init(copying bytes: some Collection<UInt8>) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Swift.max(bytes.count, 1), alignment: 16)
        buffer.copyBytes(from: bytes)
        self.init(owning: buffer, count: bytes.count)
    }

    /// Takes ownership of `buffer` (allocated with `UnsafeMutableRawBufferPointer.allocate`), of
    /// which the first `count` bytes are the contents.
    init(owning buffer: UnsafeMutableRawBufferPointer, count: Int) {
        bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
        release = nil
        allocation = buffer.baseAddress
    }

    deinit {
        release?(bytes)
        allocation?.deallocate()
    }

    public var count: Int { bytes.count }

    /// Bytes `range` as an array (headers, small members): bounds checked by the caller.
    func slice(_ range: Range<Int>) -> [UInt8] { Array(bytes[range]) }
}
