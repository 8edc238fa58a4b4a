#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entry names of one directory in name order, read in one pass: the names are kept
/// in one byte buffer (each followed by a zero byte) with a small record each, sorted once,
/// and the directory is closed at once, so only the walk's current directory is ever listed
/// and a folder of n names costs n log n comparisons and about the bytes of its names.
///
/// Names sort as Swift strings sort; two names in plain ASCII (the usual case) are compared
/// byte by byte, which gives the same order without building strings. A name with other bytes
/// is compared as a string (a combining mark can change the order of what precedes it), and
/// names that compare equal keep the directory's own order. Names are handed out as their
/// bytes: a name that is not UTF-8 is legal on Linux and must still be opened.
///
/// While reading, the listing notes the names that change how the folder is walked (`.git`,
/// `.gitignore`, `.istaglint.yaml`), so the walk learns them without another system call.
struct DirectoryListing {
    /// The names the walk needs to know about before it reads a folder's entries.
    struct Markers: OptionSet, Sendable {
        let rawValue: UInt8
        /// `.git`: the folder is a repository's root.
        static let git = Markers(rawValue: 1)
        /// `.gitignore`.
        static let ignoreFile = Markers(rawValue: 2)
        /// `.istaglint.yaml`.
        static let configuration = Markers(rawValue: 4)
    }

    /// One name: where it starts in `bytes`, its length, its position in the directory, and flags.
    private struct Entry {
        var start: UInt32
        var length: UInt32
        var position: UInt32
        var isASCII: Bool
        var mayBeLink: Bool
    }

    /// The names, each followed by a zero byte.
    private var bytes: [UInt8] = []
    /// The names in name order.
    private var entries: [Entry] = []
    private var nextEntry = 0
    /// The marker names the folder holds.
    private(set) var markers: Markers = []

    /// Lists a directory, or says why it cannot be read.
    static func open(_ directory: InputPath) -> Result<DirectoryListing, ReadFailure> {
        guard let handle = opendir(directory.cString) else {
            return .failure(ReadFailure(path: directory.display, reason: InputCollector.errorText(errno)))
        }
        defer { closedir(handle) }
        var listing = DirectoryListing()
        var position: UInt32 = 0
        while let entry = readdir(handle) {
            defer { position &+= 1 }
            let type = entry.pointee.d_type
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let length = raw.firstIndex(of: 0) ?? raw.count
                let name = UnsafeRawBufferPointer(rebasing: raw[..<length])
                if name.elementsEqual([0x2E]) || name.elementsEqual([0x2E, 0x2E]) { return }
                if name.first == 0x2E { listing.markers.formUnion(DirectoryListing.marker(name)) }
                let isASCII = !name.contains { $0 >= 0x80 }
                let mayBeLink = type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN)
                listing.entries.append(
                    Entry(start: UInt32(listing.bytes.count), length: UInt32(length), position: position, isASCII: isASCII, mayBeLink: mayBeLink))
                listing.bytes.append(contentsOf: name)
                listing.bytes.append(0)
            }
        }
        listing.bytes.withUnsafeBufferPointer { buffer in
            listing.entries.sort { lhs, rhs in
                DirectoryListing.precedes(
                    DirectoryListing.name(lhs, in: buffer), lhs.isASCII, lhs.position,
                    DirectoryListing.name(rhs, in: buffer), rhs.isASCII, rhs.position)
            }
        }
        return .success(listing)
    }

    private static let markerNames: [(name: [UInt8], marker: Markers)] = [
        (Array(".git".utf8), .git), (Array(".gitignore".utf8), .ignoreFile), (Array(ConfigurationLoader.fileName.utf8), .configuration),
    ]

    /// The marker a name is, if any.
    private static func marker(_ name: UnsafeRawBufferPointer) -> Markers {
        markerNames.first { name.elementsEqual($0.name) }?.marker ?? []
    }

    /// Releases the names; the directory itself is closed already.
    func close() {}

    /// The next name in name order, as bytes, and whether it may be a symbolic link (the
    /// directory said so, or did not say what the entry is); nil after the last.
    mutating func next() -> (name: [UInt8], mayBeLink: Bool)? {
        guard nextEntry < entries.count else {
            bytes = []
            entries = []
            return nil
        }
        let entry = entries[nextEntry]
        nextEntry += 1
        return (bytes.withUnsafeBufferPointer { Array(DirectoryListing.name(entry, in: $0)) }, entry.mayBeLink)
    }

    /// Whether one name comes before another: by name, then by position in the directory.
    private static func precedes(
        _ left: UnsafeBufferPointer<UInt8>, _ leftASCII: Bool, _ leftPosition: UInt32,
        _ right: UnsafeBufferPointer<UInt8>, _ rightASCII: Bool, _ rightPosition: UInt32
    ) -> Bool {
        if leftASCII && rightASCII {
            let common = min(left.count, right.count)
            if common > 0, let leftBase = left.baseAddress, let rightBase = right.baseAddress {
                let order = memcmp(leftBase, rightBase, common)
                if order != 0 { return order < 0 }
            }
            if left.count != right.count { return left.count < right.count }
            return leftPosition < rightPosition
        }
        let (leftName, rightName) = (String(decoding: left, as: UTF8.self), String(decoding: right, as: UTF8.self))
        if leftName == rightName { return leftPosition < rightPosition }
        return leftName < rightName
    }

    private static func name(_ entry: Entry, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.start) + Int(entry.length)])
    }
}
