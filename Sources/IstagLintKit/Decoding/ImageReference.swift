import YAMLTree

/// A container image reference (a Docker pull spec) as OpenShift's library-go `imageref.Parse` reads it.
///
/// Mirrors library-go `pkg/image/reference.DockerImageReference` after `reference.Parse`
/// (validation catalogue §5.2, §5.3): the spec is matched against the Docker reference grammar, then
/// split into registry, namespace and name the way library-go does it, quirks included:
///
/// - A reference without `/` whose name contains `.` or starts with `localhost` is registry-only
///   (`quay.io`, `localhost:5000`): `registry` is then the whole spec as written (library-go uses
///   `namedRef.String()`, which re-assembles name, tag and digest), `name` and `tag` are empty, and
///   `id` still carries a digest if there is one.
/// - The first path segment is a registry only if it contains `:` or `.`, or is exactly `localhost`;
///   otherwise it is the namespace (`FOO/bar` parses, with namespace `FOO`).
/// - `namespace` is the first segment after the registry, `name` the rest (`bar/foo/baz` gives
///   namespace `bar`, name `foo/baz`).
public struct ImageReference: Sendable, Hashable {
    /// The registry host (with port), or `""` when none.
    public var registry: String
    /// The first path segment after the registry, or `""` when none.
    public var namespace: String
    /// The rest of the repository path, or `""` for a registry-only reference.
    public var name: String
    /// The tag, or `""` when none.
    public var tag: String
    /// The digest (`sha256:<hex>`), or `""` when none.
    public var id: String

    /// Creates a reference from its parts (all empty by default).
    public init(registry: String = "", namespace: String = "", name: String = "", tag: String = "", id: String = "") {
        self.registry = registry
        self.namespace = namespace
        self.name = name
        self.tag = tag
        self.id = id
    }

    /// A reference split before its `:tag` (a colon after the last slash) and its `@digest`:
    /// the repository, and the rest.
    static func repositoryAndSuffix(_ name: String) -> (repository: Substring, suffix: Substring) {
        var head = Substring(name)
        var tail = Substring("")
        if let at = head.firstIndex(of: "@") {
            tail = head[at...]
            head = head[..<at]
        }
        if let colon = head.lastIndex(of: ":"), !head[colon...].contains("/") {
            tail = head[colon...] + tail
            head = head[..<colon]
        }
        return (head, tail)
    }

    /// Parses like library-go `reference.Parse` (catalogue 5.3), with the same error messages.
    ///
    /// Order of checks, as in library-go: the whole-string grammar match (failing with
    /// `repository name must have at least one component` for `""`, `repository name must be lowercase`
    /// when Go's `strings.ToLower` of the spec would match, else `invalid reference format`), then the
    /// 255-byte limit on the name (registry included, tag and digest excluded), then the digest checks
    /// of ``DigestValidation``.
    public static func parse(_ spec: String) -> Result<ImageReference, ImageReferenceError> {
        spec.withUTF8Bytes { parse(spec, bytes: $0) }
    }

