import IstagLintKit
import YAMLTree

/// The fixing fuzzer's checks (`fuzz/run.sh SECONDS fix`): each input is fixed with the unsafe
/// fixes too, and the three properties of `--fix` must hold, or the run stops as on a crash:
/// fixing again changes nothing, the fixed text parses when the input did, and it has no
/// finding the input did not have (the same rule, document and field path, counted).
enum FixProperties {
    static func check(_ bytes: [UInt8]) {
        let linter = Linter()
        let fixer = Fixer(linter: linter, includingUnsafe: true)
        let selection = linter.selection(for: nil)
        let original = linter.lint(bytes, file: "fuzz.yaml", selection: selection)
        let (once, report) = fixer.fix(bytes, file: "fuzz.yaml", selection: selection)
        guard once.changed else { return }
        let (twice, _) = fixer.fix(once.fixed, file: "fuzz.yaml", selection: selection)
        precondition(twice.fixed == once.fixed, "a second fix changed the text")
        if YAMLParser.parse(bytes).problem == nil { precondition(YAMLParser.parse(once.fixed).problem == nil, "the fixed text does not parse") }
        var counts: [String: Int] = [:]
        for diagnostic in original.diagnostics { counts["\(diagnostic.ruleId) \(diagnostic.document) \(diagnostic.path)", default: 0] += 1 }
        for diagnostic in report.diagnostics {
            let key = "\(diagnostic.ruleId) \(diagnostic.document) \(diagnostic.path)"
            precondition(counts[key, default: 0] > 0, "fixing added a finding: \(key)")
            counts[key, default: 0] -= 1
        }
    }
}
