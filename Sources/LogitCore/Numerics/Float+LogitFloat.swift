import RealModule

extension Float: LogitFloat {
    public typealias Accumulator = Double
    public static var precision: Precision { .float32 }
}
