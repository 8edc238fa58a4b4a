import IstagLintKit
import Testing

/// `ImageReference.parse` and `DigestValidation` against library-go's `reference.Parse` / `digest.Validate`:
/// library-go's own test table (`pkg/image/reference/reference_test.go`), the edge cases of catalogue §5.3,
/// and the Go-vs-Swift matching pitfalls of §5.9.
struct ImageReferenceTests {
    /// One spec that parses, with every field it must yield.
    struct Valid: Sendable, CustomTestStringConvertible {
        var spec: String
        var expected: ImageReference
        var testDescription: String { spec.count > 60 ? "\(spec.prefix(40))…(\(spec.utf8.count) bytes)" : spec.debugDescription }

        init(_ spec: String, registry: String = "", namespace: String = "", name: String = "", tag: String = "", id: String = "") {
            self.spec = spec
            expected = ImageReference(registry: registry, namespace: namespace, name: name, tag: tag, id: id)
        }
    }

    /// One spec that fails, with library-go's exact message.
    struct Invalid: Sendable, CustomTestStringConvertible {
        var spec: String
        var message: String
        var testDescription: String { spec.count > 60 ? "\(spec.prefix(40))…(\(spec.utf8.count) bytes)" : spec.debugDescription }

        init(_ spec: String, _ message: String) {
            self.spec = spec
            self.message = message
        }
    }

    static let hex64 = "3c87c572822935df60f0f5d3665bd376841a7fcfeb806b5f212de6a00e9a7b25"
    static let sha256 = "sha256:" + hex64
    static let hex96 = String(repeating: "0123456789ab", count: 8)
    static let hex128 = String(repeating: "fedcba98", count: 16)

    static let invalidFormat = "invalid reference format"
    static let lowercase = "repository name must be lowercase"
    static let empty = "repository name must have at least one component"
    static let tooLong = "repository name must not be more than 255 characters"
    static let digestFormat = "invalid checksum digest format"
    static let digestAlgorithm = "unsupported digest algorithm"
    static let digestLength = "invalid checksum digest length"

    static func repeated(_ character: String, _ count: Int) -> String { String(repeating: character, count: count) }

    // MARK: - library-go's table

    static let libraryGoValid: [Valid] = [
        Valid("foo", name: "foo"),
        Valid("foo:tag", name: "foo", tag: "tag"),
        Valid(sha256, name: "sha256", tag: hex64),
        Valid("foo@" + sha256, name: "foo", id: sha256),
        Valid("bar/foo", namespace: "bar", name: "foo"),
        Valid("bar/foo:tag", namespace: "bar", name: "foo", tag: "tag"),
        Valid("bar/foo@" + sha256, namespace: "bar", name: "foo", id: sha256),
        Valid("bar/foo/baz", namespace: "bar", name: "foo/baz"),
        Valid("bar/library/baz", namespace: "bar", name: "library/baz"),
        Valid("bar/foo/baz:tag", namespace: "bar", name: "foo/baz", tag: "tag"),
        Valid("bar/foo/baz@" + sha256, namespace: "bar", name: "foo/baz", id: sha256),
        Valid("bar:5000/foo/baz", registry: "bar:5000", namespace: "foo", name: "baz"),
        Valid("bar:5000/library/baz", registry: "bar:5000", namespace: "library", name: "baz"),
        Valid("bar:5000/baz", registry: "bar:5000", name: "baz"),
        Valid("bar:5000/foo/baz:tag", registry: "bar:5000", namespace: "foo", name: "baz", tag: "tag"),
        Valid("bar:5000/foo/baz@" + sha256, registry: "bar:5000", namespace: "foo", name: "baz", id: sha256),
        Valid("myregistry.io/foo", registry: "myregistry.io", name: "foo"),
        Valid("localhost/bar", registry: "localhost", name: "bar"),
        Valid("docker.io/library/myapp", registry: "docker.io", namespace: "library", name: "myapp"),
        Valid("docker.io/myapp", registry: "docker.io", name: "myapp"),
        Valid("docker.io/user/myapp", registry: "docker.io", namespace: "user", name: "myapp"),
        Valid("docker.io/user/project/myapp", registry: "docker.io", namespace: "user", name: "project/myapp"),
        Valid("index.docker.io/bar", registry: "index.docker.io", name: "bar"),
        Valid(
            "bar:5000/\(repeated("a", 63))/\(repeated("b", 182)):tag",
            registry: "bar:5000", namespace: repeated("a", 63), name: repeated("b", 182), tag: "tag"),
        Valid(
            "docker.io/library/\(repeated("b", 231)):tag",
            registry: "docker.io", namespace: "library", name: repeated("b", 231), tag: "tag"),
        Valid("docker.io/\(repeated("b", 231)):tag", registry: "docker.io", name: repeated("b", 231), tag: "tag"),
        Valid("quay.io", registry: "quay.io"),
        Valid("quay.io/org", registry: "quay.io", name: "org"),
        Valid("localhost:5000", registry: "localhost:5000"),
        Valid("localhost:5000/org", registry: "localhost:5000", name: "org"),
        Valid("bar/foo/baz/biz", namespace: "bar", name: "foo/baz/biz"),
    ]

