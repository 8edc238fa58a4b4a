import YAMLTree

/// A document istaglint lints: its root is a mapping whose `kind` istaglint knows.
public struct LintDocument: Sendable {
    /// The kinds whose documents are linted; every other document is skipped and counted.
    public static let knownKinds: Set<String> = [
        "ImageStreamTag", "ImageStreamTagList", "ImageStream", "ImageStreamList", "Image", "ImageList", "ImageSignature", "List",
    ]
    /// The API group of the image kinds.
    public static let imageGroup = "image.openshift.io"
    /// Every kind the server serves in the image group, as openshift/api registers them
    /// (`image/v1/register.go`, `addKnownTypes`) and `oc api-resources` lists them: a document
    /// of that group with any other kind cannot be applied.
    public static let servedImageKinds = [
        "Image", "ImageList", "ImageSignature", "ImageStream", "ImageStreamList", "ImageStreamMapping", "ImageStreamTag",
        "ImageStreamTagList", "ImageStreamImage", "ImageStreamImport", "ImageStreamLayers", "ImageTag", "ImageTagList", "SecretList",
    ]

    /// The document.
    public let document: Document
    /// The root mapping (aliases already resolved).
    public let root: NodeID
    /// The root's `kind`.
    public let kind: String
    /// The objects in it: the root itself, or the list items of a linted kind.
    public let objects: [LintObject]
    /// How the document is applied.
    public let applyMode: ApplyMode
    /// Whether its objects are partial (a kustomize patch): see `LintObject.isPartial`.
    public let isPartial: Bool
    /// Whether the document's apiVersion is of the image group but its kind is none the group
    /// serves (`imagestreamtag`, `ImageStreamtag`): it has no objects, and only the kind is reported.
    public let hasUnknownKind: Bool
    /// An OpenShift Template's parameters, and the references in its objects to names none
    /// of them has; nil for other documents.
    public let template: TemplateParameters?
    let unknownParameterReferences: [TemplateSubstitution.UnknownReference]
    /// Where a template's strings that hold a parameter are written (see
    /// `keepingFixesOfWrittenText`); empty for other documents.
    let substitutedRanges: [SourceRange]

    /// The apiVersions of an OpenShift Template (`v1` is the legacy one oc still decodes).
    public static let templateVersions: Set<String> = ["template.openshift.io/v1", "v1"]

    /// The subtrees whole-tree rules check, with their paths: the whole document for an
    /// object or a list of one kind, only the items of a linted kind of a `List`.
    public var checkedRoots: [(NodeID, FieldPath)] {
        if hasUnknownKind { return [] }
        return kind == "List" || template != nil ? objects.map { ($0.node, $0.path) } : [(root, .root)]
    }

    /// The builder's structure notes that fall inside the checked subtrees, each with the root
    /// it is under and that root's path.
    public var checkedNotes: [(note: StructureNote, root: NodeID, base: FieldPath)] {
        let roots = checkedRoots
        return document.notes.compactMap { note in
            let offset = document[note.node].range.start.offset
            guard
                let (root, base) = roots.first(where: { root, _ in
                    let range = document[root].range
                    return range.start.offset <= offset && offset <= range.end.offset
                })
            else { return nil }
            return (note, root, base)
        }
    }

