import LogitCore
import Testing

/// `.npy` files made by hand per the format specification.
struct NpyReaderTests {
    @Test func float32LittleEndianReadsExactly() throws {
        let file = NpyBytes.make(descr: "<f4", shape: [3], values: NpyBytes.float32([2, 1, 0.1]))
        let loaded = try LogitFileLoader.load(file, name: "x.npy")
        // Float(0.1) widened to Double exactly: 0.100000001490116119384765625.
        #expect(loaded.logits == [2, 1, 0.100000001490116119384765625])
        #expect(loaded.sourcePrecision == .float32)
        #expect(loaded.format == .npy)
        #expect(loaded.labels == nil)
    }

    @Test func float64BigEndianReadsExactly() throws {
        let file = NpyBytes.make(descr: ">f8", shape: [4], values: NpyBytes.float64([2, 1, 0.1, -.infinity], bigEndian: true))
        let loaded = try LogitFileLoader.load(file, name: "x.npy")
        #expect(loaded.logits == [2, 1, 0.1, -.infinity])
        #expect(loaded.sourcePrecision == .float64)
    }

    @Test func float16BothOrders() throws {
        // 0x4000 = 2, 0x3C00 = 1, 0x2E66 = 0.0999755859375 (NUMERICS.md: Float16 rounds 0.1 to it),
        // 0x7BFF = 65504 (the largest), 0x0001 = 2^-24 (the smallest subnormal), 0xFC00 = -inf.
        let bits: [UInt16] = [0x4000, 0x3C00, 0x2E66, 0x7BFF, 0x0001, 0xFC00]
        let expected = [2, 1, 0.0999755859375, 65504, 0x1p-24, -Double.infinity]
        for big in [false, true] {
            let file = NpyBytes.make(descr: big ? ">f2" : "<f2", shape: [6], values: NpyBytes.float16(bits: bits, bigEndian: big))
            let loaded = try LogitFileLoader.load(file, name: "h.npy")
            #expect(loaded.logits == expected)
            #expect(loaded.sourcePrecision == .float16)
        }
    }

    @Test func version2And3Headers() throws {
        for version: UInt8 in [2, 3] {
            let file = NpyBytes.make(descr: "<f8", shape: [2], version: version, values: NpyBytes.float64([0.5, -0.25]))
            #expect(try LogitFileLoader.load(file, name: "v.npy").logits == [0.5, -0.25])
        }
    }

    @Test func twoDimensionalRowInCAndFortranOrder() throws {
        // The 2×3 array [[0, 1, 2], [3, 4, 5]]: C order stores rows, Fortran order stores columns.
        let c = NpyBytes.make(descr: "<f4", shape: [2, 3], values: NpyBytes.float32([0, 1, 2, 3, 4, 5]))
        let f = NpyBytes.make(descr: "<f4", shape: [2, 3], fortranOrder: true, values: NpyBytes.float32([0, 3, 1, 4, 2, 5]))
        for file in [c, f] {
            #expect(try LogitFileLoader.load(file, name: "m.npy", row: 0).logits == [0, 1, 2])
            #expect(try LogitFileLoader.load(file, name: "m.npy", row: 1).logits == [3, 4, 5])
        }
    }

    @Test func fortranOrderIsTheSameLayoutIn1D() throws {
        let file = NpyBytes.make(descr: "<f4", shape: [3], fortranOrder: true, values: NpyBytes.float32([1, 2, 3]))
        #expect(try LogitFileLoader.load(file, name: "x.npy").logits == [1, 2, 3])
    }

