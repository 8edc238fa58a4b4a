import YAMLTree

/// Applies inline suppressions to a file's findings, and reports directives that are unreadable,
/// name unknown rules, or suppress nothing.
enum SuppressionFilter {
    /// Drops the findings the directives suppress, and adds findings about the directives
    /// under `reportUnderCode` (nil when that rule is off).
    static func apply(_ directives: [SuppressionDirective], to findings: inout FindingStore, reportUnderCode code: String?) {
        guard !directives.isEmpty else { return }
        var used = Array(repeating: Set<String>(), count: directives.count)
        var usedWithoutSelector = Array(repeating: false, count: directives.count)
        // The directives that reach each line, and those that reach the whole file: a finding
        // looks only at its own line's, so many directives and findings cost their sum.
        var byLine: [Int: [Int]] = [:]
        var wholeFile: [Int] = []
        for (index, directive) in directives.enumerated() {
            switch directive.scope {
            case .file: wholeFile.append(index)
            case .line, .nextLine: byLine[directive.targetLine, default: []].append(index)
            case nil: continue
            }
        }
        let noDirectives: [Int] = []
        findings.removeAll { finding in
            var suppressed = false
            for group in [wholeFile, byLine[finding.range.start.line] ?? noDirectives] {
                for index in group {
                    let directive = directives[index]
                    if directive.selectors.isEmpty {
                        usedWithoutSelector[index] = true
                        suppressed = true
                    } else if let selector = directive.selectors.first(where: { $0.codes.contains(finding.code) }) {
                        used[index].insert(selector.text)
                        suppressed = true
                    }
                }
            }
            return suppressed
        }
        guard let code else { return }
        var reports: [Finding] = []
        func report(_ message: String, _ range: SourceRange) {
            reports.append(Finding(code: code, message: FindingMessage(message), path: "", range: range))
        }
        for (index, directive) in directives.enumerated() {
            guard directive.scope != nil else {
                let known = "disable-next-line, disable-line or disable-file"
                var message = "unknown istaglint directive \(ValueDescription.quote(directive.action)): write \(known)"
                if let nearest = EditDistance.nearest(to: directive.action, in: SuppressionDirective.Scope.allCases.map(\.rawValue)) {
                    message += "; did you mean \(ValueDescription.quote(nearest))"
                }
                report(message, directive.range)
                continue
            }
            for selector in directive.selectors where selector.codes.isEmpty {
                var message =
                    "the directive names the unknown rule \(ValueDescription.quote(selector.text)); write a code (IST501), a name (insecure-import) or a family (IST5)"
                let candidates = RuleCatalog.all.flatMap { [$0.description.code, $0.description.name] }
                if let nearest = EditDistance.nearest(to: selector.text, in: candidates) { message += "; did you mean \(ValueDescription.quote(nearest))" }
                report(message, selector.range)
            }
            if directive.selectors.isEmpty {
                if !usedWithoutSelector[index] { report("this \(directive.action) directive suppresses nothing; remove it", directive.range) }
            } else {
                for selector in directive.selectors where !selector.codes.isEmpty && !used[index].contains(selector.text) {
                    report(
                        "\(directive.action) \(selector.text) suppresses nothing: no \(selector.text) finding \(directive.scope == .file ? "in this file" : "on line \(directive.targetLine)"); remove it",
                        selector.range)
                }
            }
        }
        findings.append(reports, document: 0, object: nil)
    }
}
