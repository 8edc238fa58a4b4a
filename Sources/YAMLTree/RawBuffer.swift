/// A growable buffer of plain values that its owner allocates and frees: the tree builder's
/// scratch space, reused from one document to the next of a file.
///
/// An `Array` checks on every append that no one else holds its storage; the builder makes
/// a few appends per libyaml event, and that check (with the growth logic around it) cost it
/// more than the rest of its work. Positions are still checked. The owner calls
/// `deallocate()` once, when it is done.
struct RawBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    /// Allocates room for `capacity` elements (at least a few).
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// The element at a position below `count`.
    @inline(__always)
    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "RawBuffer index out of range")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "RawBuffer index out of range")
            base[index] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(toHold: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { grow(toHold: count + elements.count) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    /// Removes the last element and returns it, or nil when empty.
    mutating func popLast() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return base[count]
    }

    /// Drops the elements from `newCount` on, keeping the room.
    mutating func truncate(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count, "RawBuffer truncated beyond its count")
        count = newCount
    }

    /// Every element, copied into an array.
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Frees the memory; the buffer must not be used afterwards.
    func deallocate() {
        base.deallocate()
    }

    private mutating func grow(toHold minimum: Int) {
        let newCapacity = max(capacity * 2, minimum)
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
