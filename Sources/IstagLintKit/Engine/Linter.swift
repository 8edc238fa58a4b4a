import YAMLTree

/// The engine: bytes in, sorted diagnostics out.
///
/// Parses a file into documents, finds the ImageStreamTag objects, runs every rule and
/// turns findings into diagnostics with the rule's name and severity.
public struct Linter: Sendable {
    private let problemRules: [any ProblemRule]
    private let documentRules: [any DocumentRule]
    private let objectRules: [any ObjectRule]
    private let namesByCode: [String: String]
    private let severitiesByCode: [String: Severity]
    /// The parser's limits.
    public let parseOptions: ParseOptions

    /// Creates a linter with a set of rules (all of them by default).
    public init(rules: [any Rule] = RuleCatalog.all, parseOptions: ParseOptions = .default) {
        problemRules = rules.compactMap { $0 as? any ProblemRule }
        documentRules = rules.compactMap { $0 as? any DocumentRule }
        objectRules = rules.compactMap { $0 as? any ObjectRule }
        namesByCode = Dictionary(rules.map { ($0.description.code, $0.description.name) }, uniquingKeysWith: { first, _ in first })
        severitiesByCode = Dictionary(rules.map { ($0.description.code, $0.description.severity) }, uniquingKeysWith: { first, _ in first })
        self.parseOptions = parseOptions
    }

    /// Lints the bytes of one file; `file` is the name diagnostics carry.
    public func lint(_ bytes: [UInt8], file: String) -> FileReport {
        let parsed = YAMLParser.parse(bytes, options: parseOptions)
        var diagnostics: [Diagnostic] = []
        var objectCount = 0
        var skipped = 0
        for document in parsed.documents {
            guard let lintDocument = LintDocument(document) else {
                skipped += 1
                continue
            }
            objectCount += lintDocument.objects.count
            var findings: [Finding] = []
            for rule in documentRules { findings += rule.check(lintDocument) }
            for object in lintDocument.objects {
                for rule in objectRules { findings += rule.check(object) }
            }
            for finding in findings {
                let owner = lintDocument.objects.last { object in
                    let range = document[object.node].range
                    return range.start <= finding.range.start && finding.range.start <= range.end
                }
                diagnostics.append(diagnostic(for: finding, file: file, document: document.index, object: owner?.identity))
            }
        }
        if let problem = parsed.problem,
            let rule = problemRules.first(where: { $0.problemKinds.contains(problem.kind) }) {
            let finding = Finding(code: rule.description.code, message: problem.message, path: "", range: problem.range)
            diagnostics.append(diagnostic(for: finding, file: file, document: problem.documentIndex, object: nil))
        }
        // Swift's sort is stable: findings of one rule at one place keep the order the rule
        // gave them, which is the server's order.
        diagnostics.sort { lhs, rhs in
            if lhs.range.start.offset != rhs.range.start.offset { return lhs.range.start.offset < rhs.range.start.offset }
            return lhs.ruleId < rhs.ruleId
        }
        let documentCount = parsed.documents.count + (parsed.problem == nil ? 0 : 1)
        return FileReport(
            file: file, source: parsed.source, diagnostics: diagnostics,
            documentCount: documentCount, objectCount: objectCount, skippedDocumentCount: skipped)
    }

    private func diagnostic(for finding: Finding, file: String, document: Int, object: ObjectIdentity?) -> Diagnostic {
        Diagnostic(
            file: file, document: document, object: object, ruleId: finding.code,
            ruleName: namesByCode[finding.code] ?? finding.code,
            severity: severitiesByCode[finding.code] ?? .error,
            message: finding.message, path: finding.path, range: finding.range, fix: finding.fix)
    }
}
