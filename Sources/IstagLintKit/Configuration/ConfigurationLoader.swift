import YAMLTree

/// Reads `.istaglint.yaml` with istaglint's own YAML tree and checks it like a manifest: an
/// unknown key or a bad value is an error with its position and the nearest valid spelling.
///
/// ```yaml
/// fail-on: warning
/// apply: client
/// rules:
///   unpinned-image: error
///   IST302: off
/// exclude:
///   - charts/
///   - "**/*.j2"
/// overrides:
///   - files: ["legacy/**"]
///     rules: {IST004: off}
/// allowedRegistriesForImport:
///   - domainName: quay.io
///   - domainName: registry.local:5000
///     insecure: true
/// ```
public enum ConfigurationLoader {
    /// The file name looked for above each linted file (see `ConfigurationSet`).
    public static let fileName = ".istaglint.yaml"
    /// The top-level keys.
    static let keys = ["fail-on", "apply", "rules", "exclude", "overrides", "allowedRegistriesForImport"]

    /// Parses a configuration file's bytes; `path` is where it was read from.
    public static func parse(_ bytes: [UInt8], path: String, workingDirectory: String) -> Result<Configuration, ConfigurationError> {
        let absolute = PathArithmetic.absolute(path, from: workingDirectory)
        var configuration = Configuration(baseDirectory: PathArithmetic.directory(of: absolute))
        let parsed = YAMLParser.parse(bytes)
        if let problem = parsed.problem {
            return .failure(ConfigurationError(file: path, position: problem.range.start, message: problem.message))
        }
        guard let document = parsed.documents.first, let rootID = document.root, let root = document.resolved(rootID) else {
            return .success(configuration)
        }
        if parsed.documents.count > 1 {
            return .failure(
                ConfigurationError(file: path, position: document.range.end, message: "the configuration is one YAML document; found \(parsed.documents.count)")
            )
        }
        if KubernetesScalar.of(root, in: document) == .null { return .success(configuration) }
        let reader = Reader(document: document, path: path)
        do {
            let entries = try reader.mapping(root, what: "the configuration")
            for (key, keyNode, value) in entries {
                switch key {
                case "fail-on":
                    let text = try reader.string(value, what: "fail-on")
                    guard let severity = Severity(rawValue: text) else {
                        throw reader.error(
                            at: value, "fail-on must be error, warning or info, found \(ValueDescription.quote(text))", nearest: text,
                            in: Severity.allCases.map(\.rawValue))
                    }
                    configuration.failOn = severity
                case "apply":
                    configuration.apply = try reader.applyMode(value)
                case "rules":
                    configuration.rules = try reader.ruleSettings(value)
                case "exclude":
                    configuration.exclude = try reader.globs(value, what: "exclude")
                case "overrides":
                    configuration.overrides = try reader.overrides(value)
                case "allowedRegistriesForImport":
                    configuration.allowedRegistriesForImport = try reader.allowedRegistries(value)
                default:
                    throw reader.error(
                        at: keyNode, "unknown key \(ValueDescription.quote(key)); valid keys are \(keys.joined(separator: ", "))", nearest: key, in: keys)
                }
            }
        } catch let error as ConfigurationError {
            return .failure(error)
        } catch {
            return .failure(ConfigurationError(file: path, position: nil, message: "\(error)"))
        }
        return .success(configuration)
    }

    /// Reads typed values out of the configuration document, failing with positions.
    private struct Reader {
        let document: Document
        let path: String

        func error(at node: NodeID, _ message: String, nearest word: String? = nil, in candidates: [String] = []) -> ConfigurationError {
            var text = message
            if let word, let nearest = EditDistance.nearest(to: word, in: candidates), nearest != word {
                text += "; did you mean \(ValueDescription.quote(nearest))"
            }
            return ConfigurationError(file: path, position: document[node].range.start, message: text)
        }

        func mapping(_ node: NodeID, what: String) throws -> [(String, NodeID, NodeID)] {
            guard let entries = document.effectiveEntries(of: node) else {
                throw error(at: node, "\(what) must be a mapping, found \(ValueDescription.describe(node, in: document))")
            }
            var seen: Set<String> = []
            return try entries.map { entry in
                guard case .string(let key) = KubernetesScalar.of(entry.key, in: document) else {
                    throw error(at: entry.key, "keys in \(what) must be strings")
                }
                guard seen.insert(key).inserted else { throw error(at: entry.key, "duplicate key \(ValueDescription.quote(key)) in \(what)") }
                return (key, entry.key, entry.value)
            }
        }

        func string(_ node: NodeID, what: String) throws -> String {
            switch KubernetesScalar.of(node, in: document) {
            case .string(let text): return text
            case .bool(false) where document.scalar(node) == "off": return "off"
            default: throw error(at: node, "\(what) must be a string, found \(ValueDescription.describe(node, in: document))")
            }
        }

