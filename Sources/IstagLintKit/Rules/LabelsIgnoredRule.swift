/// IST310: `metadata.labels` on an ImageStreamTag.
struct LabelsIgnoredRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST310",
        name: "labels-ignored",
        severity: .warning,
        summary: "`metadata.labels` on an ImageStreamTag are not stored, and an update that changes them fails.",
        rationale: """
            An ImageStreamTag has no storage of its own: it is a view of one tag of an image stream, \
            and its labels are the stream's. A create does not copy the labels to the stream, so they \
            are lost; an update that sends labels different from the stream's is refused \
            (`ValidateImageStreamTagUpdateWithWhitelister` in openshift-apiserver \
            `pkg/image/apis/image/validation/validation.go`: `metadata: Invalid value: "": may not \
            update fields other than metadata.annotations`). Put labels on the ImageStream.

            Under `apply: client` (and `kustomize`, and with the GitOps tools that re-apply on every \
            sync) that update is the next `oc apply`: once the tag has an image, every later apply of \
            the manifest is refused.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              ↓labels:
                app: web
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              labels: {}
            """
        ],
        applyModeNote: """
            The finding is the same under every mode; under `apply: client` and `kustomize` its \
            message says that every later apply fails, since those modes re-apply the manifest.
            """)

    func check(_ object: LintObject) -> [Finding] {
        guard !object.isExport, !StringMapEntries.of(object.root, "metadata", "labels").isEmpty,
            case .present(let metadata, _) = object.field(["metadata"]),
            let key = object.document.entry(forKey: "labels", in: metadata)?.key
        else { return [] }
        let message =
            object.applyMode.reapplies
            ? "metadata.labels on an ImageStreamTag are not stored on create, and once the tag has an image every later \(object.applyMode.command) is refused (may not update fields other than metadata.annotations); put the labels on the ImageStream"
            : "metadata.labels on an ImageStreamTag are not stored on create, and an update that changes them is refused; put the labels on the ImageStream"
        return [
            finding(
                FindingMessage(message),
                at: object.path("metadata", "labels"), range: object.document[key].range)
        ]
    }
}
