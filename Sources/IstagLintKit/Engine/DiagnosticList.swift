/// A file's diagnostics, sorted by position, each built when it is read.
///
/// The linter keeps a file's findings as its rules returned them (with their messages in
/// pieces) and the rules' names and severities once per file, not once per finding: a
/// million findings hold no million copies of a file name, a rule name or a message. A
/// reporter reads them one at a time, so only the one being written is whole.
public struct DiagnosticList: RandomAccessCollection, Sendable {
    /// What every finding of the file shares.
    struct Context: Sendable {
        var file: String
        var objects: [ObjectIdentity]
        var names: [String: String]
        var severities: [String: Severity]
        var kindSeverities: [String: [String: Severity]] = [:]

        /// A finding's severity: its rule's, or the rule's on the kind of its object.
        func severity(of code: String, object: Int?) -> Severity {
            if !kindSeverities.isEmpty, let object, let byKind = kindSeverities[code], let severity = byKind[objects[object].kind] { return severity }
            return severities[code] ?? .error
        }
    }

    private enum Storage: Sendable {
        case findings(FindingStore, Context)
        case diagnostics([Diagnostic])
    }

    private let storage: Storage

    /// Diagnostics given whole (tests, and reports built by hand).
    public init(_ diagnostics: [Diagnostic] = []) {
        storage = .diagnostics(diagnostics)
    }

    /// A linted file's findings, in the store's order.
    init(_ findings: FindingStore, context: Context) {
        storage = .findings(findings, context)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .findings(let store, _): return store.count
        case .diagnostics(let diagnostics): return diagnostics.count
        }
    }

    public subscript(index: Int) -> Diagnostic {
        switch storage {
        case .diagnostics(let diagnostics):
            return diagnostics[index]
        case .findings(let store, let context):
            let position = store.order[index]
            let finding = store[position]
            return Diagnostic(
                file: context.file, document: store.document(at: position), object: store.object(at: position).map { context.objects[$0] },
                ruleId: finding.code, ruleName: context.names[finding.code] ?? finding.code,
                severity: context.severity(of: finding.code, object: store.object(at: position)),
                message: finding.message.text, path: finding.path, range: finding.range, fix: finding.fix,
                related: finding.related.isEmpty ? nil : finding.related)
        }
    }

    /// The severity of the diagnostic at an index, without building it.
    public func severity(at index: Int) -> Severity {
        switch storage {
        case .diagnostics(let diagnostics):
            return diagnostics[index].severity
        case .findings(let store, let context):
            let position = store.order[index]
            return context.severity(of: store[position].code, object: store.object(at: position))
        }
    }

    /// The diagnostics that pass a test, kept as compactly as these are.
    public func filter(_ isKept: (Diagnostic) -> Bool) -> DiagnosticList {
        switch storage {
        case .diagnostics(let diagnostics):
            return DiagnosticList(diagnostics.filter(isKept))
        case .findings(var store, let context):
            store.keep { isKept(self[$0]) }
            return DiagnosticList(store, context: context)
        }
    }
}

extension DiagnosticList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Diagnostic...) {
        self.init(elements)
    }
}

extension DiagnosticList: Equatable {
    /// Lists are equal when they hold the same diagnostics in the same order, however kept.
    public static func == (lhs: DiagnosticList, rhs: DiagnosticList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
