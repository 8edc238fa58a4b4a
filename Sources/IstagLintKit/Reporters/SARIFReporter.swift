/// The code-scanning format: one SARIF 2.1.0 log with one run, for GitHub code scanning and
/// every other SARIF viewer.
///
/// The driver lists every rule with its page as help; each result points at the exact range
/// (columns in Unicode code points, end exclusive, as SARIF counts them) and carries the
/// line-independent fingerprint the baseline uses, so an alert survives lines moving.
///
/// The log is written as the files are linted, one result at a time (see `JSONPieces`). Its
/// keys are sorted as a whole encoded log sorts them, except the run's `invocations`, which
/// comes after `results`: see `RunClosing`.
public struct SARIFReporter: StreamingReporter {
    /// The `$schema` the log names.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of the fingerprint in each result's `partialFingerprints`; the suffix is the
    /// version of `Fingerprint.identity`, to change if the identity ever changes.
    public static let fingerprintKey = "istaglint/v1"
    /// The base that relative artifact URIs are resolved against.
    public static let sourceRootBaseID = "%SRCROOT%"

    /// The rules the driver describes, in the order `ruleIndex` counts them.
    public let rules: [RuleDescription]

    /// Creates a SARIF reporter describing these rules (normally every rule of the catalogue).
    public init(rules: [RuleDescription]) {
        self.rules = rules
    }

    /// The log up to the `results` key of its one run: `$schema`, then the run's
    /// `columnKind` and `originalUriBaseIds`.
    public func writeOpening(to output: inout some TextOutputStream) {
        let pieces = JSONPieces()
        output.write("{\n" + pieces.members(of: LogOpening(), depth: 1) + ",\n  \"runs\" : [\n    {\n")
        output.write(pieces.members(of: RunOpening(), depth: 3) + ",\n      \"results\" : [")
    }