    /// `parse(_:)` with the spec's UTF-8 bytes, read in place.
    private static func parse(_ spec: String, bytes: UnsafeBufferPointer<UInt8>) -> Result<ImageReference, ImageReferenceError> {
        guard let match = ReferenceGrammar.match(bytes) else {
            if bytes.isEmpty {
                return .failure(.nameEmpty)
            }
            // Go lower-cases with Unicode simple case mapping, so e.g. U+212A KELVIN SIGN becomes `k`.
            if KubernetesNames.goToLower(spec).withUTF8Bytes({ ReferenceGrammar.match($0) }) != nil {
                return .failure(.nameContainsUppercase)
            }
            return .failure(.invalidFormat)
        }
        if match.name.count > ReferenceGrammar.nameTotalLengthMax {
            return .failure(.nameTooLong)
        }
        var reference = ImageReference()
        if let digest = match.digest {
            let text = String(decoding: bytes[digest], as: UTF8.self)
            if let message = DigestValidation.error(for: text) {
                return .failure(ImageReferenceError(message: message))
            }
            reference.id = text
        }

        let name = bytes[match.name]
        var repository: Range<Int>? = match.name
        var registryOnly = false
        if let slash = name.firstIndex(of: ReferenceGrammar.slash) {
            let first = bytes[match.name.lowerBound..<slash]
            let looksLikeRegistry =
                first.contains(ReferenceGrammar.colon) || first.contains(ReferenceGrammar.dot)
                || first.elementsEqual("localhost".utf8)
            if looksLikeRegistry {
                reference.registry = String(decoding: first, as: UTF8.self)
                repository = (slash + 1)..<match.name.upperBound
            }
        } else if name.contains(ReferenceGrammar.dot) || name.starts(with: "localhost".utf8) {
            registryOnly = true
            reference.registry = spec
            repository = nil
        }
        if !registryOnly, let tag = match.tag {
            reference.tag = String(decoding: bytes[tag], as: UTF8.self)
        }
        if let repository {
            let path = bytes[repository]
            if let slash = path.firstIndex(of: ReferenceGrammar.slash) {
                reference.namespace = String(decoding: bytes[repository.lowerBound..<slash], as: UTF8.self)
                reference.name = String(decoding: bytes[(slash + 1)..<repository.upperBound], as: UTF8.self)
            } else {
                reference.name = String(decoding: path, as: UTF8.self)
            }
        }
        return .success(reference)
    }
}

/// Why a reference does not parse, in library-go's words (e.g. "invalid reference format").
public struct ImageReferenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The library-go error text, byte for byte.
    public let message: String
    /// The message itself.
    public var description: String { message }

    static let invalidFormat = ImageReferenceError(message: "invalid reference format")
    static let nameContainsUppercase = ImageReferenceError(message: "repository name must be lowercase")
    static let nameEmpty = ImageReferenceError(message: "repository name must have at least one component")
    static let nameTooLong = ImageReferenceError(message: "repository name must not be more than 255 characters")
}

/// Digest checks (library-go internal digest.ParseDigest / Validate): returns nil when valid,
/// else "invalid checksum digest format" / "unsupported digest algorithm" / "invalid checksum digest length".
public enum DigestValidation {
    /// The library-go `digest.Validate` error for `digest`, or `nil` when it is a valid digest.
    ///
    /// The string must match `^[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+$` as a whole (Go `$`: no trailing newline),
    /// the algorithm must be exactly `sha256`, `sha384` or `sha512` (case-sensitive), and the hex part
    /// must have 64, 96 or 128 characters respectively.
    public static func error(for digest: String) -> String? {
        digest.withUTF8Bytes(error(in:))
    }

    /// `error(for:)` of a digest's UTF-8 bytes.
    public static func error(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // One pass: the algorithm runs to the first colon, the hex digits after it.
        var colon = -1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ReferenceGrammar.colon {
                colon = index
                break
            }
            guard isAlgorithmByte(byte) else { return "invalid checksum digest format" }
            index += 1
        }
        guard colon > 0, colon + 1 < bytes.count else { return "invalid checksum digest format" }
        guard ReferenceGrammar.allHexDigits(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])) else { return "invalid checksum digest format" }
        let hexCount = bytes.count - colon - 1
        let expected: Int
        if colon == 6 && bytes[0] == UInt8(ascii: "s") && bytes[1] == UInt8(ascii: "h") && bytes[2] == UInt8(ascii: "a") {
            switch (bytes[3], bytes[4], bytes[5]) {
            case (UInt8(ascii: "2"), UInt8(ascii: "5"), UInt8(ascii: "6")): expected = 64
            case (UInt8(ascii: "3"), UInt8(ascii: "8"), UInt8(ascii: "4")): expected = 96
            case (UInt8(ascii: "5"), UInt8(ascii: "1"), UInt8(ascii: "2")): expected = 128
            default: return "unsupported digest algorithm"
            }
        } else {
            return "unsupported digest algorithm"
        }
        return hexCount == expected ? nil : "invalid checksum digest length"
    }

    /// `[a-zA-Z0-9-_+.]`: in Go RE2 the `-` after the range `0-9` is a literal.
    private static func isAlgorithmByte(_ byte: UInt8) -> Bool {
        ReferenceGrammar.isAlphanumeric(byte) || byte == ReferenceGrammar.dash || byte == ReferenceGrammar.underscore
            || byte == ReferenceGrammar.plus || byte == ReferenceGrammar.dot
    }
}

