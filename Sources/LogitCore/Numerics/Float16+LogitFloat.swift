import RealModule

#if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
extension Float16: LogitFloat {
    public typealias Accumulator = Float
    public static var precision: Precision { .float16 }
}
#endif
