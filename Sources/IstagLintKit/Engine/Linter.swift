import YAMLTree

/// The engine: bytes in, sorted diagnostics out.
///
/// Parses a file into documents, finds the objects it lints, runs every rule in force,
/// applies inline suppressions, and turns findings into diagnostics with the rule's name and
/// the severity in force.
public struct Linter: Sendable {
    private let documentRules: [any DocumentRule]
    private let objectRules: [any ObjectRule]
    private let problemRules: [any ProblemRule]
    /// The rules' codes, read once: a description is a large value to copy for every file.
    private let documentRuleCodes: [String]
    private let objectRuleCodes: [String]
    /// The kinds each object rule checks.
    private let objectRuleKinds: [[ObjectKind]]
    private let problemRuleCodes: [String]
    private let namesByCode: [String: String]
    /// Every rule's description, for the default severities under an `apply:` mode.
    private let descriptions: [RuleDescription]
    /// The parser's limits.
    public let parseOptions: ParseOptions
    /// Whether `# istaglint:` comments are honoured.
    public let inlineSuppressions: Bool
    /// Whether file reports list their objects (JUnit needs them; other formats only count them).
    public var recordsObjects = true
    /// The most findings one file reports (after suppressions and configuration); the rest are
    /// counted in one `IST005` finding. Findings reached through aliases count once.
    public var maxFindingsPerFile = Linter.defaultMaxFindingsPerFile
    /// Whether file reports keep the file's text, to show the source line of each finding
    /// (text reports show them; other formats do not).
    public var keepsSourceText = true

    /// The default of `maxFindingsPerFile`.
    public static let defaultMaxFindingsPerFile = 1_000

    /// The code of the rule the engine reports suppression problems under.
    static let suppressionCode = SuppressionDirectiveRule().description.code
    /// The rule the engine reports templates under.
    static let templateRule = TemplatedManifestRule()
    static let duplicateTagRule = DuplicateTagRule()
    /// The rule the engine runs on every object when the configuration gives the cluster's
    /// allowed registries.
    static let registryRule = RegistryNotAllowedRule()
    /// The rule the engine reports a tracked tag that the run's stream lacks under.
    static let missingTagRule = MissingSourceTagRule()
    /// The code of the rule the engine reports the findings left out by the cap under.
    static let inputLimitCode = InputLimitRule().description.code

    /// Creates a linter with every rule.
    public init(parseOptions: ParseOptions = .default, inlineSuppressions: Bool = true) {
        self.init(
            problemRules: RuleCatalog.problemRules, documentRules: RuleCatalog.documentRules,
            objectRules: RuleCatalog.objectRules, all: RuleCatalog.all,
            parseOptions: parseOptions, inlineSuppressions: inlineSuppressions)
    }

    /// Creates a linter with a chosen set of rules.
    public init(rules: [any Rule], parseOptions: ParseOptions = .default, inlineSuppressions: Bool = true) {
        self.init(
            problemRules: rules.compactMap { $0 as? any ProblemRule }, documentRules: rules.compactMap { $0 as? any DocumentRule },
            objectRules: rules.compactMap { $0 as? any ObjectRule }, all: rules,
            parseOptions: parseOptions, inlineSuppressions: inlineSuppressions)
    }