        func list(_ node: NodeID, what: String) throws -> [NodeID] {
            if KubernetesScalar.of(node, in: document) == .null { return [] }
            guard let items = document.items(of: node) else {
                throw error(at: node, "\(what) must be a list, found \(ValueDescription.describe(node, in: document))")
            }
            return Array(items)
        }

        func globs(_ node: NodeID, what: String) throws -> [Glob] {
            try list(node, what: what).map { Glob(try string($0, what: "an entry of \(what)")) }
        }

        func applyMode(_ node: NodeID) throws -> ApplyMode {
            let text = try string(node, what: "apply")
            let modes = ApplyMode.allCases.map(\.rawValue)
            guard let mode = ApplyMode(rawValue: text) else {
                throw error(at: node, "apply must be client, server, create or kustomize, found \(ValueDescription.quote(text))", nearest: text, in: modes)
            }
            return mode
        }

        func ruleSettings(_ node: NodeID) throws -> [String: RuleSetting] {
            if KubernetesScalar.of(node, in: document) == .null { return [:] }
            // Families first, shorter prefixes before longer, then single rules: the most specific
            // entry wins whatever the order of the file.
            var resolved: [(specificity: Int, codes: [String], setting: RuleSetting)] = []
            for (selector, keyNode, value) in try mapping(node, what: "rules") {
                let codes: [String]
                switch RuleSelector.codes(for: selector) {
                case .success(let found): codes = found
                case .failure(let failure): throw error(at: keyNode, failure.description)
                }
                let text = try string(value, what: "the setting of \(selector)")
                guard let setting = RuleSetting(text) else {
                    throw error(
                        at: value, "the setting of \(selector) must be off, error, warning or info, found \(ValueDescription.quote(text))", nearest: text,
                        in: ["off", "error", "warning", "info"])
                }
                let isFamily = selector.uppercased().hasPrefix("IST") && selector.count < 6
                resolved.append((isFamily ? selector.count : Int.max, codes, setting))
            }
            var settings: [String: RuleSetting] = [:]
            for entry in resolved.sorted(by: { $0.specificity < $1.specificity }) {
                for code in entry.codes { settings[code] = entry.setting }
            }
            return settings
        }

        /// `allowedRegistriesForImport`, as in `image.config.openshift.io/cluster`: a list of
        /// `{domainName, insecure}`.
        func allowedRegistries(_ node: NodeID) throws -> RegistryAllowList {
            let what = "allowedRegistriesForImport"
            let registries = try list(node, what: what).map { item in
                var domainName: String?
                var insecure = false
                for (key, keyNode, value) in try mapping(item, what: "an entry of \(what)") {
                    switch key {
                    case "domainName":
                        domainName = try string(value, what: "domainName")
                    case "insecure":
                        guard case .bool(let flag) = KubernetesScalar.of(value, in: document) else {
                            throw error(at: value, "insecure must be true or false, found \(ValueDescription.describe(value, in: document))")
                        }
                        insecure = flag
                    default:
                        throw error(
                            at: keyNode, "unknown key \(ValueDescription.quote(key)) in an entry of \(what); valid keys are domainName, insecure",
                            nearest: key, in: ["domainName", "insecure"])
                    }
                }
                guard let domainName, !domainName.isEmpty else {
                    throw error(at: item, "an entry of \(what) needs a domainName: the registry's host, with an optional port (quay.io, *.example.com:5000)")
                }
                return (RegistryAllowList.Registry(domainName: domainName, insecure: insecure), item)
            }
            switch RegistryAllowList.make(registries.map(\.0)) {
            case .success(let list): return list
            case .failure(let failure):
                let item = registries.first { $0.0.domainName.split(separator: ":", omittingEmptySubsequences: false).count > 2 }?.1 ?? node
                throw error(at: item, failure.message)
            }
        }

        func overrides(_ node: NodeID) throws -> [Configuration.Override] {
            try list(node, what: "overrides").map { item in
                var files: [Glob] = []
                var rules: [String: RuleSetting] = [:]
                var apply: ApplyMode?
                var sawFiles = false
                for (key, keyNode, value) in try mapping(item, what: "an override") {
                    switch key {
                    case "files":
                        files = try globs(value, what: "files")
                        sawFiles = true
                    case "rules":
                        rules = try ruleSettings(value)
                    case "apply":
                        apply = try applyMode(value)
                    default:
                        throw error(
                            at: keyNode, "unknown key \(ValueDescription.quote(key)) in an override; valid keys are files, rules, apply", nearest: key,
                            in: ["files", "rules", "apply"])
                    }
                }
                guard sawFiles else { throw error(at: item, "an override needs files: the patterns it applies to") }
                return Configuration.Override(files: files, rules: rules, apply: apply)
            }
        }
    }
}
