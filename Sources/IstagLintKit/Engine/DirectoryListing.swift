#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The entry names of one directory in name order, stored compactly: every name's bytes, each
/// followed by a zero byte, in one buffer, and one 32-bit word per name (where it starts and
/// two flags), so twenty thousand names cost a few hundred kilobytes, not a heap string each.
///
/// Names sort as Swift strings sort; two names in plain ASCII (the usual case) are compared
/// byte by byte, which gives the same order without building strings. A name with other bytes
/// is compared as a string: a combining mark can change the order of what precedes it.
struct DirectoryListing {
    /// Every name's bytes, each followed by a zero byte.
    private var bytes: [UInt8] = []
    /// One word per name, in name order: the start in `bytes` and the two flags below.
    private var entries: [UInt32] = []

    private static let linkFlag: UInt32 = 1 << 31
    private static let asciiFlag: UInt32 = 1 << 30
    private static let startMask: UInt32 = asciiFlag - 1

    /// The number of names.
    var count: Int { entries.count }

    /// Reads a directory's names (without `.` and `..`), or says why it could not.
    static func read(_ directory: String) -> Result<DirectoryListing, ReadFailure> {
        guard let handle = opendir(directory) else { return .failure(ReadFailure(path: directory, reason: InputCollector.errorText(errno))) }
        defer { closedir(handle) }
        var listing = DirectoryListing()
        while let entry = readdir(handle) {
            let type = entry.pointee.d_type
            let mayBeLink = type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN)
            let added = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> Bool in
                let length = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
                let name = UnsafeRawBufferPointer(rebasing: raw[..<length])
                if name.elementsEqual([0x2E]) || name.elementsEqual([0x2E, 0x2E]) { return true }
                let start = UInt32(truncatingIfNeeded: listing.bytes.count)
                guard listing.bytes.count + length < Int(startMask) else { return false }
                listing.bytes.append(contentsOf: name)
                listing.bytes.append(0)
                var word = start
                if mayBeLink { word |= linkFlag }
                if !name.contains(where: { $0 >= 0x80 }) { word |= asciiFlag }
                listing.entries.append(word)
                return true
            }
            guard added else { return .failure(ReadFailure(path: directory, reason: InputCollector.errorText(EOVERFLOW))) }
        }
        listing.bytes.withUnsafeBufferPointer { buffer in
            listing.entries.sort { lhs, rhs in
                guard lhs & rhs & asciiFlag != 0 else {
                    let (left, right) = (DirectoryListing.name(lhs, in: buffer), DirectoryListing.name(rhs, in: buffer))
                    return String(decoding: left, as: UTF8.self) < String(decoding: right, as: UTF8.self)
                }
                let base = UnsafeRawPointer(buffer.baseAddress!)
                return strcmp(
                    (base + Int(lhs & startMask)).assumingMemoryBound(to: CChar.self),
                    (base + Int(rhs & startMask)).assumingMemoryBound(to: CChar.self)) < 0
            }
        }
        return .success(listing)
    }

    /// The name at a position in name order.
    func name(at index: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: DirectoryListing.name(entries[index], in: $0), as: UTF8.self) }
    }

    /// Whether the entry at a position may be a symbolic link: the directory said so, or did
    /// not say what the entry is.
    func mayBeLink(at index: Int) -> Bool { entries[index] & DirectoryListing.linkFlag != 0 }

    private static func name(_ word: UInt32, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = Int(word & startMask)
        var end = start
        while buffer[end] != 0 { end += 1 }
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }
}