    static let libraryGoInvalid: [Invalid] = [
        Invalid("bar:5000/\(repeated("a", 63))/\(repeated("b", 183)):tag", tooLong),
        Invalid("docker.io/\(repeated("b", 246)):tag", tooLong),
        Invalid("registry.io/foo/bar/:Tag", invalidFormat),
        Invalid("https://bar:5000/foo/baz", invalidFormat),
        Invalid("http://bar:5000/foo/baz@" + sha256, invalidFormat),
        Invalid("registry:3000/integration/imageStream:success", lowercase),
        Invalid("registry:5000/integration/test-image-stream@sha256:00000000000000000000000000000001", digestLength),
        Invalid("abc@badid", invalidFormat),
        Invalid("index.docker.io/mysql@sha256:bad", invalidFormat),
        Invalid("@" + sha256, invalidFormat),
        Invalid(":tag", invalidFormat),
        Invalid("bar/foo/baz////biz", invalidFormat),
        Invalid("//foo/baz/biz", invalidFormat),
        Invalid("ftp://baz/baz/biz", invalidFormat),
        Invalid("", empty),
    ]

    @Test(arguments: libraryGoValid)
    func libraryGoValidCases(_ valid: Valid) {
        #expect(ImageReference.parse(valid.spec) == .success(valid.expected))
    }

    @Test(arguments: libraryGoInvalid)
    func libraryGoInvalidCases(_ invalid: Invalid) {
        #expect(Self.message(invalid.spec) == invalid.message)
    }

    // MARK: - Name length: 255 bytes, registry included, tag and digest excluded

    @Test func nameOfExactly255BytesParses() throws {
        let name = "quay.io/" + Self.repeated("n", 100) + "/" + Self.repeated("m", 146)
        #expect(name.utf8.count == 255)
        let reference = try ImageReference.parse(name + ":" + Self.repeated("t", 128) + "@" + Self.sha256).get()
        #expect(reference.registry == "quay.io")
        #expect(reference.namespace == Self.repeated("n", 100))
        #expect(reference.name == Self.repeated("m", 146))
        #expect(reference.tag == Self.repeated("t", 128))
        #expect(reference.id == Self.sha256)
    }

    @Test func nameOf256BytesIsTooLong() {
        let name = "quay.io/" + Self.repeated("n", 100) + "/" + Self.repeated("m", 147)
        #expect(name.utf8.count == 256)
        #expect(Self.message(name) == Self.tooLong)
        #expect(Self.message(name + ":v1") == Self.tooLong)
    }

    @Test func nameWithoutRegistryOf256BytesIsTooLong() {
        #expect(Self.message(Self.repeated("a", 255)) == nil)
        #expect(Self.message(Self.repeated("a", 256)) == Self.tooLong)
    }

    @Test func lengthIsCheckedBeforeTheDigest() {
        let name = Self.repeated("a", 256)
        #expect(Self.message(name + "@md5:" + Self.repeated("0", 32)) == Self.tooLong)
        #expect(Self.message(Self.repeated("a", 255) + "@md5:" + Self.repeated("0", 32)) == Self.digestAlgorithm)
    }

    // MARK: - Registries, ports and the registry-only quirks

    static let registryCases: [Valid] = [
        Valid("localhost", registry: "localhost"),
        Valid("localhost:5000/ns/app:v1", registry: "localhost:5000", namespace: "ns", name: "app", tag: "v1"),
        Valid("registry.example.com:443/ns/app", registry: "registry.example.com:443", namespace: "ns", name: "app"),
        Valid("reg:65536/app", registry: "reg:65536", name: "app"),
        Valid("reg:0/app", registry: "reg:0", name: "app"),
        Valid("10.0.0.1:5000/app", registry: "10.0.0.1:5000", name: "app"),
        Valid("Quay.IO/org/app", registry: "Quay.IO", namespace: "org", name: "app"),
        Valid(
            "My-Registry.Example.COM:8443/team/app:Latest",
            registry: "My-Registry.Example.COM:8443", namespace: "team", name: "app", tag: "Latest"),
        // A first segment without `.` or `:` that is not `localhost` is a namespace, even when the
        // grammar only accepted it as a hostname (upper case).
        Valid("FOO/bar", namespace: "FOO", name: "bar"),
        Valid("localhostfoo/bar", namespace: "localhostfoo", name: "bar"),
        // A component with `.` is a registry when first, however it was matched.
        Valid("my_reg.io/foo", registry: "my_reg.io", name: "foo"),
        // Registry-only: the whole spec is the registry; the tag is dropped, the digest kept as id.
        Valid("quay.io:tag", registry: "quay.io:tag"),
        Valid("localhost:5000@" + sha256, registry: "localhost:5000@" + sha256, id: sha256),
        Valid("localhostfoo", registry: "localhostfoo"),
        Valid("a.b", registry: "a.b"),
    ]

