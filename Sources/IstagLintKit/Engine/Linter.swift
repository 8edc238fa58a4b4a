import YAMLTree

/// The engine: bytes in, sorted diagnostics out.
///
/// Parses a file into documents, finds the ImageStreamTag objects, runs every rule in force,
/// applies inline suppressions, and turns findings into diagnostics with the rule's name and
/// the severity in force.
public struct Linter: Sendable {
    private let documentRules: [any DocumentRule]
    private let objectRules: [any ObjectRule]
    private let problemRules: [any ProblemRule]
    /// The rules' codes, read once: a description is a large value to copy for every file.
    private let documentRuleCodes: [String]
    private let objectRuleCodes: [String]
    private let problemRuleCodes: [String]
    private let namesByCode: [String: String]
    /// Every rule's default severity under each `apply:` mode.
    private let defaultSeverities: [ApplyMode: [String: Severity]]
    /// The parser's limits.
    public let parseOptions: ParseOptions
    /// Whether `# istaglint:` comments are honoured.
    public let inlineSuppressions: Bool
    /// Whether file reports list their objects (JUnit needs them; other formats only count them).
    public var recordsObjects = true
    /// The most findings one file reports (after suppressions and configuration); the rest are
    /// counted in one `IST005` finding. Findings reached through aliases count once.
    public var maxFindingsPerFile = Linter.defaultMaxFindingsPerFile

    /// The default of `maxFindingsPerFile`.
    public static let defaultMaxFindingsPerFile = 1_000

    /// The code of the rule the engine reports suppression problems under.
    static let suppressionCode = SuppressionDirectiveRule().description.code
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
        namesByCode = Dictionary(all.map { ($0.description.code, $0.description.name) }, uniquingKeysWith: { first, _ in first })
        let descriptions = all.map(\.description)
        defaultSeverities = Dictionary(uniqueKeysWithValues: ApplyMode.allCases.map { mode in
            (mode, Dictionary(descriptions.map { ($0.code, $0.severity(under: mode)) }, uniquingKeysWith: { first, _ in first }))
        })
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
    public func lint(_ bytes: [UInt8], file: String, selection: RuleSelection) -> FileReport {
        report(for: YAMLParser.parse(bytes, options: parseOptions), file: file, selection: selection)
    }

    /// The rules in force for a set of severities (nil: every rule at its default severity
    /// under the mode), as flags beside the rule lists: work it out once for files that share it.
    public func selection(for severities: [String: Severity]?, applyMode: ApplyMode = .default) -> RuleSelection {
        let inForce = severities ?? defaultSeverities[applyMode] ?? [:]
        return RuleSelection(
            applyMode: applyMode,
            severities: inForce,
            documentRules: documentRuleCodes.map { inForce[$0] != nil },
            objectRules: objectRuleCodes.map { inForce[$0] != nil },
            problemRules: problemRuleCodes.map { inForce[$0] != nil },
            reportsSuppressionProblems: inForce[Self.suppressionCode] != nil)
    }

