/// Opens the array files — `.npy`, `.safetensors`, `.npz` — as rows: judges the header (or the
/// zip directory and the chosen member's `.npy` header) before any value is read, picks the
/// tensor (`--tensor`, or the only one), and hands back `LogitRows` over the file's bytes.
///
/// A 1-D array is one row (`LogitRows.rowCount == 1` and `isVector`), which the command line
/// opens as the one vector it always was.
public enum ArrayFile {
    public struct Opened: Sendable {
        public let rows: LogitRows
        /// True for a 1-D array: a vector, not rows.
        public let isVector: Bool
        /// Every tensor or member of the file, as `--tensor` lists them.
        public let listing: [String]
        /// The safetensors `__metadata__`, when there is one.
        public let metadata: [String: String]
        /// `.npy`, `.safetensors` or `.npz`.
        public let format: LogitFileFormat
    }

    /// Opens `storage` (the whole file) as `format`, which must be `.npy`, `.safetensors` or `.npz`.
    public static func open(
        _ storage: ByteStorage, format: LogitFileFormat, name: String, tensor: String? = nil,
        limits: LoadLimits = .standard
    ) throws(InputError) -> Opened {
        switch format {
        case .npy:
            if let tensor { throw InputError("\(name): --tensor \"\(Substring(tensor).escapedForMessage)\" applies to a .safetensors or .npz file, not to a .npy (it holds one array)") }
            let t = try npyTensor(storage.bytes, at: 0, size: storage.count, name: name, member: nil, limits: limits)
            return try opened(storage, t, name: name, listing: [t.listing], metadata: [:], format: format)
        case .safetensors:
            let header = try SafetensorsHeader(prefix: storage.bytes, fileSize: storage.count, name: name, limits: limits)
            let listing = header.entries.map { "\($0.name) \(NpyHeader.describe($0.shape)) \($0.dtypeName)" }
            let entry = try choose(header.entries.map(\.name), tensor, listing: listing, name: name, noun: "tensor")
            let e = header.entries[entry]
            guard let dtype = e.dtype else {
                throw InputError("\(name): tensor \"\(Substring(e.name).escapedForMessage)\" is \(e.dtypeName), not a float type: logitscope reads F16, BF16, F32 and F64 logits")
            }
            let t = ArrayTensor(name: e.name, dtype: dtype, shape: e.shape, fortranOrder: false,
                                offset: header.dataOffset + e.begin, count: e.shape.reduce(1, *))
            return try opened(storage, t, name: name, listing: listing, metadata: header.metadata, format: format)
        case .npz:
            return try openNpz(storage, name: name, tensor: tensor, limits: limits)
        case .text, .csv, .json:
            throw InputError("\(name): a \(format.rawValue) file is not an array file")
        }
    }

    private static func opened(_ storage: ByteStorage, _ t: ArrayTensor, name: String, listing: [String], metadata: [String: String],
                               format: LogitFileFormat = .npz) throws(InputError) -> Opened {
        let rows = try LogitRows(storage: storage, tensor: t, file: name)
        return Opened(rows: rows, isVector: t.shape.count == 1, listing: listing, metadata: metadata, format: format)
    }

    /// The index of the tensor named `wanted`, or of the only one; refuses several without a name
    /// (listing them) and a name that is not there.
    static func choose(_ names: [String], _ wanted: String?, listing: [String], name: String, noun: String) throws(InputError) -> Int {
        let list = listing.joined(separator: ", ")
        if let wanted {
            guard let i = names.firstIndex(of: wanted) else {
                throw InputError("\(name): no \(noun) \"\(Substring(wanted).escapedForMessage)\": it holds \(Substring(list).escapedForMessage)")
            }
            return i
        }
        guard !names.isEmpty else { throw InputError("\(name): the file holds no \(noun)s") }
        guard names.count == 1 else {
            throw InputError("\(name): \(names.count) \(noun)s, choose one with --tensor: \(Substring(list).escapedForMessage)")
        }
        return 0
    }