    private init(
        problemRules: [any ProblemRule], documentRules: [any DocumentRule], objectRules: [any ObjectRule], all: [any Rule],
        parseOptions: ParseOptions, inlineSuppressions: Bool
    ) {
        self.problemRules = problemRules
        self.documentRules = documentRules
        self.objectRules = objectRules
        problemRuleCodes = problemRules.map(\.description.code)
        documentRuleCodes = documentRules.map(\.description.code)
        objectRuleCodes = objectRules.map(\.description.code)
        objectRuleKinds = objectRules.map(\.kinds)
        let descriptions = all.map(\.description)
        var names = Dictionary(descriptions.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        // The cap's finding is reported whichever rules were chosen, so its name is always known.
        let limit = InputLimitRule().description
        names[limit.code] = names[limit.code] ?? limit.name
        namesByCode = names
        self.descriptions = descriptions
        self.parseOptions = parseOptions
        self.inlineSuppressions = inlineSuppressions
    }

    /// Lints the bytes of one file; `file` is the name diagnostics carry. `severities` gives the
    /// severity of each rule in force for this file (from configuration); rules missing from it
    /// do not run. Nil runs every rule at its default severity under `applyMode`.
    public func lint(_ bytes: [UInt8], file: String, severities: [String: Severity]? = nil, applyMode: ApplyMode = .default) -> FileReport {
        lint(bytes, file: file, selection: selection(for: severities, applyMode: applyMode))
    }

    /// Lints the bytes of one file with the rules a selection puts in force.
    ///
    /// A file that is not istaglint's (see `ManifestClaim`) gets no finding and a report that
    /// says why it is not a manifest; a template that names a linted kind gets one
    /// `templated-manifest` finding and is not parsed.
    public func lint(_ bytes: [UInt8], file: String, selection: RuleSelection) -> FileReport {
        if bytes.count <= parseOptions.maxFileSize {
            switch ManifestClaim.early(bytes) {
            case .parse:
                break
            case .template(let expression):
                return templateReport(bytes, expression: expression, file: file, selection: selection)
            case .jsonComment(let offset):
                return report(for: Self.jsonCommentProblem(bytes, at: offset), file: file, selection: selection)
            }
        }
        return report(for: YAMLParser.parse(bytes, options: parseOptions), file: file, selection: selection)
    }

    /// The rules in force for a set of severities (nil: every rule at its default severity
    /// under the mode), as flags beside the rule lists: work it out once for files that share it.
    /// `configured` are the codes whose severity configuration sets: their severity is the same
    /// on every kind.
    public func selection(for severities: [String: Severity]?, configured: Set<String> = [], applyMode: ApplyMode = .default) -> RuleSelection {
        let inForce =
            severities
            ?? Dictionary(descriptions.map { ($0.code, $0.severity(under: applyMode)) }, uniquingKeysWith: { first, _ in first })
        var kindSeverities: [String: [String: Severity]] = [:]
        for rule in descriptions where !rule.severityByKind.isEmpty && inForce[rule.code] != nil && !configured.contains(rule.code) {
            kindSeverities[rule.code] = Dictionary(rule.severityByKind.map { ($0.name, $1) }, uniquingKeysWith: { first, _ in first })
        }
        return RuleSelection(
            applyMode: applyMode,
            severities: inForce,
            kindSeverities: kindSeverities,
            documentRules: documentRuleCodes.map { inForce[$0] != nil },
            objectRules: objectRuleCodes.map { inForce[$0] != nil },
            problemRules: problemRuleCodes.map { inForce[$0] != nil },
            reportsSuppressionProblems: inForce[Self.suppressionCode] != nil)
    }

    /// Runs the rules in force over a parsed file and applies its inline suppressions.
    private func report(for parsed: ParseResult, file: String, selection: RuleSelection) -> FileReport {
        let documentRuleInForce = selection.documentRules
        let objectRuleInForce = selection.objectRules
        var store = FindingStore()
        var objects: [ObjectSummary] = []
        var skipped = 0
        let duplicateTagSeverity = selection.severities[Self.duplicateTagRule.description.code]
        let missingTagSeverity = selection.severities[Self.missingTagRule.description.code]
        let comparesTags = duplicateTagSeverity != nil || missingTagSeverity != nil
        let allowedRegistries = selection.severities[Self.registryRule.description.code] == nil ? nil : selection.allowedRegistries
        var tags = FileTags()
        let folder = comparesTags ? PathArithmetic.directory(of: file) : ""
        for document in parsed.documents {
            guard let lintDocument = LintDocument(document, applyMode: selection.applyMode, partial: selection.objectsArePartial) else {
                skipped += 1
                continue
            }
            let firstObject = objects.count
            objects += lintDocument.objects.map { ObjectSummary(document: document.index, identity: $0.identity, range: document[$0.node].range) }
            // Rules are called in place (by index): iterating would copy each boxed rule.
            for index in documentRules.indices where documentRuleInForce[index] {
                let findings = lintDocument.keepingFixesOfWrittenText(documentRules[index].check(lintDocument))
                let owners = findings.map { Int32(Self.owner(of: $0, among: objects[firstObject...]) ?? -1) }
                store.append(findings, document: document.index, object: nil, owners: owners)
            }
            for (offset, object) in lintDocument.objects.enumerated() {
                for index in objectRules.indices where objectRuleInForce[index] && objectRuleKinds[index].contains(object.kind) {
                    let findings = lintDocument.keepingFixesOfWrittenText(objectRules[index].check(object))
                    store.append(findings, document: document.index, object: firstObject + offset)
                }
                if let allowedRegistries {
                    store.append(Self.registryRule.findings(for: object, allowedBy: allowedRegistries), document: document.index, object: firstObject + offset)
                }
                // A template's objects are made when it is processed, as often as it is: they
                // define no tag of their own.
                if comparesTags, lintDocument.template == nil {
                    let index = firstObject + offset
                    tags.definitions += TagDefinition.of(
                        object, index: index, document: document.index, file: file, folder: folder, severity: duplicateTagSeverity)
                    if let missingTagSeverity {
                        tags.sources += TagSource.of(object, index: index, document: document.index, file: file, folder: folder, severity: missingTagSeverity)
                        if let stream = StreamDefinition.of(object, index: index, file: file, folder: folder) { tags.streams.append(stream) }
                    }
                }
            }
        }
        // One tag defined twice in the file, a tag tracked that the file's stream lacks; the
        // run compares the files (`TagIndex`). An object the server refuses (an error about
        // it) says nothing.
        if !tags.isEmpty {
            let refused = store.objects { selection.severities[$0.code] == .error }
            if !refused.isEmpty { tags.removeAll(of: refused) }
        }
        for group in DuplicateTagRule.grouped(tags.definitions) {
            for (definition, finding) in Self.duplicateTagRule.findings(for: group, acrossFiles: false) {
                store.append([finding], document: definition.document, object: definition.object)
            }
        }
        for (source, finding) in Self.missingTagRule.findings(for: tags, acrossFiles: false) {
            store.append([finding], document: source.document, object: source.object)
        }
        if let reason = ManifestClaim.notManifestReason(parsed, file: file, lintedDocuments: parsed.documents.count - skipped) {
            return FileReport(
                file: file, diagnostics: DiagnosticList(), documentCount: 0, objects: [], objectCount: 0, skippedDocumentCount: 0,
                notManifestReason: reason)
        }
        if let problem = parsed.problem,
            let index = problemRules.indices.first(where: { selection.problemRules[$0] && problemRules[$0].problemKinds.contains(problem.kind) })
        {
            store.append(
                [Finding(code: problemRuleCodes[index], message: FindingMessage(problem.message), path: "", range: problem.range)],
                document: problem.documentIndex, object: nil)
        }
        if inlineSuppressions {
            SuppressionFilter.apply(
                SuppressionScanner.directives(in: parsed), to: &store, reportUnderCode: selection.reportsSuppressionProblems ? Self.suppressionCode : nil)
        }
        let documentCount = parsed.documents.count + (parsed.problem == nil ? 0 : 1)
        return finish(
            &store, file: file, source: parsed.source, objects: objects, selection: selection,
            documentCount: documentCount, skippedDocumentCount: skipped, tags: tags)
    }

    /// The report for a template that names a linted kind: one `templated-manifest` finding
    /// at its first expression, and nothing read as YAML. Inline suppressions of that rule are
    /// honoured, but no directive is reported (a template's directives are meant for what it
    /// renders); the file counts as not a manifest.
    private func templateReport(_ bytes: [UInt8], expression: Range<Int>, file: String, selection: RuleSelection) -> FileReport {
        let source = SourceText(bytes: bytes)
        let text = String(decoding: bytes[expression], as: UTF8.self)
        let range = SourceRange(start: source.mark(atByteOffset: expression.lowerBound), end: source.mark(atByteOffset: expression.upperBound))
        var store = FindingStore()
        store.append([Self.templateRule.finding(expression: text, range: range)], document: 0, object: nil)
        if inlineSuppressions {
            let unparsed = ParseResult(source: source, documents: [], problem: nil)
            SuppressionFilter.apply(SuppressionScanner.directives(in: unparsed), to: &store, reportUnderCode: nil)
        }
        let line = range.start.line
        return finish(
            &store, file: file, source: source, objects: [], selection: selection, documentCount: 0, skippedDocumentCount: 0,
            notManifestReason:
                "a template (\(ValueDescription.quote(text)) on line \(line)) that names a linted kind, reported as \(Self.templateRule.description.code) and not checked further"
        )
    }

    /// A file's findings turned into its report: the rules not in force dropped, sorted,
    /// aliases merged and the cap applied.
    private func finish(
        _ store: inout FindingStore, file: String, source: SourceText, objects: [ObjectSummary], selection: RuleSelection,
        documentCount: Int, skippedDocumentCount skipped: Int, notManifestReason: String? = nil, tags: FileTags = FileTags()
    ) -> FileReport {
        let inForce = selection.severities
        // Sorted, merged and capped as positions: the findings stay in the arrays the rules
        // returned them in, and become diagnostics only when a reporter reads them.
        store.removeAll { inForce[$0.code] == nil }
        store.sortByPosition()
        store.mergeAliases()
        let leftOutCount = store.count - max(0, maxFindingsPerFile)
        if let firstLeftOut = store.truncate(to: max(0, maxFindingsPerFile)) {
            store.append(
                [leftOutFinding(count: leftOutCount, firstAt: store[firstLeftOut].range.start)], document: store.document(at: firstLeftOut),
                object: store.object(at: firstLeftOut))
        }
        let diagnostics = DiagnosticList(
            store,
            context: .init(file: file, objects: objects.map(\.identity), names: namesByCode, severities: inForce, kindSeverities: selection.kindSeverities))
        return FileReport(
            file: file, diagnostics: diagnostics, source: keepsSourceText && !diagnostics.isEmpty ? source : nil, documentCount: documentCount,
            objects: recordsObjects ? objects : [], objectCount: objects.count, skippedDocumentCount: skipped, notManifestReason: notManifestReason,
            tags: tags)
    }

    /// The problem of a JSON text with a comment, as kubectl meets it: a file that starts with
    /// `{` is decoded as strict JSON, which stops at the comment.
    static func jsonCommentProblem(_ bytes: [UInt8], at offset: Int) -> ParseResult {
        let source = SourceText(bytes: bytes)
        let start = source.mark(atByteOffset: offset)
        let end = source.mark(atByteOffset: min(offset + 2, bytes.count))
        let problem = ParseProblem(
            kind: .syntax,
            message:
                "json has no comments: kubectl reads a file that starts with '{' as JSON and stops here (invalid character '/'); remove the comment, or write the manifest as YAML, where comments start with #",
            range: SourceRange(start: start, end: end), documentIndex: 0)
        return ParseResult(source: source, documents: [], problem: problem)
    }

    /// The report for a file larger than `parseOptions.maxFileSize`, made without reading it.
    public func report(forOversized file: String, size: Int, severities: [String: Severity]? = nil) -> FileReport {
        report(forOversized: file, size: size, selection: selection(for: severities))
    }

    /// The report for a file larger than `parseOptions.maxFileSize`, with the rules a selection puts in force.
    public func report(forOversized file: String, size: Int, selection: RuleSelection) -> FileReport {
        let problem = ParseProblem.fileTooLarge(size: size, limit: parseOptions.maxFileSize)
        let result = ParseResult(source: SourceText(bytes: []), documents: [], problem: problem)
        return report(for: result, file: file, selection: selection)
    }

    /// The report for standard input that went on past `parseOptions.maxFileSize`: reading
    /// stopped there, so its size is not known.
    public func report(forOversizedStandardInput name: String, selection: RuleSelection) -> FileReport {
        let limit = parseOptions.maxFileSize
        let problem = ParseProblem(
            kind: .sizeLimit,
            message: "standard input is more than \(limit) bytes, the most istaglint reads; it was not checked (raise the limit with --max-file-size)",
            range: SourceRange(at: Mark(line: 1, column: 1, offset: 0)), documentIndex: 0)
        return report(for: ParseResult(source: SourceText(bytes: []), documents: [], problem: problem), file: name, selection: selection)
    }

    /// The one finding that stands for those a file's cap left out, at the first one left out.
    /// It is an error whatever the severities left out (unless configuration sets `IST005`
    /// otherwise): they may hold errors, and nothing past the cap was reported.
    private func leftOutFinding(count left: Int, firstAt start: Mark) -> Finding {
        let limit = max(0, maxFindingsPerFile)
        return Finding(
            code: Self.inputLimitCode,
            message: FindingMessage(
                "\(left) more finding\(left == 1 ? " is" : "s are") not shown, from line \(start.line) on: "
                    + "a file reports at most \(limit) (raise the limit with --max-findings-per-file)"),
            path: "", range: SourceRange(at: start))
    }

    /// The index of the object whose mapping holds a finding's start, among a document's
    /// objects: a binary search, since they are in source order and do not overlap.
    static func owner(of finding: Finding, among objects: ArraySlice<ObjectSummary>) -> Int? {
        var low = objects.startIndex
        var high = objects.endIndex
        while low < high {
            let middle = (low + high) / 2
            if objects[middle].range.start <= finding.range.start { low = middle + 1 } else { high = middle }
        }
        guard low > objects.startIndex, finding.range.start <= objects[low - 1].range.end else { return nil }
        return low - 1
    }
}
