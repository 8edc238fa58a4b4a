import YAMLTree

/// IST413: an ImageSignature in a manifest that is applied: the server cannot apply one.
struct SignatureApplyRule: ObjectRule {
    static let kinds: [ObjectKind] = [.imageSignature]

    static let description = RuleDescription(
        code: "IST413",
        name: "signature-apply",
        severity: .error,
        summary: "An `ImageSignature` document in a manifest applied with `oc apply`: the server only creates and deletes signatures, so every apply fails.",
        rationale: """
            The server's `imagesignatures` resource implements only create and delete \
            (openshift-apiserver `pkg/image/apiserver/registry/imagesignature/rest.go`: its \
            `REST` has `Create` and `Delete`, a `rest.Creater` and `rest.GracefulDeleter` and no \
            getter, lister, updater or patcher). Client-side `oc apply` reads the object first and \
            fails there (kubectl `ApplyOptions.applyOneObject`: `error when retrieving current \
            configuration of`), server-side apply and `oc apply -k` \
            send a patch the resource does not take, and Argo CD and Flux apply. Only `oc create` \
            works, once: the signature is added to its image (`<imageName>@<signatureName>`), and \
            a second create is refused as already existing.

            The finding is not reported under `apply: create`. A file of signatures is better kept \
            apart from the manifests a GitOps tool applies.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            ↓kind: ImageSignature
            metadata:
              name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@a3f8b2c1
            type: AtomicImageV1
            content: aGVsbG8=
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: Image
            metadata:
              name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
            dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
            """
        ],
        modeExamples: [
            ModeExample(
                .create, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageSignature
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@a3f8b2c1
                type: AtomicImageV1
                content: aGVsbG8=
                """)
        ])

    func check(_ object: LintObject) -> [Finding] {
        guard object.applyMode != .create, let entry = object.document.entry(forKey: "kind", in: object.node) else { return [] }
        let path = object.path("kind")
        return [
            finding(
                "an ImageSignature cannot be applied: the server only creates and deletes signatures, so \(object.applyMode.command) fails; create it with oc create (apply: create), apart from the manifests that are applied",
                at: path, range: object.document[entry.key].range)
        ]
    }
}
