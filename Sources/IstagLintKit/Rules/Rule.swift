import YAMLTree

/// A check istaglint runs. Each rule is a value with one `RuleDescription`.
///
/// Rules never see files, severities or output formats: they turn a document or an
/// object into findings. A rule's description is a `static let` of its type, and a rule
/// stores nothing itself, so that an `any Rule` holds it inline (no box to count or copy per
/// object). Every rule type is listed in `RuleCatalog`; a test fails when one is missing.
public protocol Rule: Sendable {
    /// The rule's code, name, severity, documentation and examples.
    static var description: RuleDescription { get }
}

extension Rule {
    /// The rule's description (`Self.description`), for code that holds an `any Rule`.
    public var description: RuleDescription { Self.description }
}

/// A rule that looks at one object at a time.
public protocol ObjectRule: Rule {
    /// The kinds of object the rule checks; it is not run on the others.
    static var kinds: [ObjectKind] { get }
    /// The findings for one object.
    func check(_ object: LintObject) -> [Finding]
}

extension ObjectRule {
    /// A rule checks ImageStreamTags unless it says otherwise.
    public static var kinds: [ObjectKind] { [.imageStreamTag] }
    /// The kinds the rule checks (`Self.kinds`), for code that holds an `any ObjectRule`.
    public var kinds: [ObjectKind] { Self.kinds }
}

/// A rule that looks at a whole linted document: its lists and every object in it.
public protocol DocumentRule: Rule {
    /// The findings for one document.
    func check(_ document: LintDocument) -> [Finding]
}

/// A rule that reports why a stream could not be read (syntax, encoding, limits).
public protocol ProblemRule: Rule {
    /// The kinds of parse problem this rule reports.
    var problemKinds: Set<ParseProblem.Kind> { get }
}

extension Rule {
    /// A finding of this rule.
    public func finding(_ message: FindingMessage, at path: FieldPath, range: SourceRange, fix: Fix? = nil) -> Finding {
        Finding(code: description.code, message: message, path: path.description, range: range, fix: fix)
    }
}
