import YAMLTree

/// The grammar of the content descriptors an image lists: layer and manifest digests and
/// media types.
enum ContentDescriptor {
    /// The longest type or subtype name `imageMediaTypeRegexp` allows (1 + 126 characters).
    static let mediaTypeNameLengthMax = 127

    /// How messages say what a digest looks like.
    static let digestForm = "sha256: followed by 64 hex digits (or sha384: with 96, sha512: with 128)"

    /// The layer media types registries and OpenShift's importer write.
    static let layerMediaTypes = [
        "application/vnd.oci.image.layer.v1.tar+gzip",
        "application/vnd.oci.image.layer.v1.tar",
        "application/vnd.oci.image.layer.v1.tar+zstd",
        "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
        "application/vnd.docker.image.rootfs.diff.tar.gzip",
        "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
        "application/vnd.docker.container.image.rootfs.diff+x-gtar",
    ]

    /// The manifest media types registries and OpenShift's importer write: image manifests,
    /// then manifest lists.
    static let manifestMediaTypes = [
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v1+prettyjws",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
    ]

    /// Whether a media type matches the server's `imageMediaTypeRegexp` (catalogue 5.1):
    ///
    /// ```
    /// ^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})\/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$
    /// ```
    ///
    /// Neither name holds a space, so trimming the spaces the pattern allows around the value
    /// leaves exactly `type/subtype`. Go's `$` is the end of the text: no trailing newline.
    static func mediaTypeConforms(_ value: String) -> Bool {
        value.withUTF8Bytes(mediaTypeConforms(bytes:))
    }

    /// `mediaTypeConforms(_:)` of a value's UTF-8 bytes.
    static func mediaTypeConforms(bytes whole: UnsafeBufferPointer<UInt8>) -> Bool {
        let space = UInt8(ascii: " ")
        var start = 0
        var end = whole.count
        while start < end && whole[start] == space { start += 1 }
        while end > start && whole[end - 1] == space { end -= 1 }
        guard let slash = whole[start..<end].firstIndex(of: UInt8(ascii: "/")) else { return false }
        return isName(UnsafeBufferPointer(rebasing: whole[start..<slash]), allowingDotAndPlus: false)
            && isName(UnsafeBufferPointer(rebasing: whole[(slash + 1)..<end]), allowingDotAndPlus: true)
    }

    /// `[A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126}`, with `.` and `+` too in a subtype.
    private static func isName(_ bytes: UnsafeBufferPointer<UInt8>, allowingDotAndPlus: Bool) -> Bool {
        guard let first = bytes.first, ReferenceGrammar.isAlphanumeric(first), bytes.count <= mediaTypeNameLengthMax else { return false }
        // Each byte looks up its bit in a map of the allowed ASCII bytes (every media type of
        // an export is checked, byte by byte): bytes 0-63 in the low word, 64-127 in the high.
        let (low, high) = allowingDotAndPlus ? subtypeBytes : typeBytes
        var all: UInt64 = 1
        for byte in bytes {
            let word: UInt64 = byte < 64 ? low : (byte < 128 ? high : 0)
            all &= word >> UInt64(byte & 63)
        }
        return all & 1 == 1
    }

    /// The bytes a type name may hold, as a 128-bit map (see `isName`).
    private static let typeBytes = byteMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&^_-")
    /// The bytes a subtype name may hold: a type's, `.` and `+`.
    private static let subtypeBytes = byteMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&^_-.+")

    private static func byteMap(_ allowed: String) -> (low: UInt64, high: UInt64) {
        var map: (low: UInt64, high: UInt64) = (0, 0)
        for byte in allowed.utf8 {
            if byte < 64 { map.low |= 1 << UInt64(byte) } else { map.high |= 1 << UInt64(byte - 64) }
        }
        return map
    }

    /// What is wrong with a digest, in library-go's words, or nil when it is a valid
    /// `algorithm:hex` digest (anchored: nothing before or after it).
    static func digestProblem(_ digest: String) -> String? {
        DigestValidation.error(for: digest)
    }

    /// A value in quotes for a message: a valid digest in full (two digests that differ only
    /// near the end must not look alike), anything else as `ValueDescription.quote` shows it.
    static func quoteDigest(_ value: String) -> String {
        digestProblem(value) == nil ? "\"" + value + "\"" : ValueDescription.quote(value)
    }

    /// Whether the server's unanchored `imageDigestRegexp` finds a digest anywhere in the
    /// value (catalogue I-5, quirk 7):
    /// `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}`.
    ///
    /// A match exists exactly when some `:` is followed by at least 32 hex digits and the run
    /// of letters and digits just before it holds a letter (the match may start at any letter
    /// of that run; a separator right before the `:` cannot end an algorithm).
    static func serverDigestPatternMatches(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        for (index, byte) in bytes.enumerated() where byte == ReferenceGrammar.colon {
            let hex = bytes[(index + 1)...].prefix { ReferenceGrammar.isHexDigit($0) }
            guard hex.count >= ReferenceGrammar.digestHexMin else { continue }
            let run = bytes[..<index].reversed().prefix { ReferenceGrammar.isAlphanumeric($0) }
            if run.contains(where: ReferenceGrammar.isLetter) { return true }
        }
        return false
    }

    /// What to write instead of a media type that does not conform: `did you mean "…"` and
    /// that spelling for a value close to one of `candidates`, else the form with the first
    /// candidate as example and no replacement.
    static func mediaTypeAdvice(for value: String, in candidates: [String]) -> (advice: String, replacement: String?) {
        if let nearest = EditDistance.nearest(to: value.trimmingASCIIWhitespace(), in: candidates), nearest != value {
            return ("did you mean \"\(nearest)\"", nearest)
        }
        return ("write type/subtype as RFC 6838 defines it, such as \"\(candidates.first ?? "application/json")\"", nil)
    }

    /// The message and the replacement for a media type that does not conform to RFC 6838, or
    /// nil when it conforms; `known` are the media types to suggest from.
    static func mediaTypeProblem(_ mediaType: String, at path: @autoclosure () -> FieldPath, known: [String]) -> (message: String, replacement: String?)? {
        guard !mediaTypeConforms(mediaType) else { return nil }
        let (advice, replacement) = mediaTypeAdvice(for: mediaType, in: known)
        return ("\(path()) \(ValueDescription.quote(mediaType)) is not a media type: media type does not conform to RFC6838; \(advice)", replacement)
    }
}
