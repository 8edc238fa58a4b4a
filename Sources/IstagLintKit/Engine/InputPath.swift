/// A path as the file system holds it, bytes that need not be UTF-8 (any byte but `/` and NUL
/// is legal in a Linux file name), and as reports show it: the same text when it is UTF-8,
/// otherwise each byte that is not part of a UTF-8 character written `\xHH`.
public struct InputPath: Sendable, Hashable {
    /// The path's bytes, without a terminating zero.
    public var bytes: [UInt8]
    /// The path as reports show it.
    public var display: String

    /// A path given as text.
    public init(_ path: String) {
        bytes = Array(path.utf8)
        display = path
    }

    /// A path read from the file system.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        display = InputPath.escaped(bytes)
    }

    /// The path of an entry inside this directory.
    func appending(_ name: [UInt8]) -> InputPath {
        var path = bytes
        if path.last != UInt8(ascii: "/") { path.append(UInt8(ascii: "/")) }
        path += name
        if display.utf8.count == bytes.count, let text = String(validating: name, as: UTF8.self) {
            var result = InputPath("")
            result.bytes = path
            result.display = display.hasSuffix("/") ? display + text : display + "/" + text
            return result
        }
        return InputPath(bytes: path)
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
