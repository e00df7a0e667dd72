/// The central directory of a zip archive, as numpy's `savez` and `savez_compressed` write one
/// (PKWARE APPNOTE 6.3: the end record, the zip64 end record and its locator when a count, size
/// or offset does not fit 16 or 32 bits, central headers with the zip64 extra field 0x0001, and
/// the local header before each member's data). Only what an `.npz` needs: stored (0) and
/// deflated (8) members, no encryption, one disk.
///
/// Everything is read from the directory before any member's data, and every offset and size is
/// checked against the archive's length, so a corrupt or hostile file is refused by name before
/// anything is inflated.
struct ZipDirectory {
    struct Member: Equatable {
        let name: String
        let method: UInt16
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        /// Where the member's data starts (after its local header).
        let dataOffset: Int
    }

    let members: [Member]

    static let endSignature: UInt32 = 0x0605_4B50
    static let zip64EndSignature: UInt32 = 0x0606_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    static let centralSignature: UInt32 = 0x0201_4B50
    static let localSignature: UInt32 = 0x0403_4B50
    /// The most members read: far beyond any `.npz` of logits, few enough to list.
    static let maximumMembers = 65_536

    init(_ bytes: UnsafeRawBufferPointer, name: String) throws(InputError) {
        func fail(_ what: String) -> InputError { InputError("\(name): not a readable .npz (zip) archive: \(what)") }
        func u16(_ at: Int) -> Int { Int(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt16.self))) }
        func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        func u64(_ at: Int) throws(InputError) -> Int {
            let v = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            guard v <= UInt64(Int32.max) * 64 else { throw fail("a zip64 size or offset of \(v) bytes") }
            return Int(v)
        }
        let size = bytes.count
        // The end record: 22 bytes and a comment of up to 65,535, searched backwards.
        guard size >= 22 else { throw fail("the file is \(size) bytes, shorter than a zip end record (truncated?)") }
        var end = -1
        var at = size - 22
        while at >= Swift.max(0, size - 22 - 65_535) {
            if u32(at) == Int(Self.endSignature), at + 22 + u16(at + 20) == size { end = at; break }
            at -= 1
        }
        guard end >= 0 else { throw fail("no end-of-central-directory record (truncated, or not a zip file)") }
        if u16(end + 4) != 0 || u16(end + 6) != 0 { throw fail("it spans several disks") }
        var count = u16(end + 10)
        var directorySize = u32(end + 12)
        var directoryOffset = u32(end + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // Zip64: the locator is the 20 bytes before the end record.
            guard end >= 20, u32(end - 20) == Int(Self.zip64LocatorSignature) else { throw fail("a zip64 archive without its zip64 locator") }
            let record = try u64(end - 20 + 8)
            guard record + 56 <= end - 20, u32(record) == Int(Self.zip64EndSignature) else { throw fail("the zip64 end record is not where its locator says") }
            count = try u64(record + 32)
            directorySize = try u64(record + 40)
            directoryOffset = try u64(record + 48)
        }
        guard count <= Self.maximumMembers else { throw fail("\(count) members, more than logitscope lists (\(Self.maximumMembers))") }
        guard directoryOffset + directorySize <= end else { throw fail("the central directory lies past the end of the file (truncated?)") }

        var members: [Member] = []
        var p = directoryOffset
        for index in 0..<count {
            guard p + 46 <= directoryOffset + directorySize, u32(p) == Int(Self.centralSignature) else {
                throw fail("central directory entry \(index + 1) is corrupt")
            }
            let flags = u16(p + 8)
            let method = UInt16(u16(p + 10))
            let crc = UInt32(u32(p + 16))
            var compressed = u32(p + 20)
            var uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            var local = u32(p + 42)
            let next = p + 46 + nameLength + extraLength + commentLength
            guard next <= directoryOffset + directorySize else { throw fail("central directory entry \(index + 1) runs past the directory") }
            let memberName = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            // The zip64 extra field holds, in this order, each of the three that is 0xFFFFFFFF.
            var e = p + 46 + nameLength
            let extraEnd = e + extraLength
            while e + 4 <= extraEnd {
                let id = u16(e), length = u16(e + 2)
                guard e + 4 + length <= extraEnd else { throw fail("member \"\(memberName)\": a corrupt extra field") }
                if id == 0x0001 {
                    var q = e + 4
                    for field in [0, 1, 2] {
                        let wide: Bool
                        switch field {
                        case 0: wide = uncompressed == 0xFFFF_FFFF
                        case 1: wide = compressed == 0xFFFF_FFFF
                        default: wide = local == 0xFFFF_FFFF
                        }
                        guard wide else { continue }
                        guard q + 8 <= e + 4 + length else { throw fail("member \"\(memberName)\": a zip64 field too short") }
                        let v = try u64(q)
                        switch field {
                        case 0: uncompressed = v
                        case 1: compressed = v
                        default: local = v
                        }
                        q += 8
                    }
                }
                e += 4 + length
            }
            if flags & 1 != 0 { throw InputError("\(name): member \"\(Substring(memberName).escapedForMessage)\" is encrypted") }
            guard local + 30 <= directoryOffset, u32(local) == Int(Self.localSignature) else {
                throw fail("member \"\(memberName)\": its local header is not where the directory says")
            }
            let dataOffset = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataOffset + compressed <= directoryOffset else {
                throw InputError("\(name): truncated: member \"\(Substring(memberName).escapedForMessage)\" is \(compressed) bytes but the archive ends before them")
            }
            members.append(Member(name: memberName, method: method, crc32: crc, compressedSize: compressed,
                                  uncompressedSize: uncompressed, dataOffset: dataOffset))
            p = next
        }
        self.members = members
    }
}
