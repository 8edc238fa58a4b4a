/// A path as the file system holds it, bytes that need not be UTF-8 (any byte but `/` and NUL
/// is legal in a Linux file name), and as reports show it: its spelling (see `PathSpelling`),
/// the same text when it is UTF-8, otherwise each byte that is not part of a UTF-8 character
/// written `\xHH`.
///
/// The two are kept apart: files are opened by the path as given (joined with the names a walk
/// finds), and reported by the spelling, which may be shorter (`./a.yaml` is `a.yaml`) or
/// relative to a working directory that is not the process's own.
public struct InputPath: Sendable, Hashable {
    /// The path's bytes, without a terminating zero: what system calls open.
    public var bytes: [UInt8]
    /// The path as reports show it.
    public var display: String

    /// A path given as text, shown as it is.
    public init(_ path: String) {
        bytes = Array(path.utf8)
        display = path
    }

    /// A path given as text, opened as given and shown by its spelling.
    public init(_ path: String, spelled spelling: String) {
        bytes = Array(path.utf8)
        display = spelling
    }

    /// A path read from the file system.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        display = InputPath.escaped(bytes)
    }

    /// The path of an entry inside this directory: the working directory's entries are shown
    /// by their names alone.
    func appending(_ name: [UInt8]) -> InputPath {
        var result = self
        if result.bytes.last != UInt8(ascii: "/") { result.bytes.append(UInt8(ascii: "/")) }
        result.bytes += name
        // Escaping a name alone gives the same text as escaping the whole path: no UTF-8
        // character spans a `/`.
        let text = InputPath.escaped(name)
        if display == "." {
            result.display = text
        } else {
            result.display = display.hasSuffix("/") ? display + text : display + "/" + text
        }
        return result
    }

    /// The path as a zero-terminated C string, for system calls.
    var cString: [CChar] { bytes.map { CChar(bitPattern: $0) } + [0] }

    /// Bytes as text, each byte that does not belong to a UTF-8 character written `\xHH`.
    public static func escaped(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var text = ""
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    let hex = String(byte, radix: 16)
                    text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                }
                offset += length
            case .emptyInput:
                return text
            }
        }
    }
}
