/// One array inside an array file, judged from its header alone: where its values lie in the
/// file's bytes, their element type and its shape. A `.npy` is one; a `.safetensors` and an `.npz`
/// hold several, by name.
public struct ArrayTensor: Sendable, Equatable {
    /// The tensor's name in a `.safetensors`, the member's name (without `.npy`) in an `.npz`; nil
    /// for a `.npy`.
    public let name: String?
    public let dtype: NpyHeader.DType
    public let shape: [Int]
    /// Column-major (numpy's `fortran_order`); safetensors is always row-major.
    public let fortranOrder: Bool
    /// Where element 0 starts, in the bytes of the storage that holds it.
    public let offset: Int
    /// The number of elements the shape promises.
    public let count: Int

    public var byteCount: Int { count * dtype.byteCount }

    /// The shape as numpy prints it, `(256, 128256)`.
    public var shapeDescription: String { NpyHeader.describe(shape) }

    /// How `--tensor` lists it: `logits (256, 128256) float32`.
    public var listing: String { "\(name ?? "array") \(shapeDescription) \(dtype.name)" }

    /// Rows and classes: a 1-D vector is one row; a 2-D [rows, classes] and a 3-D [1, rows,
    /// classes] (a batch of one, as HuggingFace's stacked `generate` logits are) are rows.
    /// Other shapes are refused, each with the shape named; so is an empty array.
    func matrixShape(file: String) throws(InputError) -> (rows: Int, classes: Int, isVector: Bool) {
        let what = name.map { "tensor \"\(Substring($0).escapedForMessage)\" " } ?? "the array "
        let shown = shapeDescription
        let dims: [Int]
        switch shape.count {
        case 0: throw InputError("\(file): \(what)is a scalar (shape ()): logitscope needs a vector or rows of logits")
        case 1: dims = [1, shape[0]]
        case 2: dims = shape
        case 3 where shape[0] == 1: dims = [shape[1], shape[2]]
        case 3: throw InputError("\(file): \(what)has shape \(shown): a batch of \(shape[0]) is more than logitscope reads; save one sequence ([1, rows, vocab] or [rows, vocab])")
        default: throw InputError("\(file): \(what)is \(shape.count)-D, shape \(shown): logitscope reads a vector [vocab] or rows [rows, vocab]")
        }
        if count == 0 { throw InputError("\(file): \(what)is empty (shape \(shown))") }
        return (dims[0], dims[1], shape.count == 1)
    }
}
