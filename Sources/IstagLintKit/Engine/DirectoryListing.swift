#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The entry names of one directory, read in name order without holding them all: each pass
/// over the directory keeps only the next `batchSize` names after the last one read, so a
/// directory of twenty thousand files costs the memory of about a thousand names.
///
/// Names sort as Swift strings sort; two names in plain ASCII (the usual case) are compared
/// byte by byte, which gives the same order without building strings. A name with other bytes
/// is compared as a string (a combining mark can change the order of what precedes it), and
/// names that compare equal keep the directory's own order, as a stable sort of all the names
/// would. A directory of up to `batchSize` names is read once.
struct DirectoryListing {
    /// One name of the current batch: where it starts in `bytes`, its position in the
    /// directory, and flags.
    private struct Entry {
        var start: UInt32
        var position: UInt32
        var isASCII: Bool
        var mayBeLink: Bool
    }

    /// How many names one pass keeps.
    static let batchSize = 1024

    private let handle: OpaquePointer
    /// The current batch's names, each followed by a zero byte.
    private var bytes: [UInt8] = []
    /// The current batch, in name order.
    private var entries: [Entry] = []
    private var nextEntry = 0
    /// The last name handed out and its position, where the next pass starts.
    private var last: (name: [UInt8], isASCII: Bool, position: UInt32)?
    /// Whether the current batch holds every name left.
    private var isLastBatch = false

    /// Opens a directory, or says why it cannot be read.
    static func open(_ directory: String) -> Result<DirectoryListing, ReadFailure> {
        guard let handle = opendir(directory) else { return .failure(ReadFailure(path: directory, reason: InputCollector.errorText(errno))) }
        return .success(DirectoryListing(handle: handle))
    }

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    /// Closes the directory; call once, when done.
    func close() {
        closedir(handle)
    }

    /// The next name in name order, and whether it may be a symbolic link (the directory said
    /// so, or did not say what the entry is); nil after the last.
    mutating func next() -> (name: String, mayBeLink: Bool)? {
        if nextEntry == entries.count {
            guard !isLastBatch else { return nil }
            readBatch()
            guard !entries.isEmpty else { return nil }
        }
        let entry = entries[nextEntry]
        nextEntry += 1
        let name = bytes.withUnsafeBufferPointer { Array(DirectoryListing.name(entry.start, in: $0)) }
        last = (name, entry.isASCII, entry.position)
        return (String(decoding: name, as: UTF8.self), entry.mayBeLink)
    }

    /// Reads the directory from its start and keeps the first `batchSize` names after `last`.
    private mutating func readBatch() {
        bytes = []
        entries = []
        rewinddir(handle)
        var batch = DirectoryListing.Batch()
        var dropped = false
        var position: UInt32 = 0
        while let entry = readdir(handle) {
            defer { position &+= 1 }
            let type = entry.pointee.d_type
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let length = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
                let name = UnsafeRawBufferPointer(rebasing: raw[..<length])
                if name.elementsEqual([0x2E]) || name.elementsEqual([0x2E, 0x2E]) { return }
                let isASCII = !name.contains { $0 >= 0x80 }
                if let last, !DirectoryListing.precedes(last.name, last.isASCII, last.position, name, isASCII, position) { return }
                let mayBeLink = type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN)
                if !batch.add(name, isASCII: isASCII, position: position, mayBeLink: mayBeLink) { dropped = true }
            }
        }
        batch.trim()
        isLastBatch = !dropped && !batch.trimmed
        bytes = batch.bytes
        entries = batch.entries
        nextEntry = 0
    }

    /// The names of one pass: at most `batchSize` once trimmed, the smallest seen.
    private struct Batch {
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        /// Whether names were dropped because `batchSize` smaller ones were kept.
        var trimmed = false
        /// The largest name kept by the last trim: a name after it cannot be in this batch.
        private var cutoff: (name: [UInt8], isASCII: Bool, position: UInt32)?

        /// Adds a name unless `batchSize` smaller ones are known; returns whether it was kept.
        mutating func add(_ name: UnsafeRawBufferPointer, isASCII: Bool, position: UInt32, mayBeLink: Bool) -> Bool {
            if let cutoff, !DirectoryListing.precedes(DirectoryListing.name(name), isASCII, position, cutoff.name, cutoff.isASCII, cutoff.position) {
                return false
            }
            entries.append(Entry(start: UInt32(bytes.count), position: position, isASCII: isASCII, mayBeLink: mayBeLink))
            bytes.append(contentsOf: name)
            bytes.append(0)
            if entries.count >= DirectoryListing.batchSize + DirectoryListing.batchSize / 2 { trim() }
            return true
        }

        /// Sorts the names and keeps the first `batchSize`, compacting the bytes.
        mutating func trim() {
            bytes.withUnsafeBufferPointer { buffer in
                entries.sort { lhs, rhs in
                    DirectoryListing.precedes(
                        DirectoryListing.name(lhs.start, in: buffer), lhs.isASCII, lhs.position,
                        DirectoryListing.name(rhs.start, in: buffer), rhs.isASCII, rhs.position)
                }
            }
            guard entries.count > DirectoryListing.batchSize else { return }
            trimmed = true
            entries.removeLast(entries.count - DirectoryListing.batchSize)
            var compact: [UInt8] = []
            compact.reserveCapacity(bytes.count)
            for index in entries.indices {
                let start = Int(entries[index].start)
                entries[index].start = UInt32(compact.count)
                var end = start
                while bytes[end] != 0 { end += 1 }
                compact.append(contentsOf: bytes[start...end])
            }
            bytes = compact
            let largest = entries[entries.count - 1]
            cutoff = bytes.withUnsafeBufferPointer { (Array(DirectoryListing.name(largest.start, in: $0)), largest.isASCII, largest.position) }
        }
    }

    /// Whether one name comes before another: by name, then by position in the directory.
    private static func precedes<L: Collection<UInt8>, R: Collection<UInt8>>(
        _ left: L, _ leftASCII: Bool, _ leftPosition: UInt32, _ right: R, _ rightASCII: Bool, _ rightPosition: UInt32
    ) -> Bool {
        if leftASCII && rightASCII {
            if left.elementsEqual(right) { return leftPosition < rightPosition }
            return left.lexicographicallyPrecedes(right)
        }
        let (leftName, rightName) = (String(decoding: left, as: UTF8.self), String(decoding: right, as: UTF8.self))
        if leftName == rightName { return leftPosition < rightPosition }
        return leftName < rightName
    }

    private static func name(_ start: UInt32, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var end = Int(start)
        while buffer[end] != 0 { end += 1 }
        return UnsafeBufferPointer(rebasing: buffer[Int(start)..<end])
    }

    private static func name(_ raw: UnsafeRawBufferPointer) -> UnsafeBufferPointer<UInt8> {
        raw.bindMemory(to: UInt8.self)
    }
}