/// Hand-written, whole-string matcher for library-go's anchored `ReferenceRegexp` (catalogue §5.2):
///
/// ```
/// ^((?:HOST/)?COMP(?:/COMP)*)(?::([\w][\w.-]{0,127}))?(?:@(ALG(?:[-_+.]ALG)*:[[:xdigit:]]{32,}))?$
/// ```
///
/// with ASCII classes only (Go's `\w` and `[[:xdigit:]]` are ASCII) and `$` meaning end of text.
/// The captures are unambiguous: no part but the digest holds `@`, a tag holds neither `:` nor `/`,
/// and a port `:` is always followed by `/`; so the digest follows the first `@`, and the tag follows
/// the last `:` of what precedes it when no `/` comes after that `:`.
enum ReferenceGrammar {
    /// library-go `NameTotalLengthMax`.
    static let nameTotalLengthMax = 255
    /// The longest tag `[\w][\w.-]{0,127}` allows.
    static let tagLengthMax = 128
    /// The fewest hex digits `[[:xdigit:]]{32,}` allows.
    static let digestHexMin = 32

    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let at = UInt8(ascii: "@")
    static let dot = UInt8(ascii: ".")
    static let dash = UInt8(ascii: "-")
    static let underscore = UInt8(ascii: "_")
    static let plus = UInt8(ascii: "+")

    /// A run of a spec's bytes, read in place.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// The captured byte ranges of a successful match.
    struct Match {
        var name: Range<Int>
        var tag: Range<Int>?
        var digest: Range<Int>?
    }

