/// Everything there is to say about a rule, in one place: the single source of truth for its
/// code, name, severity, documentation page and example tests.
public struct RuleDescription: Sendable {
    /// The stable code: `IST` and three digits; the first digit names the family.
    public var code: String
    /// The kebab-case name, usable wherever a code is.
    public var name: String
    /// The severity unless configuration says otherwise, under the default `apply:` mode.
    public var severity: Severity
    /// Modes under which the rule reports at another severity (duplicate keys are an error only
    /// where kustomize reads the file). Pairs rather than a dictionary: a dictionary keyed by
    /// `ApplyMode` has the runtime look up its `Hashable` conformance, a scan of every
    /// conformance in the binary, when the catalog is first read (bench/profile-notes.md).
    public var severityByMode: KeyValuePairs<ApplyMode, Severity>
    /// How the rule's verdict depends on `apply:`, for its page; nil when it does not.
    public var applyModeNote: String?
    /// One line: what the rule reports.
    public var summary: String
    /// Why it matters and what the server does; several paragraphs of Markdown.
    public var rationale: String
    /// Documents that must trigger the rule; a `↓` stands just before the character where each finding starts.
    public var triggeringExamples: [String] { makeTriggeringExamples() }
    /// Documents that must not trigger the rule.
    public var nonTriggeringExamples: [String] { makeNonTriggeringExamples() }
    /// Examples linted under another `apply:` mode than the default, where the verdict differs.
    public var modeExamples: [ModeExample] { makeModeExamples() }
    /// The examples are built only when asked for: some are large (the annotation-size rule's
    /// is over 256 KiB), and linting never needs them.
    private let makeTriggeringExamples: @Sendable () -> [String]
    private let makeNonTriggeringExamples: @Sendable () -> [String]
    private let makeModeExamples: @Sendable () -> [ModeExample]
    /// The default severity of findings on objects of these kinds, where the server treats
    /// what the rule finds otherwise: what it ignores on an ImageStreamTag's embedded `image`
    /// it refuses on an Image. A severity set in configuration applies to every kind.
    public var severityByKind: KeyValuePairs<ObjectKind, Severity>
    /// The rule's fix, when its findings carry one.
    public var fix: FixDescription?
    /// Labels such as `security` or `best-practice`.
    public var tags: [String]
    /// Whether some of the rule's findings rest on a field the object does not write: a
    /// required field, or one whose absence makes another field wrong. On a partial object (a
    /// kustomize patch, `LintObject.isPartial`) those findings are left out, since the base
    /// supplies what the patch leaves out; the rule's other findings are reported as usual.
    public var reportsMissingFields: Bool

    /// The marker that stands before the first character of an expected finding in a triggering example.
    public static let findingMarker: Character = "↓"

    /// Creates a description.
    public init(
        code: String, name: String, severity: Severity, fix: FixDescription? = nil, summary: String, rationale: String,
        triggeringExamples: @autoclosure @escaping @Sendable () -> [String],
        nonTriggeringExamples: @autoclosure @escaping @Sendable () -> [String],
        modeExamples: @autoclosure @escaping @Sendable () -> [ModeExample] = [],
        severityByMode: KeyValuePairs<ApplyMode, Severity> = [:], applyModeNote: String? = nil,
        severityByKind: KeyValuePairs<ObjectKind, Severity> = [:], tags: [String] = [], reportsMissingFields: Bool = false
    ) {
        self.code = code
        self.name = name
        self.severity = severity
        self.fix = fix
        self.severityByMode = severityByMode
        self.severityByKind = severityByKind
        self.applyModeNote = applyModeNote
        self.makeModeExamples = modeExamples
        self.summary = summary
        self.rationale = rationale
        self.makeTriggeringExamples = triggeringExamples
        self.makeNonTriggeringExamples = nonTriggeringExamples
        self.tags = tags
        self.reportsMissingFields = reportsMissingFields
    }

    /// The default severity under an `apply:` mode.
    public func severity(under mode: ApplyMode) -> Severity {
        severityByMode.first { $0.key == mode }?.value ?? severity
    }

    /// The rule's page (`rules/IST###.md`) on the project's site: what editors link a finding to.
    public var pageURL: String { "\(ToolInfo.informationURI)/blob/main/rules/\(code).md" }

    /// The family this rule belongs to, from the first digit of its code.
    public var family: String {
        switch code.dropFirst(3).first {
        case "0": return "input"
        case "1": return "shape"
        case "2": return "tag reference"
        case "3": return "generation and status"
        case "4": return "image and signatures"
        case "5": return "security and best practice"
        default: return "templates"
        }
    }
}