    /// Each diagnostic of the file as a result, numbering fingerprints as the baseline does.
    public func write(file: FileReport, progress: inout StreamProgress, to output: inout some TextOutputStream) {
        guard !file.diagnostics.isEmpty else { return }
        let indexByCode = Dictionary(rules.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let pieces = JSONPieces()
        for diagnostic in file.diagnostics {
            let fingerprint = progress.fingerprints.fingerprint(of: diagnostic)
            output.write(progress.diagnosticsWritten == 0 ? "\n" : ",\n")
            output.write(pieces.element(result(for: diagnostic, fingerprint: fingerprint, ruleIndex: indexByCode[diagnostic.ruleId]), depth: 4))
            progress.diagnosticsWritten += 1
        }
    }

    /// The end of `results`, then the run's `invocations` (which say whether every path
    /// could be read) and `tool`, and the log's `version`.
    public func writeClosing(summary: Summary, readFailures: [ReadFailure], progress: StreamProgress, to output: inout some TextOutputStream) {
        let notifications = readFailures.map { failure in
            NotificationObject(
                level: "error",
                message: Message(text: "cannot read \(failure.path): \(failure.reason)"),
                locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: SARIFReporter.artifactLocation(for: failure.path), region: nil))])
        }
        let closing = RunClosing(
            invocations: [Invocation(executionSuccessful: readFailures.isEmpty, toolExecutionNotifications: notifications.isEmpty ? nil : notifications)],
            tool: Tool(driver: Driver(rules: rules.map(SARIFReporter.descriptor))))
        let pieces = JSONPieces()
        output.write(JSONPieces.arrayEnd(depth: 3, isEmpty: progress.diagnosticsWritten == 0) + ",\n")
        output.write(pieces.members(of: closing, depth: 3) + "\n    }\n  ],\n")
        output.write(pieces.members(of: LogClosing(), depth: 1) + "\n}\n")
    }

    // MARK: - Building the log

    private func result(for diagnostic: Diagnostic, fingerprint: String, ruleIndex: Int?) -> ResultObject {
        ResultObject(
            ruleId: diagnostic.ruleId,
            ruleIndex: ruleIndex,
            level: SARIFReporter.level(diagnostic.severity),
            message: Message(text: diagnostic.message),
            locations: [
                Location(
                    physicalLocation: PhysicalLocation(
                        artifactLocation: SARIFReporter.artifactLocation(for: diagnostic.file),
                        region: SARIFReporter.region(
                            diagnostic.range.start.line, diagnostic.range.start.column, diagnostic.range.end.line, diagnostic.range.end.column)))
            ],
            relatedLocations: diagnostic.related.map { related in
                related.enumerated().map { index, location in
                    RelatedLocationObject(
                        id: index + 1,
                        physicalLocation: PhysicalLocation(
                            artifactLocation: SARIFReporter.artifactLocation(for: location.file),
                            region: SARIFReporter.region(
                                location.range.start.line, location.range.start.column, location.range.end.line, location.range.end.column)),
                        message: Message(text: location.message))
                }
            },
            partialFingerprints: [SARIFReporter.fingerprintKey: fingerprint],
            properties: ResultProperties(fieldPath: diagnostic.path, document: diagnostic.document, object: diagnostic.object))
    }

    static func descriptor(_ rule: RuleDescription) -> ReportingDescriptor {
        let page = RulePage.markdown(for: rule)
        var tags = rule.tags
        if !tags.contains(rule.family) { tags.append(rule.family) }
        return ReportingDescriptor(
            id: rule.code,
            name: rule.name,
            shortDescription: Message(text: rule.summary),
            fullDescription: Message(text: firstParagraph(of: rule.rationale)),
            help: MultiformatMessage(text: withoutGeneratedComment(page), markdown: page),
            defaultConfiguration: Configuration(level: level(rule.severity)),
            properties: RuleProperties(tags: tags, securitySeverity: rule.tags.contains("security") ? securitySeverity(rule.severity) : nil))
    }

    /// SARIF's level for a severity: `info` is a `note`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// The CVSS-like score GitHub ranks security alerts by (≥ 9 critical, ≥ 7 high, ≥ 4
    /// medium): a security rule that warns is high, since it lets someone else choose the image.
    static func securitySeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "8.5"
        case .warning: return "7.5"
        case .info: return "4.0"
        }
    }

    /// A valid SARIF text region: 1-based lines and columns, the end column exclusive; an
    /// empty range stays an empty region (an insertion point), never an inverted one.
    static func region(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> Region {
        let startLine = max(1, startLine)
        let startColumn = max(1, startColumn)
        let endLine = max(startLine, endLine)
        let endColumn = endLine == startLine ? max(startColumn, endColumn) : max(1, endColumn)
        return Region(startLine: startLine, startColumn: startColumn, endLine: endLine, endColumn: endColumn)
    }

    static func firstParagraph(of markdown: String) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var paragraph: [Substring] = []
        for line in lines {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if paragraph.isEmpty { continue }
                break
            }
            paragraph.append(line)
        }
        return paragraph.joined(separator: "\n")
    }

    static func withoutGeneratedComment(_ page: String) -> String {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !($0.hasPrefix("<!--") && $0.hasSuffix("-->")) }
        var text = lines.joined(separator: "\n")
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }

    // MARK: - Paths as URIs

    /// The artifact location of a path as given: a relative path stays relative to
    /// `%SRCROOT%` (forward slashes, `.` segments dropped, percent-encoded); an absolute path
    /// becomes a `file://` URI; any other name (standard input's) is encoded like a relative path.
    static func artifactLocation(for path: String) -> ArtifactLocation {
        if let absolute = absoluteFileURI(path) {
            return ArtifactLocation(uri: absolute, uriBaseId: nil, description: nil)
        }
        return ArtifactLocation(uri: relativeURI(path), uriBaseId: sourceRootBaseID, description: nil)
    }

    static func relativeURI(_ path: String) -> String {
        let segments = separated(path).filter { !$0.isEmpty && $0 != "." }
        return segments.isEmpty ? "." : segments.map(percentEncoded).joined(separator: "/")
    }

    static func absoluteFileURI(_ path: String) -> String? {
        let normalised = separated(path)
        #if os(Windows)
            if let drive = normalised.first, drive.count == 2, drive.last == ":", drive.first?.isLetter == true {
                let rest = normalised.dropFirst().filter { !$0.isEmpty && $0 != "." }
                return "file:///" + drive + "/" + rest.map(percentEncoded).joined(separator: "/")
            }
        #endif
        guard normalised.count > 1, normalised[0].isEmpty else { return nil }
        let rest = normalised.dropFirst().filter { !$0.isEmpty && $0 != "." }
        return "file:///" + rest.map(percentEncoded).joined(separator: "/")
    }

    /// The path's segments; on Windows a backslash separates too, elsewhere it is part of a name.
    private static func separated(_ path: String) -> [String] {
        #if os(Windows)
            let separators: Set<Character> = ["/", "\\"]
        #else
            let separators: Set<Character> = ["/"]
        #endif
        return path.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }).map(String.init)
    }

    /// A path segment with every byte outside RFC 3986's unreserved set percent-encoded, so
    /// `:` in a first segment cannot read as a scheme and no consumer can misread `+` or `;`.
    static func percentEncoded(_ segment: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var encoded = ""
        for byte in segment.utf8 {
            let isUnreserved =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if isUnreserved {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%"
                encoded.append(hex[Int(byte >> 4)])
                encoded.append(hex[Int(byte & 0x0F)])
            }
        }
        return encoded
    }

    // MARK: - The SARIF 2.1.0 objects istaglint writes

    /// The log's members before `runs`.
    struct LogOpening: Encodable {
        var schema = SARIFReporter.schemaURI

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
        }
    }

    /// The log's members after `runs`.
    struct LogClosing: Encodable {
        var version = "2.1.0"
    }

    /// The run's members before `results`.
    struct RunOpening: Encodable {
        var columnKind = "unicodeCodePoints"
        var originalUriBaseIds = [
            SARIFReporter.sourceRootBaseID: ArtifactLocation(
                uri: nil, uriBaseId: nil,
                description: Message(text: "The directory istaglint ran in: relative paths are as given on its command line."))
        ]
    }

    /// The run's members after `results`: `invocations`, then `tool`.
    ///
    /// `invocations` comes last but one, not in its sorted place before `originalUriBaseIds`,
    /// because it says whether every path could be read (`executionSuccessful`, a notification
    /// per unreadable path), which is known only when the run ends, after every result has
    /// been written. JSON members have no order, so SARIF readers are not affected.
    struct RunClosing: Encodable {
        var invocations: [Invocation]
        var tool: Tool
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = ToolInfo.name
        var version = ToolInfo.version
        var semanticVersion = ToolInfo.version
        var informationUri = ToolInfo.informationURI
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        var tags: [String]
        var securitySeverity: String?

        enum CodingKeys: String, CodingKey {
            case tags
            case securitySeverity = "security-severity"
        }
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [NotificationObject]?
    }

    struct NotificationObject: Encodable {
        var level: String
        var message: Message
        var locations: [Location]
    }

    struct ResultObject: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [RelatedLocationObject]?
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    struct RelatedLocationObject: Encodable {
        var id: Int
        var physicalLocation: PhysicalLocation
        var message: Message
    }

    struct ResultProperties: Encodable {
        var fieldPath: String
        var document: Int
        var object: ObjectIdentity?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String?
        var uriBaseId: String?
        var description: Message?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }
}
