/// Kubernetes' name and label validators, with their exact messages (each returns [] when valid).
///
/// Ports of k8s.io/apimachinery `pkg/util/validation` (`IsDNS1123Label`, `IsDNS1123Subdomain`,
/// `IsQualifiedName`, `IsValidLabelValue`), `pkg/api/validation/path` (`ValidatePathSegmentName`),
/// k8s.io/kubernetes core `ValidateFinalizerName` and openshift-apiserver `ValidateImageStreamName`,
/// at the versions pinned by the validation catalogue (apimachinery v0.34.1, §5.5, §5.8).
///
/// Matching follows Go: classes are ASCII, patterns match the whole string (no `$` before a trailing
/// newline), strings compare byte for byte, and lengths are UTF-8 byte counts (Go `len`).
///
/// Catalogue vs newer upstream: later apimachinery moved these helpers to `pkg/api/validate/content`,
/// where `MaxLenError` says `must be no more than %d bytes` and the two-slash qualified-name message
/// starts `a valid label key`; the pinned version (and the catalogue) say `characters` and
/// `a qualified name`, which is what is reproduced here.
public enum KubernetesNames {
    /// `IsDNS1123Label`: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63 bytes; a valid subdomain with dots
    /// gets `must not contain dots` instead of the pattern message.
    public static func dns1123Label(_ value: String) -> [String] {
        let bytes = value.utf8
        var errors: [String] = []
        if bytes.count > dns1123LabelMaxLength {
            errors.append(maxLenError(dns1123LabelMaxLength))
        }
        if !isDNS1123Label(bytes) {
            errors.append(isDNS1123Subdomain(bytes) ? "must not contain dots" : Message.dns1123Label)
        }
        return errors
    }

    /// `IsDNS1123Subdomain`: dot-separated DNS-1123 labels, at most 253 bytes.
    public static func dns1123Subdomain(_ value: String) -> [String] {
        subdomainErrors(value.utf8)
    }