    @Test func truncatedDataNamesWhatWasPromised() {
        let file = NpyBytes.make(descr: "<f4", shape: [128256], values: [UInt8](repeating: 0, count: 1000))
        #expect(loadRefusal(file, name: "x.npy")
            == "x.npy: truncated: header promises 128256 float32 values (513024 bytes) but only 1000 bytes follow")
        let grid = NpyBytes.make(descr: "<f8", shape: [2, 3], values: [UInt8](repeating: 0, count: 40))
        #expect(loadRefusal(grid, name: "g.npy", row: 0)
            == "g.npy: truncated: header promises 2 × 3 float64 values (48 bytes) but only 40 bytes follow")
    }

    @Test func truncatedHeader() {
        let file = NpyBytes.make(descr: "<f4", shape: [3], values: NpyBytes.float32([1, 2, 3]))
        #expect(loadRefusal(Array(file.prefix(30)), name: "x.npy") == "x.npy: truncated: the .npy header is 118 bytes but only 20 follow")
        #expect(loadRefusal(Array(file.prefix(8)), name: "x.npy") == "x.npy: truncated: the file ends inside the .npy preamble (8 bytes)")
    }

    @Test func corruptMagic() {
        var file = NpyBytes.make(descr: "<f4", shape: [1], values: NpyBytes.float32([1]))
        file[1] = UInt8(ascii: "X")
        #expect(loadRefusal(file, name: "x.npy")
            == "x.npy: not a NumPy .npy file: it does not start with \\x93NUMPY (corrupt, or another format)")
    }

    @Test func unsupportedDtypes() {
        let int32 = NpyBytes.make(descr: "<i4", shape: [1], values: [1, 0, 0, 0])
        #expect(loadRefusal(int32, name: "x.npy") == "x.npy: dtype '<i4' is not a float type: logitscope reads float16, float32 and float64")
        let bool = NpyBytes.make(descr: "|b1", shape: [1], values: [1])
        #expect(loadRefusal(bool, name: "x.npy") == "x.npy: dtype '|b1' is not a float type: logitscope reads float16, float32 and float64")
        let longDouble = NpyBytes.make(descr: "<f16", shape: [1], values: [UInt8](repeating: 0, count: 16))
        #expect(loadRefusal(longDouble, name: "x.npy") == "x.npy: dtype '<f16' (long double) is not supported: logitscope reads float16, float32 and float64")
    }

    @Test func structuredDtypeIsRefused() {
        var dict = "{'descr': [('a', '<f4'), ('b', '<f4')], 'fortran_order': False, 'shape': (1,), }"
        while (10 + dict.utf8.count + 1) % 64 != 0 { dict += " " }
        dict += "\n"
        let file = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(dict.utf8.count), 0] + Array(dict.utf8) + [UInt8](repeating: 0, count: 8)
        #expect(loadRefusal(file, name: "s.npy") == "s.npy: the dtype is a structured (record) type: logitscope reads a plain float16, float32 or float64 array")
    }

    @Test func shapesOtherThanAVectorOrARow() {
        let cube = NpyBytes.make(descr: "<f4", shape: [2, 3, 4], values: [UInt8](repeating: 0, count: 96))
        #expect(loadRefusal(cube, name: "c.npy") == "c.npy: the array is 3-D, shape (2, 3, 4): logitscope reads 1-D logits or one row of a 2-D array")
        let grid = NpyBytes.make(descr: "<f4", shape: [4, 128256], values: [])
        #expect(loadRefusal(grid, name: "g.npy") == "g.npy: the array is 2-D, shape (4, 128256): choose a row (0 to 3)")
        let small = NpyBytes.make(descr: "<f4", shape: [2, 2], values: NpyBytes.float32([1, 2, 3, 4]))
        #expect(loadRefusal(small, name: "g.npy", row: 2) == "g.npy: row 2 is out of range: shape (2, 2) has rows 0 to 1")
        let vector = NpyBytes.make(descr: "<f4", shape: [2], values: NpyBytes.float32([1, 2]))
        #expect(loadRefusal(vector, name: "v.npy", row: 0) == "v.npy: row 0 was asked for, but the array is 1-D (shape (2,))")
        let scalar = NpyBytes.make(descr: "<f4", shape: [], values: NpyBytes.float32([1]))
        #expect(loadRefusal(scalar, name: "s.npy") == "s.npy: the array is a scalar (shape ()): logitscope needs a vector of logits")
        let empty = NpyBytes.make(descr: "<f4", shape: [0], values: [])
        #expect(loadRefusal(empty, name: "e.npy") == "e.npy: the array is empty (shape (0,))")
    }

    @Test func nanAndPlusInfinityNamedAt0BasedPositions() {
        let nan = NpyBytes.make(descr: "<f4", shape: [4], values: NpyBytes.float32([1, 2, .nan, 4]))
        #expect(loadRefusal(nan, name: "x.npy") == "x.npy: the value at index 2 (0-based, as NumPy indexes) is NaN: a logit must be a number (-inf masks a class)")
        let inf = NpyBytes.make(descr: "<f8", shape: [2, 2], values: NpyBytes.float64([1, 2, 3, .infinity]))
        #expect(loadRefusal(inf, name: "x.npy", row: 1) == "x.npy: the value at [1, 1] (row, column; 0-based, as NumPy indexes) is +inf: only -inf is allowed (it masks a class)")
        // The other row is fine: only the chosen row is judged.
        #expect(loadRefusal(inf, name: "x.npy", row: 0) == nil)
    }

    @Test func everyValueMaskedIsRefused() {
        let file = NpyBytes.make(descr: "<f4", shape: [2], values: NpyBytes.float32([-.infinity, -.infinity]))
        #expect(loadRefusal(file, name: "m.npy") == "m.npy: every logit is -inf: softmax is undefined when every class is masked")
    }

    @Test func entryLimitIsCheckedFromTheHeaderAlone() {
        // The header promises 2^40 values and no data follows: refused for its size, before any read.
        let file = NpyBytes.make(descr: "<f4", shape: [1 << 40], values: [])
        #expect(loadRefusal(file, name: "huge.npy") == "huge.npy: 1099511627776 values is more than logitscope reads (at most 16777216)")
    }

    @Test func headerAloneGivesTheByteRangeOfARow() throws {
        let file = NpyBytes.make(descr: ">f4", shape: [3, 5], values: [])
        let length = try #require(NpyHeader.headerLength(prefix: file.prefix(12)))
        #expect(length == 128)
        let header = try NpyHeader(prefix: file.prefix(length), name: "h.npy")
        #expect(header.shape == [3, 5])
        #expect(header.dtype.precision == .float32 && !header.dtype.littleEndian)
        #expect(header.dataByteCount == 60)
        let row = try header.selection(row: 2, name: "h.npy")
        #expect(row.firstValue == 10 && row.count == 5 && row.stride == 1)
        #expect(header.dataOffset + row.firstValue * header.dtype.byteCount == 168)
    }

    @Test func emptyFile() {
        #expect(loadRefusal([], name: "x.npy") == "x.npy: the file is empty")
    }
}
