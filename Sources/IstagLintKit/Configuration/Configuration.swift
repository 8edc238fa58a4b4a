/// What `.istaglint.yaml` and the command line say about a run: which rules report at which
/// severity, which files to leave alone, and what makes the run fail.
public struct Configuration: Sendable {
    /// One `overrides` entry: rule settings for the files that match.
    public struct Override: Sendable {
        /// The patterns, relative to the configuration file's directory.
        public var files: [Glob]
        /// Rule settings by code.
        public var rules: [String: RuleSetting]
        /// How these files are applied, when it differs from the rest.
        public var apply: ApplyMode?

        /// Creates an override.
        public init(files: [Glob], rules: [String: RuleSetting], apply: ApplyMode? = nil) {
            self.files = files
            self.rules = rules
            self.apply = apply
        }
    }

    /// The directory paths in the file are relative to (the file's own directory), as an absolute path.
    public var baseDirectory: String
    /// The lowest severity that fails the run, when the file sets one.
    public var failOn: Severity?
    /// How the manifests are applied (`apply:`), when the file sets it.
    public var apply: ApplyMode?
    /// The mode `--apply` names: wins over the file and its overrides.
    public var forcedApply: ApplyMode?
    /// Rule settings by code, for every file.
    public var rules: [String: RuleSetting] = [:]
    /// Files not to lint.
    public var exclude: [Glob] = []
    /// Rule settings for some files, applied after `rules`, later entries winning.
    public var overrides: [Override] = []
    /// The cluster's `allowedRegistriesForImport`, when the file gives it: every import from a
    /// registry outside it is refused (IST214). Nil: every registry is allowed, as on a cluster
    /// that sets none.
    public var allowedRegistriesForImport: RegistryAllowList?
    /// Codes `--select` names: when set, only these rules run. Wins over the file.
    public var selected: Set<String>?
    /// Codes `--ignore` names: never run. Wins over the file and `--select`.
    public var ignored: Set<String> = []

    /// A configuration with no file: every rule at its default severity.
    public init(baseDirectory: String) {
        self.baseDirectory = baseDirectory
    }

    /// The path of a file relative to the base directory, with `/` separators, or nil when it
    /// lies outside it.
    public func relativePath(of path: String, workingDirectory: String) -> String? {
        let absolute = PathArithmetic.absolute(path, from: workingDirectory)
        let base = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
        if absolute == baseDirectory { return "" }
        guard absolute.hasPrefix(base) else { return nil }
        return String(absolute.dropFirst(base.count))
    }

    /// Whether a file is excluded.
    public func isExcluded(_ path: String, workingDirectory: String) -> Bool {
        guard !exclude.isEmpty, let relative = relativePath(of: path, workingDirectory: workingDirectory) else { return false }
        return exclude.contains { $0.matches(relative) }
    }

    /// How one file is applied: `--apply`, else the last override that matches it and sets
    /// `apply`, else the file's `apply`, else the default (client-side `oc apply`).
    public func applyMode(for path: String, workingDirectory: String) -> ApplyMode {
        if let forcedApply { return forcedApply }
        var mode = apply ?? .default
        if let relative = relativePath(of: path, workingDirectory: workingDirectory) {
            for override in overrides where override.apply != nil && override.files.contains(where: { $0.matches(relative) }) {
                mode = override.apply ?? mode
            }
        }
        return mode
    }

    /// The rule settings of one file: the file's, then those of each override that matches it.
    private func settings(for path: String, workingDirectory: String) -> [String: RuleSetting] {
        var settings = rules
        if let relative = relativePath(of: path, workingDirectory: workingDirectory) {
            for override in overrides where override.files.contains(where: { $0.matches(relative) }) {
                settings.merge(override.rules) { _, new in new }
            }
        }
        return settings
    }

    /// The codes whose severity configuration sets for one file: their findings take it on
    /// every kind (see `RuleDescription.severityByKind`).
    public func configuredSeverities(for path: String, workingDirectory: String) -> Set<String> {
        Set(
            settings(for: path, workingDirectory: workingDirectory).compactMap { code, setting in
                if case .severity = setting { code } else { nil }
            })
    }

    /// The severity each rule reports at in one file, nil for rules that are off. A rule that
    /// is not configured reports at its default severity under the file's `apply:` mode.
    public func severities(for path: String, workingDirectory: String, rules catalog: [RuleDescription]) -> [String: Severity] {
        let settings = settings(for: path, workingDirectory: workingDirectory)
        let mode = applyMode(for: path, workingDirectory: workingDirectory)
        var result: [String: Severity] = [:]
        for rule in catalog {
            let code = rule.code
            if ignored.contains(code) { continue }
            if let selected {
                guard selected.contains(code) else { continue }
                if case .severity(let severity)? = settings[code] { result[code] = severity } else { result[code] = rule.severity(under: mode) }
                continue
            }
            switch settings[code] {
            case .off?: continue
            case .severity(let severity)?: result[code] = severity
            case nil: result[code] = rule.severity(under: mode)
            }
        }
        return result
    }
}
