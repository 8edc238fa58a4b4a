import Testing

@testable import IstagLintKit

/// The registry allow list follows the server's whitelister (`WhitelistRegistry`,
/// `AdmitDockerImageReference`, `IsWildcardMatch`) case by case.
struct RegistryAllowListTests {
    static func list(_ entries: [(String, Bool)]) throws -> RegistryAllowList {
        try RegistryAllowList.make(entries.map { RegistryAllowList.Registry(domainName: $0.0, insecure: $0.1) }).get()
    }

    /// (entries, registry of the pull spec, insecure import, allowed).
    static let cases: [([(String, Bool)], String, Bool, Bool)] = [
        ([("quay.io", false)], "quay.io", false, true),
        ([("quay.io", false)], "Quay.io", false, false),
        ([("quay.io", false)], "quay.io:5000", false, false),
        ([("quay.io:*", false)], "quay.io:5000", false, true),
        // An insecure entry without a port allows port 80 only.
        ([("quay.io", true)], "quay.io", false, false),
        ([("quay.io", true)], "quay.io:80", false, true),
        // An insecure import without a port matches an entry on 80, 443 or *.
        ([("quay.io", false)], "quay.io", true, true),
        ([("quay.io:5000", false)], "quay.io", true, false),
        ([("*.example.com", false)], "registry.example.com", false, true),
        ([("*.example.com", false)], "example.com", false, false),
        ([("*.example.com", false)], "a.b.example.com", false, true),
        ([("registry?.local", false)], "registry1.local", false, true),
        // Docker Hub, written or not, is docker.io first.
        ([("docker.io", false)], "", false, true),
        ([("docker.io", false)], "docker.io", false, true),
        ([("docker.io", false)], "index.docker.io", false, true),
        ([("registry-1.docker.io", false)], "docker.io", false, true),
        ([("quay.io", false)], "", false, false),
    ]

    @Test(arguments: cases.indices)
    func admitsAsTheServerDoes(_ index: Int) throws {
        let (entries, registry, insecure, allowed) = Self.cases[index]
        let refusal = try Self.list(entries).refusal(registry: registry, insecure: insecure)
        #expect((refusal == nil) == allowed, "\(registry) insecure \(insecure) under \(entries): \(refusal ?? "allowed")")
    }

    @Test func theMessageIsTheServers() throws {
        let allowList = try Self.list([("quay.io", false), ("*.example.com", false)])
        // Entries are listed last configured first, as WhitelistRegistry prepends them.
        #expect(allowList.refusal(registry: "", insecure: false) == #"registry "docker.io:443" not allowed by whitelist: "*.example.com:443", "quay.io:443""#)
        #expect(allowList.refusal(registry: "ghcr.io", insecure: false) == #"registry "ghcr.io" not allowed by whitelist: "*.example.com:443", "quay.io:443""#)
        let long = try Self.list((1...6).map { ("r\($0).io", false) })
        #expect(
            long.refusal(registry: "x.io", insecure: false)
                == #"registry "x.io" not allowed by whitelist: "r6.io:443", "r5.io:443", "r4.io:443", "r3.io:443", and 2 more ..."#)
    }

    @Test func aDomainNameWithTwoColonsIsRefused() {
        let made = RegistryAllowList.make([.init(domainName: "a:1:2")])
        #expect(made == .failure(.init(message: #"failed to parse allowed registry "a:1:2": too many colons"#)))
    }

    @Test func theConfigurationCarriesTheListAndTheRuleUsesIt() throws {
        let yaml = "allowedRegistriesForImport:\n- domainName: quay.io\n- domainName: registry.local:5000\n  insecure: true\n"
        let configuration = try ConfigurationLoader.parse(Array(yaml.utf8), path: ".istaglint.yaml", workingDirectory: "/repo").get()
        let allowList = try #require(configuration.allowedRegistriesForImport)
        #expect(allowList.refusal(registry: "registry.local:5000", insecure: false) == nil)
        let manifest = """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: ghcr.io/example/ruby:3.3

            """
        let linter = Linter()
        var selection = linter.selection(for: nil)
        #expect(linter.lint(Array(manifest.utf8), file: "a.yaml", selection: selection).diagnostics.allSatisfy { $0.ruleId != "IST214" })
        selection.allowedRegistries = allowList
        let found = linter.lint(Array(manifest.utf8), file: "a.yaml", selection: selection).diagnostics.filter { $0.ruleId == "IST214" }
        #expect(found.map { "\($0.severity) \($0.path) \($0.range.start.line):\($0.range.start.column)" } == ["error tag.from.name 8:11"])
        #expect(found.first?.message.contains(#"registry "ghcr.io" not allowed by whitelist: "registry.local:5000", "quay.io:443""#) == true)
    }

    @Test func aBadEntryIsAConfigurationErrorAtItsPlace() {
        for (yaml, expected) in [
            ("allowedRegistriesForImport:\n- domainName: a:1:2\n", "too many colons"),
            ("allowedRegistriesForImport:\n- domainname: quay.io\n", "did you mean \"domainName\""),
            ("allowedRegistriesForImport:\n- insecure: true\n", "needs a domainName"),
        ] {
            guard case .failure(let error) = ConfigurationLoader.parse(Array(yaml.utf8), path: ".istaglint.yaml", workingDirectory: "/repo") else {
                Issue.record("\(yaml) was accepted")
                continue
            }
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(error.position?.line == 2, "\(yaml)")
        }
    }
}
