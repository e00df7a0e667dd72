/// The logits as the precision holds them (Float16 holds 0.1 as 0.0999755859375), each rounded
/// when read rather than all copied: at a million classes in Float32 a copy is 8 MB made on every
/// keystroke. In Float64 they are the input's own values.
public struct RoundedLogits: RandomAccessCollection, Sendable {
    let values: [Double]
    let precision: Precision

    public var startIndex: Int { values.startIndex }
    public var endIndex: Int { values.endIndex }
    public subscript(i: Int) -> Double { precision.round(values[i]) }
}