    /// `IsQualifiedName`: an optional DNS-1123 subdomain prefix and `/`, then a name part of at most
    /// 63 bytes matching `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`.
    public static func qualifiedName(_ value: String) -> [String] {
        let parts = value.utf8.split(separator: Byte.slash, omittingEmptySubsequences: false)
        var errors: [String] = []
        let name: Substring.UTF8View
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            let prefix = parts[0]
            name = parts[1]
            if prefix.isEmpty {
                errors.append("prefix part " + emptyError)
            } else {
                errors.append(contentsOf: subdomainErrors(prefix).map { "prefix part " + $0 })
            }
        default:
            return [Message.qualifiedNameWithPrefix]
        }
        if name.isEmpty {
            errors.append(Message.namePartEmpty)
        } else if name.count > qualifiedNameMaxLength {
            errors.append(Message.namePartTooLong)
        }
        if !isQualifiedNamePart(name) {
            errors.append(Message.namePartInvalid)
        }
        return errors
    }

    /// `IsValidLabelValue`: empty, or a qualified-name part; at most 63 bytes.
    public static func labelValue(_ value: String) -> [String] {
        let bytes = value.utf8
        var errors: [String] = []
        if bytes.count > labelValueMaxLength {
            errors.append(maxLenError(labelValueMaxLength))
        }
        if !bytes.isEmpty && !isQualifiedNamePart(bytes) {
            errors.append(Message.labelValue)
        }
        return errors
    }

    /// `path.ValidatePathSegmentName`: not `.` or `..` (names only, not prefixes), and neither `/` nor `%`
    /// (one message each).
    public static func pathSegmentName(_ value: String, prefix: Bool) -> [String] {
        let bytes = value.utf8
        if !prefix {
            if bytes.elementsEqual(".".utf8) { return ["may not be '.'"] }
            if bytes.elementsEqual("..".utf8) { return ["may not be '..'"] }
        }
        var errors: [String] = []
        if bytes.contains(Byte.slash) { errors.append("may not contain '/'") }
        if bytes.contains(Byte.percent) { errors.append("may not contain '%'") }
        return errors
    }

    /// openshift-apiserver `ValidateImageStreamName(name, false)`: the path-segment checks, then
    /// `^[a-z0-9]+(?:[._-][a-z0-9]+)*$` (no length cap here).
    public static func imageStreamName(_ value: String) -> [String] {
        let segmentErrors = pathSegmentName(value, prefix: false)
        if !segmentErrors.isEmpty { return segmentErrors }
        if !isRepositoryNameComponent(value.utf8) {
            return [#"must match "[a-z0-9]+(?:[._-][a-z0-9]+)*""#]
        }
        return []
    }

    /// Core `ValidateFinalizerName`: the `IsQualifiedName` messages, then, for a name without `/`
    /// that is not a standard finalizer (`kubernetes`, `orphan`, `foregroundDeletion`),
    /// `name is neither a standard finalizer name nor is it fully qualified`.
    public static func finalizerName(_ value: String) -> [String] {
        var errors = qualifiedName(value)
        let bytes = value.utf8
        if !bytes.contains(Byte.slash) && !standardFinalizers.contains(where: { bytes.elementsEqual($0.utf8) }) {
            errors.append("name is neither a standard finalizer name nor is it fully qualified")
        }
        return errors
    }

    /// `ValidateAnnotations` key check: `IsQualifiedName(strings.ToLower(key))`.
    ///
    /// Go lower-cases with Unicode simple case mapping, so `İ` (U+0130) becomes `i` and `K` (U+212A,
    /// Kelvin sign) becomes `k`; lengths are counted after lower-casing.
    public static func annotationKey(_ key: String) -> [String] {
        qualifiedName(goToLower(key))
    }

    // MARK: - Go helpers

    /// Go `strings.ToLower`: per-scalar Unicode simple lowercase mapping (`unicode.ToLower`).
    ///
    /// Swift's `lowercaseMapping` is the full mapping; it differs from the simple one only for U+0130
    /// (`i` + U+0307 instead of `i`). Unicode table versions of Go and Swift may differ slightly.
    static func goToLower(_ value: String) -> String {
        if value.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) {
            return value
        }
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                scalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
            } else if scalar.value == 0x130 {
                scalars.append("i")
            } else {
                let mapped = scalar.properties.lowercaseMapping.unicodeScalars
                if mapped.count == 1, let single = mapped.first {
                    scalars.append(single)
                } else {
                    scalars.append(scalar)
                }
            }
        }
        return String(scalars)
    }

    // MARK: - Matchers (whole string, ASCII classes)

    /// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`.
    static func isDNS1123Label<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return Byte.isLowerAlphanumeric(first) && Byte.isLowerAlphanumeric(last)
            && bytes.allSatisfy { Byte.isLowerAlphanumeric($0) || $0 == Byte.dash }
    }

    /// `^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`.
    static func isDNS1123Subdomain<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> Bool {
        // Label by label, without splitting: each starts and ends with [a-z0-9] and holds
        // [-a-z0-9]; an empty label (a leading, trailing or doubled dot) fails.
        var last: UInt8?
        for byte in bytes {
            if byte == Byte.dot {
                guard let end = last, Byte.isLowerAlphanumeric(end) else { return false }
                last = nil
            } else if last == nil {
                guard Byte.isLowerAlphanumeric(byte) else { return false }
                last = byte
            } else {
                guard Byte.isLowerAlphanumeric(byte) || byte == Byte.dash else { return false }
                last = byte
            }
        }
        guard let end = last else { return false }
        return Byte.isLowerAlphanumeric(end)
    }

    /// `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`.
    static func isQualifiedNamePart<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return Byte.isAlphanumeric(first) && Byte.isAlphanumeric(last)
            && bytes.allSatisfy { Byte.isAlphanumeric($0) || $0 == Byte.dash || $0 == Byte.underscore || $0 == Byte.dot }
    }

    /// `^[a-z0-9]+(?:[._-][a-z0-9]+)*$`: single separators between lower-case alphanumeric runs.
    static func isRepositoryNameComponent<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> Bool {
        var previousWasSeparator = true
        for byte in bytes {
            if Byte.isLowerAlphanumeric(byte) {
                previousWasSeparator = false
            } else if byte == Byte.dot || byte == Byte.underscore || byte == Byte.dash {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else {
                return false
            }
        }
        return !previousWasSeparator
    }

    private static func subdomainErrors<C: BidirectionalCollection<UInt8>>(_ bytes: C) -> [String] {
        var errors: [String] = []
        if bytes.count > dns1123SubdomainMaxLength {
            errors.append(maxLenError(dns1123SubdomainMaxLength))
        }
        if !isDNS1123Subdomain(bytes) {
            errors.append(Message.dns1123Subdomain)
        }
        return errors
    }

    // MARK: - Limits and messages

    static let dns1123LabelMaxLength = 63
    static let dns1123SubdomainMaxLength = 253
    static let qualifiedNameMaxLength = 63
    static let labelValueMaxLength = 63
    static let standardFinalizers = ["kubernetes", "orphan", "foregroundDeletion"]
    static let emptyError = "must be non-empty"

    /// apimachinery `MaxLenError`.
    static func maxLenError(_ length: Int) -> String {
        "must be no more than \(length) characters"
    }

    /// apimachinery `RegexError`: each example is followed by `, ` and joined with ` or `, hence the
    /// double spaces.
    static func regexError(_ message: String, _ pattern: String, _ examples: [String]) -> String {
        if examples.isEmpty {
            return message + " (regex used for validation is '" + pattern + "')"
        }
        let listed = examples.map { "'" + $0 + "', " }.joined(separator: " or ")
        return message + " (e.g. " + listed + "regex used for validation is '" + pattern + "')"
    }

    /// The fixed pattern messages.
    enum Message {
        static let dns1123LabelPattern = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
        static let qualifiedNamePattern = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
        static let qualifiedNameText =
            "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"

        static let dns1123Label = regexError(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
            dns1123LabelPattern, ["my-name", "123-abc"])
        static let dns1123Subdomain = regexError(
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
            dns1123LabelPattern + "(\\." + dns1123LabelPattern + ")*", ["example.com"])
        static let qualifiedName = regexError(qualifiedNameText, qualifiedNamePattern, ["MyName", "my.name", "123-abc"])
        static let qualifiedNameWithPrefix =
            "a qualified name " + qualifiedName
            + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
        // Built once and shared: a mapping of a million bad keys reports these a million times.
        static let namePartEmpty = "name part " + emptyError
        static let namePartTooLong = "name part " + maxLenError(qualifiedNameMaxLength)
        static let namePartInvalid = "name part " + qualifiedName
        static let labelValue = regexError(
            "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
            "(" + qualifiedNamePattern + ")?", ["MyValue", "my_value", "12345"])
    }

    /// ASCII bytes and classes.
    enum Byte {
        static let slash = UInt8(ascii: "/")
        static let percent = UInt8(ascii: "%")
        static let dot = UInt8(ascii: ".")
        static let dash = UInt8(ascii: "-")
        static let underscore = UInt8(ascii: "_")

        static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }

        static func isAlphanumeric(_ byte: UInt8) -> Bool {
            isLowerAlphanumeric(byte) || (byte >= 0x41 && byte <= 0x5A)
        }
    }
}
