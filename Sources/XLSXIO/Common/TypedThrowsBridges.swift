/// The standard library's `withUnsafe…` and `withUTF8` are `rethrows`, which erases a
/// typed error; these wrappers carry the error type through.
extension String {
    @inline(__always)
    mutating func withUTF8Typed<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try withUTF8 { b in Result { () throws(E) in try body(b) } }.get()
    }
}

extension Array where Element == UInt8 {
    @inline(__always)
    func withBufferTyped<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try withUnsafeBufferPointer { b in Result { () throws(E) in try body(b) } }.get()
    }
}
