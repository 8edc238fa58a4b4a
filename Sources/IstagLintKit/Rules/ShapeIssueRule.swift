/// A rule that reports one kind of issue from the shared schema pass.
protocol ShapeIssueRule: ObjectRule {
    /// The kind of schema-pass issue this rule reports.
    var issueKind: ShapeIssue.Kind { get }
}

extension ShapeIssueRule {
    /// The schema pass runs on every kind.
    static var kinds: [ObjectKind] { ObjectKind.allCases }

    func check(_ object: LintObject) -> [Finding] {
        object.shape.issues.filter { $0.kind == issueKind }.map { issue in
            finding(FindingMessage(issue.message), at: issue.path, range: issue.range, fix: issue.fix)
        }
    }
}