    /// Finds the objects of a document, or returns nil when istaglint does not lint it: a
    /// root that is not a mapping, a mapping without a string `kind`, another kind, or a
    /// `List` that holds no object of a linted kind. A kind the image group does not serve, under an
    /// `image.openshift.io` apiVersion, is kept (with no objects) so that it can be reported.
    /// `partial` says the document is a kustomize patch (see `LintObject.isPartial`).
    public init?(_ document: Document, applyMode: ApplyMode = .default, partial: Bool = false) {
        guard let rootID = document.root, let root = document.resolved(rootID), document.isMapping(root),
            let kind = document.value(forKey: "kind", in: root).flatMap({ document.scalar($0) })
        else { return nil }
        if kind == "Template" {
            guard let apiVersion = document.value(forKey: "apiVersion", in: root).flatMap({ document.scalar($0) }),
                LintDocument.templateVersions.contains(apiVersion),
                let contents = LintDocument.templateContents(document, root: root, applyMode: applyMode, partial: partial)
            else { return nil }
            self.document = contents.document
            self.root = root
            self.kind = kind
            self.applyMode = applyMode
            isPartial = partial
            hasUnknownKind = false
            template = contents.parameters
            unknownParameterReferences = contents.substitution.unknownReferences
            substitutedRanges = contents.substitution.substitutedRanges
            objects = contents.objects
            return
        }
        let hasUnknownKind =
            !LintDocument.knownKinds.contains(kind) && !LintDocument.servedImageKinds.contains(kind)
            && document.value(forKey: "apiVersion", in: root).flatMap({ document.scalar($0) })?.hasPrefix(LintDocument.imageGroup + "/") == true
        guard LintDocument.knownKinds.contains(kind) || hasUnknownKind else { return nil }
        self.document = document
        self.root = root
        self.kind = kind
        self.applyMode = applyMode
        self.isPartial = partial
        self.hasUnknownKind = hasUnknownKind
        template = nil
        unknownParameterReferences = []
        substitutedRanges = []
        if hasUnknownKind {
            objects = []
        } else if let objectKind = ObjectKind(named: kind) {
            objects = [
                LintObject(
                    document: document, node: root, path: .root, kind: objectKind, identity: LintDocument.identity(of: root, in: document, kind: kind),
                    applyMode: applyMode, partial: partial)
            ]
        } else {
            // An item without a kind is of the list's kind (kubectl fills it in from the list).
            let listKind = ObjectKind(listNamed: kind)
            let itemsPath = FieldPath.root.child("items")
            var found: [LintObject] = []
            let items = document.value(forKey: "items", in: root).flatMap { document.items(of: $0) }.map(Array.init) ?? []
            for (index, item) in items.enumerated() {
                guard let item = document.resolved(item), document.isMapping(item) else { continue }
                let itemKindName = document.value(forKey: "kind", in: item).flatMap { document.scalar($0) }
                let itemKind: ObjectKind?
                if let itemKindName { itemKind = ObjectKind(named: itemKindName) } else { itemKind = listKind }
                guard let itemKind else { continue }
                found.append(
                    LintObject(
                        document: document, node: item, path: itemsPath.index(index), kind: itemKind,
                        identity: LintDocument.identity(of: item, in: document, kind: itemKind.name), applyMode: applyMode,
                        partial: partial))
            }
            guard kind != "List" || !found.isEmpty else { return nil }
            objects = found
        }
    }

    /// An OpenShift Template whose `objects` hold linted kinds, each linted at its path
    /// (`objects[2]`) as processing would make it (`TemplateSubstitution`); nil when they hold
    /// none. Processing turns a legacy `apiVersion: v1` into the kind's group.
    private static func templateContents(_ document: Document, root: NodeID, applyMode: ApplyMode, partial: Bool) -> (
        document: Document, parameters: TemplateParameters, substitution: TemplateSubstitution, objects: [LintObject]
    )? {
        let parameters = TemplateParameters(template: root, in: document)
        let items = document.value(forKey: "objects", in: root).flatMap { document.items(of: $0) }.map(Array.init) ?? []
        let objectsPath = FieldPath.root.child("objects")
        var linted: [(node: NodeID, path: FieldPath, kind: ObjectKind)] = []
        for (index, item) in items.enumerated() {
            guard let item = document.resolved(item), document.isMapping(item),
                let kind = document.value(forKey: "kind", in: item).flatMap({ document.scalar($0) }).flatMap(ObjectKind.init(named:))
            else { continue }
            linted.append((item, objectsPath.index(index), kind))
        }
        guard !linted.isEmpty else { return nil }
        let substitution = TemplateSubstitution(document, objects: linted.map { ($0.node, $0.path) }, parameters: parameters)
        let processed = substitution.document
        let objects = linted.map { node, path, kind in
            LintObject(
                document: processed, node: node, path: path, kind: kind, identity: LintDocument.identity(of: node, in: processed, kind: kind.name),
                applyMode: applyMode, partial: partial, opaque: substitution.opaque)
        }
        return (processed, parameters, substitution, objects)
    }

    /// The findings without the fixes that would write over a template parameter: a string
    /// that holds `${NAME}` is judged as processing leaves it, so a fix of that value would
    /// replace the reference with a literal. The finding stays; only its fix goes.
    @inline(__always)
    func keepingFixesOfWrittenText(_ findings: [Finding]) -> [Finding] {
        // Called for every rule on every object: only a template's findings are looked at.
        substitutedRanges.isEmpty ? findings : droppingFixesOverParameters(findings)
    }

    private func droppingFixesOverParameters(_ findings: [Finding]) -> [Finding] {
        guard findings.contains(where: { $0.fix != nil }) else { return findings }
        return findings.map { finding in
            guard let fix = finding.fix,
                substitutedRanges.contains(where: { written in
                    written.start.offset < fix.range.end.offset && fix.range.start.offset < written.end.offset
                        || written.start.offset == fix.range.start.offset
                })
            else { return finding }
            var kept = finding
            kept.fix = nil
            return kept
        }
    }

    private static func identity(of node: NodeID, in document: Document, kind: String) -> ObjectIdentity {
        let metadata = document.value(forKey: "metadata", in: node)
        func field(_ key: String) -> String? {
            guard let metadata, document.isMapping(metadata) else { return nil }
            return document.value(forKey: key, in: metadata).flatMap { document.scalar($0) }
        }
        return ObjectIdentity(kind: kind, namespace: field("namespace"), name: field("name"))
    }
}
