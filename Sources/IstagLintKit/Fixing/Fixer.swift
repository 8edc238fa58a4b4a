import YAMLTree

/// `--fix`: applies the fixes of a file's findings in force, pass after pass, and keeps only
/// what leaves the file no worse.
///
/// The findings in force are the linter's (configuration, `--select`, `--ignore` and inline
/// suppressions are already applied) without those the baseline records. A pass applies every
/// fix of an allowed applicability that does not overlap an earlier one, then parses and lints
/// the result in memory: if it does not parse, or has a finding the file did not have (the
/// same rule at the same document and field path, counted), the pass tries each fix alone and
/// withholds the ones that do harm, saying why. Passes repeat until none changes anything, at
/// most `maxPasses`. A file that does not parse is not touched.
public struct Fixer: Sendable {
    /// The engine that lints each version of the file.
    public var linter: Linter
    /// The applicabilities applied: safe fixes, and unsafe ones under `--unsafe-fixes`.
    public var applicabilities: Set<FixApplicability>
    /// Findings recorded here are not fixed (`--baseline`).
    public var baseline: Baseline?

    /// The most passes over one file.
    public static let maxPasses = 10

    /// A fixer for the safe fixes, or the unsafe ones too.
    public init(linter: Linter, includingUnsafe: Bool, baseline: Baseline? = nil) {
        self.linter = linter
        self.applicabilities = includingUnsafe ? [.safe, .unsafe] : [.safe]
        self.baseline = baseline
    }

    /// Fixes one file's text; returns the outcome and the report of the text it ends with
    /// (the original's when nothing was applied).
    public func fix(_ bytes: [UInt8], file: String, selection: RuleSelection) -> (FixOutcome, FileReport) {
        var report = linter.lint(bytes, file: file, selection: selection)
        var current = bytes
        var fixedCount = 0
        var withheld: [WithheldFix] = []
        var refused: Set<String> = []
        for pass in 0..<Self.maxPasses {
            let chosen = SourceEdit.nonOverlapping(candidates(in: report, refused: refused)) { $0.fix }
            // The file is parsed apart only when there is something to fix.
            guard !chosen.isEmpty, pass > 0 || parses(bytes) else { break }
            let fixes = chosen.compactMap(\.fix)
            if case .better(let bytes, let next) = attempt(fixes, on: current, before: report, file: file, selection: selection) {
                (current, report) = (bytes, next)
                fixedCount += fixes.count
                continue
            }
            // The pass together made the file worse: each fix alone, from the same text.
            var harmless: [Fix] = []
            var firstAlone: ([UInt8], FileReport)?
            for diagnostic in chosen {
                guard let fix = diagnostic.fix else { continue }
                switch attempt([fix], on: current, before: report, file: file, selection: selection) {
                case .better(let bytes, let next):
                    harmless.append(fix)
                    if firstAlone == nil { firstAlone = (bytes, next) }
                case .worse(let reason):
                    refused.insert(Self.key(diagnostic))
                    withheld.append(WithheldFix(ruleId: diagnostic.ruleId, range: fix.range, path: diagnostic.path, reason: reason))
                }
            }
            guard let firstAlone else { continue }
            // Harmless alone, maybe not together: all of them if that holds, else the first.
            if harmless.count > 1, case .better(let bytes, let next) = attempt(harmless, on: current, before: report, file: file, selection: selection) {
                (current, report) = (bytes, next)
                fixedCount += harmless.count
            } else {
                (current, report) = firstAlone
                fixedCount += 1
            }
        }
        return (FixOutcome(original: bytes, fixed: current, fixedCount: fixedCount, withheld: withheld), report)
    }

    /// The findings in force with a fix of an applied applicability, not withheld before.
    private func candidates(in report: FileReport, refused: Set<String>) -> [Diagnostic] {
        var filter = baseline.map { BaselineFilter($0, standardInputName: nil) }
        let inForce = filter?.filter(report) ?? report
        return inForce.diagnostics.filter { diagnostic in
            guard let fix = diagnostic.fix else { return false }
            return applicabilities.contains(fix.applicability) && !refused.contains(Self.key(diagnostic))
        }
    }

    /// What applying some fixes gave: the text and its report, or why it is worse.
    private enum Attempt {
        case better([UInt8], FileReport)
        case worse(String)
    }

    /// The text with `fixes` applied and its report, or why it is worse than `before`.
    private func attempt(
        _ fixes: [Fix], on bytes: [UInt8], before: FileReport, file: String, selection: RuleSelection
    ) -> Attempt {
        guard let fixed = SourceEdit.applying(fixes, to: bytes), fixed != bytes else {
            return .worse("the fix changes nothing")
        }
        guard parses(fixed) else { return .worse("the fixed file would not parse") }
        let after = linter.lint(fixed, file: file, selection: selection)
        if let added = Self.firstAdded(after, comparedWith: before) {
            let place = added.path.isEmpty ? "" : " at \(added.path)"
            return .worse("the fixed file would have a new finding, \(added.ruleId)\(place): \(added.message)")
        }
        return .better(fixed, after)
    }

    /// Whether the text parses as YAML, as the linter reads it, and is the text the findings'
    /// offsets are in: a UTF-16 file is read through its UTF-8 transcoding, whose offsets are
    /// not the file's, so it is not fixed.
    private func parses(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= linter.parseOptions.maxFileSize, case .parse = ManifestClaim.early(bytes) else { return false }
        let parsed = YAMLParser.parse(bytes, options: linter.parseOptions)
        return parsed.problem == nil && parsed.source.bytes == bytes
    }

    /// The first finding of `after` that `before` does not have: findings are the same when
    /// their rule, document and field path are (positions move as fixes change lengths).
    private static func firstAdded(_ after: FileReport, comparedWith before: FileReport) -> Diagnostic? {
        var counts: [String: Int] = [:]
        for diagnostic in before.diagnostics { counts[identity(diagnostic), default: 0] += 1 }
        for diagnostic in after.diagnostics {
            let key = identity(diagnostic)
            guard let count = counts[key], count > 0 else { return diagnostic }
            counts[key] = count - 1
        }
        return nil
    }

    private static func identity(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.ruleId) \(diagnostic.document) \(diagnostic.path)"
    }

    /// A fix as it is remembered once withheld, wherever the fixes before it moved it: its
    /// finding's rule, document and field path, and what it writes.
    private static func key(_ diagnostic: Diagnostic) -> String {
        identity(diagnostic) + " " + (diagnostic.fix?.replacement ?? "")
    }
}
