import IstagLintKit
import Testing

/// `KubernetesNames` against apimachinery's validators (catalogue §4.1, §5.4, §5.5, §5.8), message for message.
struct KubernetesNamesTests {
    // The server's messages, spelled out in full (note the double spaces RegexError puts after each example).
    static let labelPattern =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    static let subdomainPattern =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let namePartPattern =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
    static let tooManySlashes =
        "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
    static let labelValuePattern =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
    static let imageStreamPattern = #"must match "[a-z0-9]+(?:[._-][a-z0-9]+)*""#
    static let notQualified = "name is neither a standard finalizer name nor is it fully qualified"
    static let max63 = "must be no more than 63 characters"
    static let max253 = "must be no more than 253 characters"

    static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

    /// A value and the messages it must get.
    struct Case: Sendable, CustomTestStringConvertible {
        var value: String
        var messages: [String]
        var testDescription: String { value.count > 40 ? "\(value.prefix(20))…(\(value.utf8.count) bytes)" : value.debugDescription }

        init(_ value: String, _ messages: [String]) {
            self.value = value
            self.messages = messages
        }
    }

    // MARK: - DNS-1123 label

    static let labelCases: [Case] = [
        Case("a", []),
        Case("0", []),
        Case("my-name", []),
        Case("123-abc", []),
        Case("a--b", []),
        Case(repeated("a", 63), []),
        Case(repeated("a", 64), [max63]),
        Case("a.b", ["must not contain dots"]),
        Case("my.name.space", ["must not contain dots"]),
        Case(repeated("a", 62) + ".b", [max63, "must not contain dots"]),
        Case(repeated("A", 64), [max63, labelPattern]),
        Case("", [labelPattern]),
        Case("-a", [labelPattern]),
        Case("a-", [labelPattern]),
        Case("My-Name", [labelPattern]),
        Case("a_b", [labelPattern]),
        Case("a..b", [labelPattern]),
        Case("a.", [labelPattern]),
        Case("a\n", [labelPattern]),
        Case("é", [labelPattern]),
    ]

    @Test(arguments: labelCases)
    func dns1123Label(_ test: Case) {
        #expect(KubernetesNames.dns1123Label(test.value) == test.messages)
    }

    // MARK: - DNS-1123 subdomain

    static let subdomainCases: [Case] = [
        Case("example.com", []),
        Case("a", []),
        Case("a-b.c-d.e", []),
        Case("0.0.0.0", []),
        // Only the whole is length-limited: a 253-byte single label is a valid subdomain.
        Case(repeated("a", 253), []),
        Case(repeated("a", 254), [max253]),
        Case(repeated("a.", 126) + "ab", [max253]),
        Case(repeated("A", 254), [max253, subdomainPattern]),
        Case("", [subdomainPattern]),
        Case("Example.com", [subdomainPattern]),
        Case("a..b", [subdomainPattern]),
        Case(".a", [subdomainPattern]),
        Case("a.", [subdomainPattern]),
        Case("a.-b", [subdomainPattern]),
        Case("a_b.com", [subdomainPattern]),
        Case("example.com\n", [subdomainPattern]),
    ]

    @Test(arguments: subdomainCases)
    func dns1123Subdomain(_ test: Case) {
        #expect(KubernetesNames.dns1123Subdomain(test.value) == test.messages)
    }

    // MARK: - Qualified name

