import Testing

@testable import IstagLintKit

/// Findings are held compactly (issue 13, item 8): a message in the pieces its rule wrote,
/// diagnostics built when read. What a reporter reads must not change.
struct CompactFindingTests {
    static let head = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n"

    @Test func aMessageReadsAsTheStringInterpolationWould() {
        let key = "-bad"
        let count = 3
        let optional: Int? = nil
        let path = FieldPath.root.child("metadata").child("annotations")
        let message: FindingMessage = "annotation key \(key) at \(path): \(count) of \(optional as Any), \(1.5)"
        #expect(message.text == "annotation key \(key) at \(path): \(count) of \(optional as Any), \(1.5)")
        #expect(message.text == "annotation key -bad at metadata.annotations: 3 of nil, 1.5")
        #expect(FindingMessage("plain").text == "plain")
        #expect(("" as FindingMessage).text == "")
    }

    @Test func messagesAreEqualByTheirTextHoweverTheyWereBuilt() {
        let value = "x"
        let pieces: FindingMessage = "a \(value) b"
        #expect(pieces == FindingMessage("a x b"))
        #expect(Set([pieces, FindingMessage("a x b")]).count == 1)
        var appended = FindingMessage("a x")
        appended.append(" b")
        #expect(appended == pieces)
        #expect(appended.text == "a x b")
        #expect(pieces != FindingMessage("a y b"))
    }

    @Test func aLintedFilesDiagnosticsReadTheSameAsGivenWhole() {
        let yaml = Self.head + "  annotations:\n    -one: v\n    -two: v\n  labels: {-x: y}\ntag: {name: b, from: {kind: DockerImage, name: quay.io/a/b:1}}\n"
        let report = Linter().lint(Array(yaml.utf8), file: "a.yaml")
        let whole = Array(report.diagnostics)
        #expect(whole.count >= 3)
        #expect(report.diagnostics == DiagnosticList(whole))
        for index in report.diagnostics.indices {
            #expect(report.diagnostics.severity(at: index) == whole[index].severity)
        }
        #expect(whole.map(\.range.start.line) == whole.map(\.range.start.line).sorted())
        #expect(whole.contains { $0.message.hasPrefix("annotation key \"-one\" is invalid: name part must consist of") })
        let kept = report.diagnostics.filter { $0.ruleId == "IST111" }
        #expect(Array(kept) == whole.filter { $0.ruleId == "IST111" })
        #expect(kept.count == 2)
        #expect(kept.map { [$0.range.start.line, $0.range.start.column, $0.range.end.line, $0.range.end.column] } == [[6, 5, 6, 9], [7, 5, 7, 9]])
        #expect(kept.map(\.severity) == [.error, .error])
        #expect(report.keeping { $0.range.start.line == 6 }.diagnostics.map(\.message) == whole.filter { $0.range.start.line == 6 }.map(\.message))
    }

    @Test func manyBadKeysAreReportedOnceEachInOrder() {
        // Not a memory measurement (that is bench/hostile.sh): the findings of many bad keys
        // keep the rule's message pieces, and read whole, once each, in order.
        let keys = (0..<2_000).map { "    -bad\($0): v" }.joined(separator: "\n")
        let yaml = Self.head + "  annotations:\n" + keys + "\ntag: {name: b, from: {kind: DockerImage, name: quay.io/a/b:1}}\n"
        var linter = Linter()
        linter.maxFindingsPerFile = 10_000
        let report = linter.lint(Array(yaml.utf8), file: "a.yaml", severities: ["IST111": .error])
        #expect(report.diagnostics.count == 2_000)
        #expect(report.diagnostics.map(\.range.start.line) == Array(6..<2_006))
        #expect(report.diagnostics.allSatisfy { $0.range.start.column == 5 && $0.range.end.line == $0.range.start.line && $0.severity == .error })
        #expect(report.diagnostics.map(\.range.end.column) == (0..<2_000).map { 9 + String($0).count })
        #expect(report.diagnostics[1_999].message.hasPrefix("annotation key \"-bad1999\" is invalid: "))
    }
}

/// A map's entries, the last of duplicate keys winning, found by hash with a fallback to the
/// text when two keys share a hash.
struct LastByKeyTests {
    struct Item: Equatable {
        var key: String
        var value: Int
    }

    @Test(arguments: [false, true])
    func theLastOfEachKeyWinsInTheFirstKeysPlace(collide: Bool) {
        var map = LastByKey<Item>(key: \.key, hash: collide ? { _ in 7 } : { $0.hashValue })
        for (index, key) in ["a", "b", "a", "c", "b", "d", "c"].enumerated() {
            map.add(Item(key: key, value: index))
        }
        #expect(map.items == [Item(key: "a", value: 2), Item(key: "b", value: 4), Item(key: "c", value: 6), Item(key: "d", value: 5)])
    }
}
