import CKernels

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
    /// True for a read-only file mapping, whose pages can be dropped and read again.
    private let mapped: Bool

    /// Bytes someone else owns, handed back to `release` when this storage goes; `mapped` when
    /// they are a read-only mapping of a file (see `dropPages`).
    public init(borrowing bytes: UnsafeRawBufferPointer, mapped: Bool = false,
                release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.bytes = bytes
        self.release = release
        self.mapped = mapped
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
        mapped = false
    }

    deinit {
        release?(bytes)
        allocation?.deallocate()
    }

    public var count: Int { bytes.count }

    /// Lets the pages of `range` that a mapping holds resident go (the whole pages inside it):
    /// bytes read once, front to back, need not stay in memory; touched again, they are read from
    /// the file. Nothing happens to bytes in memory.
    func dropPages(_ range: Range<Int>) {
        guard mapped, !range.isEmpty else { return }
        lk_drop_mapped_pages(bytes.baseAddress! + range.lowerBound, range.count)
    }

    /// Bytes `range` as an array (headers, small members): bounds checked by the caller.
    func slice(_ range: Range<Int>) -> [UInt8] { Array(bytes[range]) }
}