    @Test(arguments: registryCases)
    func registries(_ valid: Valid) {
        #expect(ImageReference.parse(valid.spec) == .success(valid.expected))
    }

    static let badHosts: [Invalid] = [
        Invalid("-reg.io/app", invalidFormat),
        Invalid("reg-.io/app", invalidFormat),
        Invalid("reg..io/app", invalidFormat),
        Invalid("reg.io:/app", invalidFormat),
        Invalid("reg.io:port/app", invalidFormat),
        Invalid("reg.io:5000:6000/app", invalidFormat),
        Invalid("reg_x:5000/app", invalidFormat),
        Invalid("[::1]:5000/app", invalidFormat),
        Invalid("reg.io/", invalidFormat),
    ]

    @Test(arguments: badHosts)
    func invalidHosts(_ invalid: Invalid) {
        #expect(Self.message(invalid.spec) == invalid.message)
    }

    // MARK: - Components and separators

    static let separatorCases: [Valid] = [
        Valid("a__b", name: "a__b"),
        Valid("a-b", name: "a-b"),
        Valid("a---b", name: "a---b"),
        Valid("a_b-c/e", namespace: "a_b-c", name: "e"),
        // A first segment with `.` is taken as the registry, even a component with `_`.
        Valid("a.b_c-d/e", registry: "a.b_c-d", name: "e"),
        Valid("0/1", namespace: "0", name: "1"),
    ]

    @Test(arguments: separatorCases)
    func validSeparators(_ valid: Valid) {
        #expect(ImageReference.parse(valid.spec) == .success(valid.expected))
    }

    @Test(arguments: ["a___b", "a_-b", "a-_b", "a.-b", "a..b", "a._b", "-a", "a-", "_a", "a_", ".a", "ns/a.", "a//b", "a/", "/a"])
    func invalidSeparators(_ spec: String) {
        #expect(Self.message(spec) == Self.invalidFormat)
    }

    // MARK: - Tags

    @Test func tagOf128CharactersParses() {
        let tag = "v" + Self.repeated("1", 127)
        #expect(ImageReference.parse("app:" + tag) == .success(ImageReference(name: "app", tag: tag)))
    }

    @Test func tagOf129CharactersFails() {
        #expect(Self.message("app:v" + Self.repeated("1", 128)) == Self.invalidFormat)
    }

    @Test func tagCharacters() {
        #expect(ImageReference.parse("app:_x.Y-9") == .success(ImageReference(name: "app", tag: "_x.Y-9")))
        #expect(ImageReference.parse("app:LATEST") == .success(ImageReference(name: "app", tag: "LATEST")))
        #expect(Self.message("app:.x") == Self.invalidFormat)
        #expect(Self.message("app:-x") == Self.invalidFormat)
        #expect(Self.message("app:") == Self.invalidFormat)
        #expect(Self.message("app:a:b") == Self.invalidFormat)
        #expect(Self.message("app:a+b") == Self.invalidFormat)
        #expect(Self.message("app:tåg") == Self.invalidFormat)
    }

    // MARK: - Digests through parse

    @Test func digestsOfEachAlgorithm() {
        #expect(ImageReference.parse("app@sha384:" + Self.hex96) == .success(ImageReference(name: "app", id: "sha384:" + Self.hex96)))
        #expect(ImageReference.parse("app@sha512:" + Self.hex128) == .success(ImageReference(name: "app", id: "sha512:" + Self.hex128)))
        let upper = "sha256:" + Self.hex64.uppercased()
        #expect(ImageReference.parse("app:v1@" + upper) == .success(ImageReference(name: "app", tag: "v1", id: upper)))
    }

