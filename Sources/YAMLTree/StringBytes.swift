extension String {
    /// Whether two strings have the same UTF-8 bytes, as Go compares strings and map keys.
    ///
    /// Swift's `==` compares canonical equivalence, which is slower and is not what the
    /// Kubernetes decoder does; lengths are compared first, so most keys differ at once.
    @inlinable
    public func hasSameBytes(as other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        let answer = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                guard let a = left.baseAddress, let b = right.baseAddress else { return true }
                var index = 0
                while index < count {
                    if a[index] != b[index] { return false }
                    index += 1
                }
                return true
            }
        }
        return (answer ?? nil) ?? utf8.elementsEqual(other.utf8)
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes in contiguous memory: in place for native
    /// strings (small ones are copied to the stack), through a copy otherwise.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
