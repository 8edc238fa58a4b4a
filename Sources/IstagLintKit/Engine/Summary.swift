/// The counts that close every report.
public struct Summary: Sendable, Hashable, Codable {
    /// Files read.
    public var files = 0
    /// Paths that could not be read.
    public var unreadable = 0
    /// Documents read, in all files.
    public var documents = 0
    /// ImageStreamTag objects linted.
    public var objects = 0
    /// Documents skipped because they are not ImageStreamTag manifests.
    public var skippedDocuments = 0
    /// Files read that are not manifests: they do not parse, are JSON with comments or
    /// templates, and name no kind istaglint lints (or are templates that do, reported once).
    /// They are counted among `files`; `--verbose` names each, with why.
    public var notManifests = 0
    /// Diagnostics of severity error.
    public var errors = 0
    /// Diagnostics of severity warning.
    public var warnings = 0
    /// Diagnostics of severity info.
    public var infos = 0
    /// Findings resolved by `--fix` (or that `--diff` would resolve); nil when the run does not
    /// fix. The other counts are of what remains.
    public var fixed: Int?
    /// Files whose fixed text could not be written back (they are reported as they stay);
    /// nil when there are none.
    public var unwritten: Int?

    /// An all-zero summary.
    public init() {}

    /// Adds a file's counts: the file, its documents, objects, skipped documents and findings.
    public mutating func count(_ file: FileReport) {
        files += 1
        documents += file.documentCount
        objects += file.objectCount
        skippedDocuments += file.skippedDocumentCount
        if file.notManifestReason != nil { notManifests += 1 }
        if let fixing = file.fixing {
            fixed = (fixed ?? 0) + fixing.fixedCount
            if fixing.writeFailure != nil { unwritten = (unwritten ?? 0) + 1 }
        }
        for index in file.diagnostics.indices {
            switch file.diagnostics.severity(at: index) {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// Whether any counted finding is at or above a severity.
    public func hasFindings(atOrAbove severity: Severity) -> Bool {
        switch severity {
        case .error: return errors > 0
        case .warning: return errors + warnings > 0
        case .info: return errors + warnings + infos > 0
        }
    }
}
