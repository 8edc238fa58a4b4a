import IstagLintKit
import Testing

/// One rule example in one variant, as a test argument.
struct VariantCase: Sendable, CustomTestStringConvertible {
    let example: RuleExample
    let variant: ExampleVariant

    var testDescription: String { "\(example.testDescription), \(variant)" }

    /// The key of the case in `RuleExampleVariantTests.knownBugs`: `IST203 list item`.
    var bugKey: String { "\(example.code) \(variant)" }

    /// Every example, triggering or not and under every mode, in every variant that applies to it.
    static let all: [VariantCase] = {
        let examples = RuleExample.all(triggering: true) + RuleExample.all(triggering: false)
        return ExampleVariant.allCases.flatMap { variant in
            examples.filter { variant.reasonNotToApply(to: $0) == nil }.map { VariantCase(example: $0, variant: variant) }
        }
    }()
}

/// Every rule example again, rewritten so that its verdict must not change: the findings of
/// the plain example, moved as the rewriting moves them (`ExampleVariant`).
struct RuleExampleVariantTests {
    /// Rule and variant pairs that fail because of a bug not fixed yet, each with the bug: the
    /// test still runs them and expects the failure, so it fails once the bug is fixed (then
    /// remove the entry). Keys are `"<code> <variant>"`, as `VariantCase.bugKey` spells them.
    static let knownBugs: [String: String] = [:]

    private func findings(of code: String, in bytes: [UInt8], mode: ApplyMode) -> [ExampleFinding] {
        RuleExampleTests.lint(bytes, mode: mode).diagnostics.filter { $0.ruleId == code }.map(ExampleFinding.init)
    }

    @Test(arguments: VariantCase.all)
    func variantMovesTheFindingsOfThePlainExample(_ variantCase: VariantCase) {
        let example = variantCase.example
        let (text, markers) = RuleExampleTests.stripMarkers(example.text)
        let rewritten = variantCase.variant.rewrite(text, code: example.code, markers: markers)
        let plain = Array(text.utf8)
        let check = {
            let found = findings(of: example.code, in: rewritten.bytes, mode: example.mode)
            switch variantCase.variant {
            case .disableLine:
                #expect(found == [], "a disable-line directive on each marked line leaves no finding")
                // Every directive is used: no more directive findings than the plain example has.
                let directiveFindings = findings(of: "IST007", in: rewritten.bytes, mode: example.mode)
                #expect(directiveFindings == findings(of: "IST007", in: plain, mode: example.mode))
            default:
                let expected = findings(of: example.code, in: plain, mode: example.mode).map(rewritten.moved)
                #expect(found.map { $0.withoutMessage(unless: rewritten.keepsMessages) } == expected)
            }
        }
        if let bug = Self.knownBugs[variantCase.bugKey] {
            withKnownIssue(Comment(rawValue: bug)) { check() }
        } else {
            check()
        }
    }

    /// The reasons a variant does not apply leave most examples to it, so the variants test
    /// something; an example rewritten wrongly fails above rather than being left out here.
    @Test(arguments: ExampleVariant.allCases)
    func variantAppliesToMostOfTheExamplesItCanApplyTo(_ variant: ExampleVariant) {
        let candidates = variant == .disableLine ? RuleExample.all(triggering: true) : RuleExample.all(triggering: true) + RuleExample.all(triggering: false)
        let applied = VariantCase.all.filter { $0.variant == variant }.count
        #expect(applied * 2 > candidates.count, "\(variant) applies to \(applied) of \(candidates.count) examples")
    }

    @Test func everyKnownBugNamesARuleAndAVariant() {
        let keys = Set(RuleCatalog.all.flatMap { rule in ExampleVariant.allCases.map { "\(rule.description.code) \($0)" } })
        for key in Self.knownBugs.keys { #expect(keys.contains(key), "\(key)") }
    }
}
