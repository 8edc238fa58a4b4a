import Foundation
import IstagLintKit
import Testing

/// Real manifests written by other people (`../shared/corpus/real/`): istaglint reads every
/// one without trouble, and reports errors only where a file is known to be broken.
@Suite(.enabled(if: Repository.shared != nil, "../shared/ is not beside the checkout: the real-manifest corpus is skipped"))
struct CorpusTests {
    /// Files that are broken for the server, with the reason, and the error rules they must trigger.
    static let knownBroken: [String: (rules: Set<String>, reason: String)] = [
        "containerbuildsystem__osbs-client__inputs__image_stream_tag__at-d03bdf57b2.json": (
            ["IST004"], "an OpenShift 3 template with the legacy apiVersion v1, which the server refuses"
        ),
    ]

    static let files: [String] = {
        guard let shared = Repository.shared else { return [] }
        let directory = shared.appendingPathComponent("corpus/real")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0 != "README.md" }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.files.count > 50)
    }

    @Test(arguments: files)
    func errorsOnlyWhereKnownBroken(_ name: String) throws {
        let shared = try #require(Repository.shared)
        let url = shared.appendingPathComponent("corpus/real/\(name)")
        let report = Linter().lint([UInt8](try Data(contentsOf: url)), file: name)
        let errorRules = Set(report.diagnostics.filter { $0.severity == .error }.map(\.ruleId))
        let expected = Self.knownBroken[name]?.rules ?? []
        #expect(errorRules == expected, "\(report.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleId) \($0.message)" })")
    }
}