    static let qualifiedNameCases: [Case] = [
        Case("MyName", []),
        Case("my.name", []),
        Case("123-abc", []),
        Case("a", []),
        Case("a_B-c.D", []),
        Case("example.com/MyName", []),
        Case("k8s.io/a", []),
        Case(repeated("n", 63), []),
        Case("example.com/" + repeated("n", 63), []),
        Case(repeated("n", 64), ["name part " + max63]),
        Case("example.com/" + repeated("n", 64), ["name part " + max63]),
        Case(repeated("n", 62) + "-", [namePartPattern]),
        Case(repeated("n", 64) + "-", ["name part " + max63, namePartPattern]),
        Case("", ["name part must be non-empty", namePartPattern]),
        Case("/a", ["prefix part must be non-empty"]),
        Case("/", ["prefix part must be non-empty", "name part must be non-empty", namePartPattern]),
        Case("example.com/", ["name part must be non-empty", namePartPattern]),
        Case("Example.com/a", ["prefix part " + subdomainPattern]),
        Case("exa_mple.com/a", ["prefix part " + subdomainPattern]),
        Case(repeated("p", 254) + "/a", ["prefix part " + max253]),
        Case("Example.com/-a", ["prefix part " + subdomainPattern, namePartPattern]),
        Case("a/b/c", [tooManySlashes]),
        Case("//", [tooManySlashes]),
        Case("_a", [namePartPattern]),
        Case("a_", [namePartPattern]),
        Case("-a", [namePartPattern]),
        Case(".a", [namePartPattern]),
        Case("a b", [namePartPattern]),
        Case("a\n", [namePartPattern]),
        Case("\u{212A}ey", [namePartPattern]),
    ]

    @Test(arguments: qualifiedNameCases)
    func qualifiedName(_ test: Case) {
        #expect(KubernetesNames.qualifiedName(test.value) == test.messages)
    }

    // MARK: - Label value

    static let labelValueCases: [Case] = [
        Case("", []),
        Case("MyValue", []),
        Case("my_value", []),
        Case("12345", []),
        Case("a.b-c_D", []),
        Case(repeated("v", 63), []),
        Case(repeated("v", 64), [max63]),
        Case(repeated("v", 64) + "-", [max63, labelValuePattern]),
        Case("-a", [labelValuePattern]),
        Case("a-", [labelValuePattern]),
        Case("a b", [labelValuePattern]),
        Case("a/b", [labelValuePattern]),
        Case("a\n", [labelValuePattern]),
        Case("ü", [labelValuePattern]),
    ]

    @Test(arguments: labelValueCases)
    func labelValue(_ test: Case) {
        #expect(KubernetesNames.labelValue(test.value) == test.messages)
    }

    // MARK: - Path segment name

    @Test func pathSegmentDotNamesAreRejectedOnlyAsNames() {
        #expect(KubernetesNames.pathSegmentName(".", prefix: false) == ["may not be '.'"])
        #expect(KubernetesNames.pathSegmentName("..", prefix: false) == ["may not be '..'"])
        #expect(KubernetesNames.pathSegmentName(".", prefix: true) == [])
        #expect(KubernetesNames.pathSegmentName("..", prefix: true) == [])
        #expect(KubernetesNames.pathSegmentName("...", prefix: false) == [])
        #expect(KubernetesNames.pathSegmentName(".a", prefix: false) == [])
    }

    @Test func pathSegmentForbiddenCharacters() {
        for prefix in [false, true] {
            #expect(KubernetesNames.pathSegmentName("/", prefix: prefix) == ["may not contain '/'"])
            #expect(KubernetesNames.pathSegmentName("a/b", prefix: prefix) == ["may not contain '/'"])
            #expect(KubernetesNames.pathSegmentName("%", prefix: prefix) == ["may not contain '%'"])
            #expect(KubernetesNames.pathSegmentName("100%", prefix: prefix) == ["may not contain '%'"])
            #expect(KubernetesNames.pathSegmentName("%/", prefix: prefix) == ["may not contain '/'", "may not contain '%'"])
            #expect(KubernetesNames.pathSegmentName("../x", prefix: prefix) == ["may not contain '/'"])
            #expect(KubernetesNames.pathSegmentName("ruby:2.7", prefix: prefix) == [])
            #expect(KubernetesNames.pathSegmentName("", prefix: prefix) == [])
            #expect(KubernetesNames.pathSegmentName("Any thing\n", prefix: prefix) == [])
        }
    }

    // MARK: - Image stream name

