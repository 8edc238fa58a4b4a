/// The cluster's `allowedRegistriesForImport` (`image.config.openshift.io/cluster`), as the
/// API server's registry whitelister reads it (openshift-apiserver
/// `pkg/image/apis/image/validation/whitelist/whitelister.go`, `WhitelistRegistry` and
/// `AdmitDockerImageReference`): the registries an ImageStream or ImageStreamTag may import
/// from.
///
/// An entry's `domainName` is a host glob with an optional port glob (`*.example.com`,
/// `registry.local:5000`); one without a port stands for port 443, or 80 when `insecure`.
/// Globs match the whole text, byte by byte and case-sensitively: `*` is any run of bytes,
/// dots included, `?` one byte (`IsWildcardMatch`). The server also allows its own integrated
/// registry, whose host istaglint cannot know: list it when manifests name its pull specs.
public struct RegistryAllowList: Sendable, Equatable {
    /// One allowed host and port, both globs.
    struct Entry: Sendable, Equatable {
        var host: String
        var port: String
    }

    /// The entries, last configured first, without repeats.
    let entries: [Entry]

    /// One `allowedRegistriesForImport` entry.
    public struct Registry: Sendable, Equatable {
        /// `domainName`.
        public var domainName: String
        /// `insecure`.
        public var insecure: Bool

        /// An entry.
        public init(domainName: String, insecure: Bool = false) {
            self.domainName = domainName
            self.insecure = insecure
        }
    }

    /// Why the server cannot take a domain name of the list.
    public struct AllowListError: Error, Sendable, Equatable {
        /// The server's words.
        public var message: String
    }

    /// The allow list of `registries`, or the server's startup error for a domain name with
    /// more than one colon. As `WhitelistRegistry` does, each new entry goes first, so the
    /// server's messages list them last to first.
    public static func make(_ registries: [Registry]) -> Result<RegistryAllowList, AllowListError> {
        var entries: [Entry] = []
        for registry in registries {
            let parts = registry.domainName.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 2 else {
                return .failure(AllowListError(message: "failed to parse allowed registry \(ValueDescription.quote(registry.domainName)): too many colons"))
            }
            let entry = Entry(host: parts[0], port: parts.count == 2 ? parts[1] : registry.insecure ? "80" : "443")
            if !entries.contains(entry) { entries.insert(entry, at: 0) }
        }
        return .success(RegistryAllowList(entries: entries))
    }

    /// The server's refusal of an import from `registry`, the registry part of a parsed pull
    /// spec (`""` for Docker Hub written without one), or nil when the list allows it.
    /// `insecure` is the tag's `importPolicy.insecure` or the stream's insecure-repository
    /// annotation: the server then checks the port only when one is written.
    public func refusal(registry: String, insecure: Bool) -> String? {
        // The host and port the server checks.
        var (host, port) = Self.splitHostPort(registry)
        if insecure {
            if host.isEmpty { host = "docker.io" }
        } else {
            if registry.isEmpty {
                host = "docker.io"
            } else if registry == "docker.io" || registry == "index.docker.io" {
                host = "registry-1.docker.io"
            }
            if port.isEmpty { port = "443" }
        }
        // Docker Hub's other names are tried as plain docker.io first.
        let hosts = host == "index.docker.io" || host == "registry-1.docker.io" ? ["docker.io", host] : [host]
        for candidate in hosts {
            for entry in entries where Self.matches(candidate, entry.host) {
                if port.isEmpty ? ["80", "443", "*"].contains(entry.port) : Self.matches(port, entry.port) { return nil }
            }
        }
        let shown = !registry.isEmpty ? registry : port.isEmpty ? host : host + ":" + port
        guard !entries.isEmpty else { return "registry \(ValueDescription.quote(shown)) not allowed by empty whitelist" }
        let listed = entries.map { ValueDescription.quote($0.host + ":" + $0.port) }
        let list = listed.count > 5 ? listed.prefix(4).joined(separator: ", ") + ", and \(listed.count - 4) more ..." : listed.joined(separator: ", ")
        return "registry \(ValueDescription.quote(shown)) not allowed by whitelist: \(list)"
    }

    /// Go's `net.SplitHostPort` as the server uses it: the host and the port after the colon,
    /// or the whole text and no port when there is none.
    private static func splitHostPort(_ text: String) -> (String, String) {
        guard let colon = text.lastIndex(of: ":"), !text.hasSuffix("]") else { return (text, "") }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }

    /// library-go `IsWildcardMatch`: the whole of `text` against `pattern`, `*` any run of
    /// bytes, `?` one byte, case-sensitive.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        let text = Array(text.utf8)
        let pattern = Array(pattern.utf8)
        var (t, p) = (0, 0)
        var star: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == UInt8(ascii: "?") || pattern[p] == text[t]) {
                t += 1
                p += 1
            } else if p < pattern.count && pattern[p] == UInt8(ascii: "*") {
                star = p
                resume = t
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}