    /// Runs the rules in force over a parsed file and applies its inline suppressions.
    private func report(for parsed: ParseResult, file: String, selection: RuleSelection) -> FileReport {
        let inForce = selection.severities
        let documentRuleInForce = selection.documentRules
        let objectRuleInForce = selection.objectRules
        var located: [(finding: Finding, document: Int, object: ObjectIdentity?)] = []
        var objects: [ObjectSummary] = []
        var skipped = 0
        for document in parsed.documents {
            guard let lintDocument = LintDocument(document, applyMode: selection.applyMode) else {
                skipped += 1
                continue
            }
            let summaries = lintDocument.objects.map { ObjectSummary(document: document.index, identity: $0.identity, range: document[$0.node].range) }
            objects += summaries
            // Rules are called in place (by index): iterating would copy each boxed rule.
            for index in documentRules.indices where documentRuleInForce[index] {
                for finding in documentRules[index].check(lintDocument) {
                    located.append((finding, document.index, Self.owner(of: finding, among: summaries)?.identity))
                }
            }
            for object in lintDocument.objects {
                for index in objectRules.indices where objectRuleInForce[index] {
                    for finding in objectRules[index].check(object) { located.append((finding, document.index, object.identity)) }
                }
            }
        }
        if let problem = parsed.problem,
            let index = problemRules.indices.first(where: { selection.problemRules[$0] && problemRules[$0].problemKinds.contains(problem.kind) }) {
            located.append((Finding(code: problemRuleCodes[index], message: problem.message, path: "", range: problem.range), problem.documentIndex, nil))
        }
        if inlineSuppressions {
            located = SuppressionFilter.apply(SuppressionScanner.directives(in: parsed), to: located, reportUnderCode: selection.reportsSuppressionProblems ? Self.suppressionCode : nil)
        }
        // Sorted, merged and capped while they are findings, in place: only the findings kept
        // become diagnostics, so a file with a million findings holds one array of them, not three.
        located.removeAll { inForce[$0.finding.code] == nil }
        // Swift's sort is stable: findings of one rule at one place keep the order the rule
        // gave them, which is the server's order.
        located.sort { lhs, rhs in
            if lhs.finding.range.start.offset != rhs.finding.range.start.offset { return lhs.finding.range.start.offset < rhs.finding.range.start.offset }
            return lhs.finding.code < rhs.finding.code
        }
        Self.mergeAliases(&located)
        var leftOut: (count: Int, first: (finding: Finding, document: Int, object: ObjectIdentity?))?
        if located.count > max(0, maxFindingsPerFile) {
            let limit = max(0, maxFindingsPerFile)
            leftOut = (located.count - limit, located[limit])
            located.removeSubrange(limit...)
        }
        var diagnostics = located.map { item in
            Diagnostic(
                file: file, document: item.document, object: item.object, ruleId: item.finding.code,
                ruleName: namesByCode[item.finding.code] ?? item.finding.code, severity: inForce[item.finding.code] ?? .error,
                message: item.finding.message, path: item.finding.path, range: item.finding.range, fix: item.finding.fix)
        }
        located = []
        if let leftOut { diagnostics.append(leftOutDiagnostic(count: leftOut.count, first: leftOut.first, file: file, severities: inForce)) }
        let documentCount = parsed.documents.count + (parsed.problem == nil ? 0 : 1)
        var excerpts: [Int: Excerpt] = [:]
        var notText: Set<Int> = []
        for diagnostic in diagnostics where excerpts[diagnostic.range.start.offset] == nil && !notText.contains(diagnostic.range.start.offset) {
            if let excerpt = Excerpt(around: diagnostic.range.start, in: parsed.source) {
                excerpts[diagnostic.range.start.offset] = excerpt
            } else {
                notText.insert(diagnostic.range.start.offset)
            }
        }
        return FileReport(
            file: file, diagnostics: diagnostics, excerpts: excerpts, documentCount: documentCount,
            objects: recordsObjects ? objects : [], objectCount: objects.count, skippedDocumentCount: skipped)
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

    /// Sorted findings, in place, with those that aliases (and merge keys) repeat reported once:
    /// nodes are never copied, so a finding about an aliased node has the anchored node's
    /// range in every place that uses it, and differs only in its path. Findings of one rule
    /// with the same range and the same message once their path is taken out are merged into
    /// the first (the first place, in the order the rule gave them), which says how many more
    /// places there are. Findings with the same path too are left alone: they are not repeats
    /// through aliases.
    static func mergeAliases(_ located: inout [(finding: Finding, document: Int, object: ObjectIdentity?)]) {
        var write = 0
        var start = 0
        while start < located.count {
            // Sorted by start and rule: a run of one rule at one start is contiguous.
            var end = start + 1
            while end < located.count, located[end].finding.range.start.offset == located[start].finding.range.start.offset,
                located[end].finding.code == located[start].finding.code {
                end += 1
            }
            if end - start == 1 {
                located.swapAt(write, start)
                write += 1
            } else {
                let first = write
                var firstByKey: [String: Int] = [:]
                var repeats: [Int: Int] = [:]
                for index in start..<end {
                    let finding = located[index].finding
                    let text = finding.path.isEmpty ? finding.message : finding.message.replacing(finding.path, with: "\u{0}")
                    let key = "\(finding.range.end.offset)\u{0}\(text)"
                    if let kept = firstByKey[key], located[kept].finding.path != finding.path {
                        repeats[kept, default: 0] += 1
                    } else {
                        if firstByKey[key] == nil { firstByKey[key] = write }
                        located.swapAt(write, index)
                        write += 1
                    }
                }
                for (index, count) in repeats where index >= first {
                    located[index].finding.message += " (and \(count) more place\(count == 1 ? "" : "s") through aliases)"
                }
            }
            start = end
        }
        located.removeSubrange(write...)
    }
    /// The first `maxFindingsPerFile` diagnostics and one `IST005` error that counts the rest.
    /// It is an error whatever the severities left out (unless configuration sets `IST005`
    /// otherwise): they may hold errors, and nothing past the cap was reported.
    /// The one finding that stands for those a file's cap left out.
    private func leftOutDiagnostic(
        count left: Int, first firstLeft: (finding: Finding, document: Int, object: ObjectIdentity?), file: String, severities: [String: Severity]
    ) -> Diagnostic {
        let limit = max(0, maxFindingsPerFile)
        let code = Self.inputLimitCode
        return Diagnostic(
            file: file, document: firstLeft.document, object: firstLeft.object, ruleId: code,
            ruleName: namesByCode[code] ?? InputLimitRule().description.name, severity: severities[code] ?? .error,
            message: "\(left) more finding\(left == 1 ? " is" : "s are") not shown, from line \(firstLeft.finding.range.start.line) on: "
                + "a file reports at most \(limit) (raise the limit with --max-findings-per-file)",
            path: "", range: SourceRange(at: firstLeft.finding.range.start), fix: nil)
    }
    /// The object of a document whose mapping holds a finding's start: a binary search, since
    /// a document's objects are in source order and do not overlap.
    static func owner(of finding: Finding, among objects: [ObjectSummary]) -> ObjectSummary? {
        var low = 0
        var high = objects.count
        while low < high {
            let middle = (low + high) / 2
            if objects[middle].range.start <= finding.range.start { low = middle + 1 } else { high = middle }
        }
        guard low > 0, finding.range.start <= objects[low - 1].range.end else { return nil }
        return objects[low - 1]
    }
}