    /// Matches the whole of `bytes` (UTF-8), or returns `nil`.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        var end = bytes.count
        var digest: Range<Int>?
        if let atIndex = bytes.firstIndex(of: at) {
            let range = (atIndex + 1)..<bytes.count
            guard isDigest(bytes[range]) else { return nil }
            digest = range
            end = atIndex
        }
        var tag: Range<Int>?
        if let colonIndex = bytes[..<end].lastIndex(of: colon), !bytes[colonIndex..<end].contains(slash) {
            let range = (colonIndex + 1)..<end
            guard isTag(bytes[range]) else { return nil }
            tag = range
            end = colonIndex
        }
        guard isName(bytes[0..<end]) else { return nil }
        return Match(name: 0..<end, tag: tag, digest: digest)
    }

    /// `(?:HOST/)?COMP(?:/COMP)*`.
    static func isName(_ bytes: Bytes) -> Bool {
        // The segments between slashes (empty ones kept), walked without splitting.
        var first = bytes[bytes.startIndex..<bytes.startIndex]
        var segments = 0
        var start = bytes.startIndex
        while true {
            let end = bytes[start...].firstIndex(of: slash) ?? bytes.endIndex
            if segments == 0 { first = bytes[start..<end] } else if !isComponent(bytes[start..<end]) { return false }
            segments += 1
            guard end < bytes.endIndex else { break }
            start = end + 1
        }
        return isComponent(first) || (segments > 1 && isHostname(first))
    }

    /// `[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*`: lower-case alphanumeric runs joined by `.`, `_`,
    /// `__` or any number of `-` (no mixing, no leading or trailing separator).
    static func isComponent(_ bytes: Bytes) -> Bool {
        var index = bytes.startIndex
        while true {
            let runStart = index
            while index < bytes.endIndex, isLowerAlphanumeric(bytes[index]) { index += 1 }
            guard index > runStart else { return false }
            if index == bytes.endIndex { return true }
            let separatorStart = index
            while index < bytes.endIndex, !isLowerAlphanumeric(bytes[index]) { index += 1 }
            guard index < bytes.endIndex, isSeparator(bytes[separatorStart..<index]) else { return false }
        }
    }

    /// `[._]|__|-+` (the empty separator of `[-]*` just joins two runs).
    private static func isSeparator(_ bytes: Bytes) -> Bool {
        switch bytes.count {
        case 0:
            return false
        case 1:
            return bytes.first == dot || bytes.first == underscore || bytes.first == dash
        case 2 where bytes.allSatisfy({ $0 == underscore }):
            return true
        default:
            return bytes.allSatisfy { $0 == dash }
        }
    }

    /// `HC(?:\.HC)*(?::[0-9]+)?` with `HC = [a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]`.
    static func isHostname(_ bytes: Bytes) -> Bool {
        var host = bytes
        if let colonIndex = bytes.firstIndex(of: colon) {
            let port = bytes[(colonIndex + 1)...]
            guard !port.isEmpty, port.allSatisfy(isDigit) else { return false }
            host = bytes[..<colonIndex]
        }
        // The labels between dots (empty ones kept), walked without splitting.
        var start = host.startIndex
        while true {
            let end = host[start...].firstIndex(of: dot) ?? host.endIndex
            let label = host[start..<end]
            guard let first = label.first, let last = label.last, isAlphanumeric(first), isAlphanumeric(last),
                label.allSatisfy({ isAlphanumeric($0) || $0 == dash })
            else { return false }
            guard end < host.endIndex else { return true }
            start = end + 1
        }
    }

    /// `[\w][\w.-]{0,127}` with ASCII `\w = [0-9A-Za-z_]`.
    static func isTag(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, bytes.count <= tagLengthMax, isWord(first) else { return false }
        return bytes.allSatisfy { isWord($0) || $0 == dot || $0 == dash }
    }

    /// `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}`.
    static func isDigest(_ bytes: Bytes) -> Bool {
        guard let colonIndex = bytes.firstIndex(of: colon) else { return false }
        let hex = bytes[(colonIndex + 1)...]
        guard hex.count >= digestHexMin, allHexDigits(UnsafeBufferPointer(rebasing: hex)) else { return false }
        // The parts of the algorithm between separators (empty ones kept), walked without splitting.
        var start = bytes.startIndex
        while true {
            let end = bytes[start..<colonIndex].firstIndex(where: isAlgorithmSeparator) ?? colonIndex
            let part = bytes[start..<end]
            guard let first = part.first, isLetter(first), part.allSatisfy(isAlphanumeric) else { return false }
            guard end < colonIndex else { return true }
            start = end + 1
        }
    }

    private static func isAlgorithmSeparator(_ byte: UInt8) -> Bool {
        byte == dash || byte == underscore || byte == plus || byte == dot
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLetter(_ byte: UInt8) -> Bool { isLower(byte) || isUpper(byte) }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    static func isLowerAlphanumeric(_ byte: UInt8) -> Bool { isLower(byte) || isDigit(byte) }
    static func isWord(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == underscore }
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
    }

    /// Whether every byte is a hex digit, without a branch per byte (digits and letters come
    /// in no order, so branches would mispredict): each byte looks up its bit in a 128-bit
    /// map of `0-9`, `A-F` and `a-f`, and the bits are combined.
    static func allHexDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var all: UInt64 = 1
        for byte in bytes {
            // Bytes 0-63: the digits are bits 48-57; bytes 64-127: A-F are bits 1-6, a-f 33-38.
            let word: UInt64 = byte < 64 ? 0x03FF_0000_0000_0000 : (byte < 128 ? 0x0000_007E_0000_007E : 0)
            all &= word >> UInt64(byte & 63)
        }
        return all & 1 == 1
    }
}
