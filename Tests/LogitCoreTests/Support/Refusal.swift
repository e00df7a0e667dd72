import LogitCore

/// The message of the InputError `body` throws, or nil when it accepts.
func refusal<T>(_ body: () throws(InputError) -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.message
    }
}
