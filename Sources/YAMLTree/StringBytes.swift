extension String {
    /// Calls `body` with the string's UTF-8 bytes in contiguous memory: in place for native
    /// strings (small ones are copied to the stack), through a copy otherwise.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