    static let imageStreamCases: [Case] = [
        Case("ruby", []),
        Case("my-app", []),
        Case("a.b_c-d", []),
        Case("0", []),
        Case(repeated("a", 300), []),
        Case(".", ["may not be '.'"]),
        Case("..", ["may not be '..'"]),
        Case("a/b", ["may not contain '/'"]),
        Case("A/%", ["may not contain '/'", "may not contain '%'"]),
        Case("", [imageStreamPattern]),
        Case("Ruby", [imageStreamPattern]),
        Case("a--b", [imageStreamPattern]),
        Case("a__b", [imageStreamPattern]),
        Case("a._b", [imageStreamPattern]),
        Case("-a", [imageStreamPattern]),
        Case("a-", [imageStreamPattern]),
        Case("...", [imageStreamPattern]),
        Case("ruby:latest", [imageStreamPattern]),
        Case("ruby\n", [imageStreamPattern]),
        Case("rübe", [imageStreamPattern]),
    ]

    @Test(arguments: imageStreamCases)
    func imageStreamName(_ test: Case) {
        #expect(KubernetesNames.imageStreamName(test.value) == test.messages)
    }

    // MARK: - Finalizer name

    static let finalizerCases: [Case] = [
        Case("kubernetes", []),
        Case("orphan", []),
        Case("foregroundDeletion", []),
        Case("example.com/x", []),
        Case("example.com/Foo-bar_baz", []),
        Case("bad", [notQualified]),
        Case("Kubernetes", [notQualified]),
        Case("foreground-deletion", [notQualified]),
        Case("bad name", [namePartPattern, notQualified]),
        Case("", ["name part must be non-empty", namePartPattern, notQualified]),
        Case("example.com/", ["name part must be non-empty", namePartPattern]),
        Case("/x", ["prefix part must be non-empty"]),
        Case("Example.com/x", ["prefix part " + subdomainPattern]),
        Case("a/b/c", [tooManySlashes]),
        Case(repeated("k", 64), ["name part " + max63, notQualified]),
    ]

    @Test(arguments: finalizerCases)
    func finalizerName(_ test: Case) {
        #expect(KubernetesNames.finalizerName(test.value) == test.messages)
    }

    // MARK: - Annotation key

    static let annotationCases: [Case] = [
        Case("openshift.io/image.insecureRepository", []),
        Case("description", []),
        // Lower-cased first, so an upper-case prefix passes.
        Case("Example.COM/Key", []),
        Case("OPENSHIFT.IO/DISPLAY-NAME", []),
        // Go's strings.ToLower: U+212A KELVIN SIGN becomes `k`, U+0130 becomes `i`.
        Case("\u{212A}ey", []),
        Case("\u{0130}", []),
        // The length counts bytes after lower-casing: 3 + 62 bytes before, 63 after.
        Case("\u{212A}" + repeated("k", 62), []),
        Case("\u{212A}" + repeated("k", 63), ["name part " + max63]),
        // U+2126 OHM SIGN lower-cases to a Greek omega, which is still not ASCII.
        Case("\u{2126}", [namePartPattern]),
        Case("Bad Key", [namePartPattern]),
        Case("Bad_Prefix.io/key", ["prefix part " + subdomainPattern]),
        Case("a/b/c", [tooManySlashes]),
        Case("", ["name part must be non-empty", namePartPattern]),
        Case("key\n", [namePartPattern]),
    ]

    @Test(arguments: annotationCases)
    func annotationKey(_ test: Case) {
        #expect(KubernetesNames.annotationKey(test.value) == test.messages)
    }

    @Test func annotationKeysDifferFromQualifiedNamesOnlyByCase() {
        #expect(KubernetesNames.qualifiedName("Example.COM/Key") == ["prefix part " + Self.subdomainPattern])
        #expect(KubernetesNames.annotationKey("Example.COM/Key") == [])
        #expect(KubernetesNames.qualifiedName("\u{212A}" + Self.repeated("k", 62)) == ["name part " + Self.max63, Self.namePartPattern])
    }
}