    /// The array of the `.npy` at `start..<start + size` of `bytes`, its byte count checked against
    /// `size` exactly (numpy writes no more and no less).
    static func npyTensor(_ bytes: UnsafeRawBufferPointer, at start: Int, size: Int, name: String, member: String?, limits: LoadLimits) throws(InputError) -> ArrayTensor {
        let region = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + size)])
        let what = member.map { "\(name): member \"\(Substring($0).escapedForMessage)\"" } ?? name
        let header = try NpyHeader(prefix: region, name: what, limits: limits)
        let available = size - header.dataOffset
        if available < header.dataByteCount {
            let dims = header.shape.count == 1 ? "\(header.count)" : header.shape.map(String.init).joined(separator: " × ")
            throw InputError("\(what): truncated: header promises \(dims) \(header.dtype.name) values (\(header.dataByteCount) bytes) but only \(available) byte\(available == 1 ? "" : "s") follow")
        }
        if member != nil, available > header.dataByteCount {
            throw InputError("\(what): \(available - header.dataByteCount) bytes follow the values of shape \(NpyHeader.describe(header.shape)): the shape disagrees with the member's size")
        }
        return ArrayTensor(name: member, dtype: header.dtype, shape: header.shape, fortranOrder: header.fortranOrder,
                           offset: start + header.dataOffset, count: header.count)
    }

    /// The largest `.npy` header read before inflating a member whole (numpy's are 128 bytes or so).
    static let npzHeaderPrefix = 1 << 16

    private static func openNpz(_ storage: ByteStorage, name: String, tensor: String?, limits: LoadLimits) throws(InputError) -> Opened {
        let zip = try ZipDirectory(storage.bytes, name: name)
        // numpy names a member `<key>.npy`; --tensor takes the key.
        let keys = zip.members.map { $0.name.hasSuffix(".npy") ? String($0.name.dropLast(4)) : $0.name }
        let listing = zip.members.map(\.name)
        let index = try choose(keys, tensor, listing: listing, name: name, noun: "member")
        let member = zip.members[index]
        let shown = "\(name): member \"\(Substring(member.name).escapedForMessage)\""
        guard member.name.hasSuffix(".npy") else {
            throw InputError("\(shown) is not a .npy array (numpy's savez names each array <name>.npy)")
        }
        let key = keys[index]
        switch member.method {
        case 0:
            guard member.compressedSize == member.uncompressedSize else {
                throw InputError("\(shown): stored, but its sizes disagree (\(member.compressedSize) and \(member.uncompressedSize) bytes)")
            }
            var t = try npyTensor(storage.bytes, at: member.dataOffset, size: member.uncompressedSize, name: name, member: member.name, limits: limits)
            t = ArrayTensor(name: key, dtype: t.dtype, shape: t.shape, fortranOrder: t.fortranOrder, offset: t.offset, count: t.count)
            return try opened(storage, t, name: name, listing: listing, metadata: [:])
        case 8:
            let input = UnsafeRawBufferPointer(rebasing: storage.bytes[member.dataOffset..<(member.dataOffset + member.compressedSize)])
            // The header first, from the first bytes inflated: it must promise exactly the
            // member's declared size, which is then all that is ever allocated.
            let prefixSize = Swift.min(member.uncompressedSize, npzHeaderPrefix)
            let prefix = UnsafeMutableRawBufferPointer.allocate(byteCount: prefixSize + 1, alignment: 16)
            defer { prefix.deallocate() }
            let produced: Int
            switch Inflater.inflate(input, into: prefix) {
            case .ended(let count): produced = count
            case .full: produced = prefix.count
            case .corrupt(let why): throw InputError("\(shown): \(why)")
            }
            let head = try NpyHeader(prefix: UnsafeRawBufferPointer(rebasing: prefix[0..<Swift.min(produced, prefixSize)]), name: shown, limits: limits)
            let promised = head.dataOffset + head.dataByteCount
            guard promised == member.uncompressedSize else {
                throw InputError("\(shown): its .npy header promises \(promised) bytes (shape \(NpyHeader.describe(head.shape)) of \(head.dtype.name)) but the archive declares \(member.uncompressedSize)")
            }
            let whole = UnsafeMutableRawBufferPointer.allocate(byteCount: member.uncompressedSize + 1, alignment: 16)
            let inflated = ByteStorage(owning: whole, count: member.uncompressedSize)
            var crc: UInt32 = 0
            let outcome = Inflater.inflate(input, into: whole, crc: &crc) { done in
                storage.dropPages((member.dataOffset + done.lowerBound)..<(member.dataOffset + done.upperBound))
            }
            switch outcome {
            case .ended(let count) where count == member.uncompressedSize: break
            case .ended(let count):
                throw InputError("\(shown): inflates to \(count) bytes but the archive declares \(member.uncompressedSize) (truncated?)")
            case .full:
                throw InputError("\(shown): inflates past its declared size of \(member.uncompressedSize) bytes (a zip bomb?): refused before it filled memory")
            case .corrupt(let why): throw InputError("\(shown): \(why)")
            }
            if crc != member.crc32 {
                throw InputError("\(shown): its CRC-32 does not match the archive's (a corrupt file)")
            }
            var t = try npyTensor(inflated.bytes, at: 0, size: member.uncompressedSize, name: name, member: member.name, limits: limits)
            t = ArrayTensor(name: key, dtype: t.dtype, shape: t.shape, fortranOrder: t.fortranOrder, offset: t.offset, count: t.count)
            return try opened(inflated, t, name: name, listing: listing, metadata: [:])
        default:
            throw InputError("\(shown) is compressed with method \(member.method): logitscope reads stored (0) and deflated (8) members, as numpy's savez and savez_compressed write them")
        }
    }
}

extension ArrayFile.Opened {
    /// One vector, as `LogitFileLoader` hands out: a 1-D array whole, or the chosen row of rows
    /// (a row is needed then, as for a 2-D `.npy`).
    public func loaded(row: Int?, name: String) throws(InputError) -> LoadedLogits {
        if isVector {
            if let row { throw InputError("\(name): row \(row) was asked for, but the array is 1-D (shape \(rows.shapeDescription))") }
            return LoadedLogits(logits: rows.row(0), sourcePrecision: rows.elementType.precision, format: format)
        }
        guard let row else {
            throw InputError("\(name): the array is rows, shape \(rows.shapeDescription): choose a row (0 to \(rows.rowCount - 1))")
        }
        guard (0..<rows.rowCount).contains(row) else {
            throw InputError("\(name): row \(row) is out of range: shape \(rows.shapeDescription) has rows 0 to \(rows.rowCount - 1)")
        }
        return LoadedLogits(logits: rows.row(row), sourcePrecision: rows.elementType.precision, format: format)
    }
}