    static let digestFailures: [Invalid] = [
        Invalid("app@sha256:" + String(hex64.dropLast()), digestLength),
        Invalid("app@sha256:" + hex64 + "0", digestLength),
        Invalid("app@sha384:" + hex64, digestLength),
        Invalid("app@sha512:" + hex96, digestLength),
        Invalid("app@sha256:" + repeated("a", 32), digestLength),
        Invalid("app@sha256:" + repeated("a", 31), invalidFormat),
        Invalid("app@md5:" + repeated("a", 32), digestAlgorithm),
        Invalid("app@SHA256:" + hex64, digestAlgorithm),
        Invalid("app@sha256+b64:" + hex64, digestAlgorithm),
        Invalid("app@sha256:", invalidFormat),
        Invalid("app@", invalidFormat),
        Invalid("app@sha256:" + hex64 + "g", invalidFormat),
        Invalid("app@256:" + hex64, invalidFormat),
        Invalid("app@sha256-:" + hex64, invalidFormat),
        Invalid("app@@" + sha256, invalidFormat),
        Invalid("app@" + sha256 + "@" + sha256, invalidFormat),
    ]

    @Test(arguments: digestFailures)
    func digestErrors(_ invalid: Invalid) {
        #expect(Self.message(invalid.spec) == invalid.message)
    }

    // MARK: - Case, whole-string matching and non-ASCII

    static let caseFailures: [Invalid] = [
        Invalid("Foo", lowercase),
        Invalid("quay.io/Org/app", lowercase),
        Invalid("Foo/Bar", lowercase),
        Invalid("APP:TAG", lowercase),
        // Go's strings.ToLower maps U+212A KELVIN SIGN to `k` and U+0130 to `i`.
        Invalid("\u{212A}ube", lowercase),
        Invalid("\u{0130}mage", lowercase),
        // Other non-ASCII letters stay non-ASCII when lower-cased.
        Invalid("café", invalidFormat),
        Invalid("\u{2126}mega", invalidFormat),
        Invalid("ａpp", invalidFormat),
        // Upper case that lower-casing cannot fix.
        Invalid("Foo Bar", invalidFormat),
    ]

    @Test(arguments: caseFailures)
    func caseAndUnicode(_ invalid: Invalid) {
        #expect(Self.message(invalid.spec) == invalid.message)
    }

    @Test(arguments: ["foo\n", "foo:tag\n", "foo@\(sha256)\n", "\nfoo", "foo\r\n", " foo", "foo ", "foo\t", "fo o"])
    func whitespaceIsNeverIgnored(_ spec: String) {
        #expect(Self.message(spec) == Self.invalidFormat)
    }

    @Test func upperCaseHostnameIsAllowedButNotUpperCaseRepository() {
        #expect(ImageReference.parse("QUAY.IO/app") == .success(ImageReference(registry: "QUAY.IO", name: "app")))
        #expect(Self.message("quay.io/App") == Self.lowercase)
    }

    @Test func errorDescriptionIsTheMessage() throws {
        let error = try #require(Self.failure("a//b"))
        #expect(error.description == "invalid reference format")
        #expect(error.message == "invalid reference format")
        #expect(String(describing: error) == "invalid reference format")
    }

    // MARK: - DigestValidation on its own

    @Test(arguments: [sha256, "sha256:" + hex64.uppercased(), "sha384:" + hex96, "sha512:" + hex128])
    func validDigests(_ digest: String) {
        #expect(DigestValidation.error(for: digest) == nil)
    }

    static let digestValidationFailures: [Invalid] = [
        Invalid("", digestFormat),
        Invalid("sha256", digestFormat),
        Invalid("sha256:", digestFormat),
        Invalid(":" + hex64, digestFormat),
        Invalid("sha256:" + hex64 + "\n", digestFormat),
        Invalid("sha256::" + hex64, digestFormat),
        Invalid("sha256:" + hex64 + ":", digestFormat),
        Invalid("sha256:xyz", digestFormat),
        Invalid("sha 256:" + hex64, digestFormat),
        Invalid("sha256 :" + hex64, digestFormat),
        Invalid("md5:d41d8cd98f00b204e9800998ecf8427e", digestAlgorithm),
        Invalid("SHA256:" + hex64, digestAlgorithm),
        Invalid("sha-256:" + hex64, digestAlgorithm),
        Invalid("1:ab", digestAlgorithm),
        Invalid("a-_+.b:ab", digestAlgorithm),
        Invalid("sha256:ab", digestLength),
        Invalid("sha256:" + String(repeating: "0", count: 32), digestLength),
        Invalid("sha256:" + hex64 + "00", digestLength),
        Invalid("sha384:" + hex64, digestLength),
        Invalid("sha512:" + hex96, digestLength),
    ]

    @Test(arguments: digestValidationFailures)
    func digestValidationErrors(_ invalid: Invalid) {
        #expect(DigestValidation.error(for: invalid.spec) == invalid.message)
    }

    // MARK: - Helpers

    static func failure(_ spec: String) -> ImageReferenceError? {
        if case .failure(let error) = ImageReference.parse(spec) { return error }
        return nil
    }

    static func message(_ spec: String) -> String? {
        failure(spec)?.message
    }
}
