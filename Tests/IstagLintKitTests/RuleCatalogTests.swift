import Foundation
import Testing

@testable import IstagLintKit

/// Registration that cannot be forgotten: every rule written is in the catalogue, and every
/// code released stays live or retired, never reused.
struct RuleCatalogTests {
    /// The type name of each rule in the catalogue (`UnknownFieldRule`).
    static let catalogued = Set(RuleCatalog.all.map { String(describing: type(of: $0)) })

    /// The rule types declared in `Sources/IstagLintKit/Rules/*Rule.swift`, by file: each
    /// type whose name ends in `Rule` (a protocol such as `ShapeIssueRule` is no rule).
    static func declaredRuleTypes() throws -> [(file: String, type: String)] {
        let folder = Repository.root.appendingPathComponent("Sources/IstagLintKit/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("Rule.swift") }.sorted()
        let declaration = /^(?:(?:public|package|internal|fileprivate|private|final)\s+)*(?:struct|enum|class)\s+(\w+Rule)\b/.anchorsMatchLineEndings()
        return try files.flatMap { file in
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            return text.matches(of: declaration).map { (file, String($0.output.1)) }
        }
    }

    @Test func everyRuleTypeDeclaredIsInTheCatalogue() throws {
        let declared = try Self.declaredRuleTypes()
        // The scan itself finds the rules: as many as the catalogue holds, or it reads nothing.
        #expect(declared.count >= Self.catalogued.count, "\(declared.count) rule types found in Rules/, \(Self.catalogued.count) catalogued")
        for (file, type) in declared {
            let isCatalogued = Self.catalogued.contains(type)
            #expect(isCatalogued, "\(type) in Rules/\(file) is not in RuleCatalog (add it to problemRules, documentRules, objectRules or engineRules)")
        }
    }

    /// `Tests/released-codes.txt`: every code ever released, one a line, `#` comments.
    static func releasedCodes() throws -> [String] {
        let url = Repository.root.appendingPathComponent("Tests/released-codes.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test func releasedCodesAreLiveOrRetiredAndNeverReused() throws {
        let released = try Self.releasedCodes()
        let live = Set(RuleCatalog.all.map(\.description.code))
        let retired = Set(RetiredCodes.all.keys)
        #expect(released == Set(released).sorted(), "Tests/released-codes.txt is kept sorted, each code once")
        for code in released {
            #expect(code.wholeMatch(of: /IST[0-9]{3}/) != nil, "\(code) in Tests/released-codes.txt is not a code")
            let isKnown = live.contains(code) || retired.contains(code)
            #expect(isKnown, "\(code) was released: keep its rule, or list it in RetiredCodes")
        }
        for code in live.sorted() {
            let isReleased = released.contains(code)
            #expect(isReleased, "\(code) is not in Tests/released-codes.txt: add it, since a code, once released, is never given to another rule")
            let isRetired = retired.contains(code)
            #expect(!isRetired, "\(code) is retired and may not be given to a rule again: take a new code")
        }
        for (code, reason) in RetiredCodes.all.sorted(by: { $0.key < $1.key }) {
            let wasReleased = released.contains(code)
            #expect(wasReleased, "retired \(code) was never released")
            #expect(!reason.isEmpty && !reason.hasSuffix("."), "\(code): one line on why, lowercase without a trailing period")
        }
    }
}
