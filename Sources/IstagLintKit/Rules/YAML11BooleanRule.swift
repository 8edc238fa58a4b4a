/// IST103: a YAML 1.1 boolean spelling that kubectl and YAML 1.2 tools read differently.
struct YAML11BooleanRule: ShapeIssueRule {
    var issueKind: ShapeIssue.Kind { .yaml11Boolean }

    static let description = RuleDescription(
        code: "IST103",
        name: "yaml11-boolean",
        severity: .warning,
        fix: FixDescription(
            applicabilities: [.safe, .unsafe],
            summary:
                "writes `true` or `false` for a YAML 1.1 boolean value (safe: kubectl reads the same); quotes a YAML 1.1 boolean key (unsafe: the key kubectl sends changes)"
        ),
        summary: "A boolean written `yes`, `no`, `on`, `off`, `y` or `n`, or a map key spelled that way.",
        rationale: """
            The Kubernetes YAML decoder (sigs.k8s.io/yaml on go-yaml v2) follows YAML 1.1, where \
            `yes`, `no`, `on`, `off`, `y` and `n` (in any of their capitalisations) are booleans. So \
            `reference: yes` works with `oc apply` today. YAML 1.2 tools, which include kustomize \
            (kyaml), yq and most editors' language servers, read the same word as a string; a \
            pipeline that passes the manifest through one of them sends `"yes"`, and the server \
            refuses it. Write `true` or `false`.

            As a map key (an annotation or a label) the word is worse: kubectl turns `yes:` into the \
            key `"true"`. Quote the key. Where a string is expected (`metadata.name: yes`) the value \
            is a wrong type, reported by `wrong-type` (IST102).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              labels:
                ↓on: duty
            tag:
              reference: ↓yes
              importPolicy:
                scheduled: ↓Off
            """
        ].withImageStreamForms()
            + [
                """
                apiVersion: image.openshift.io/v1
                kind: Image
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
                  labels:
                    ↓yes: ruby
                dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
                """,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageSignature
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@a3f8b2c1
                  annotations:
                    ↓no: signed
                type: AtomicImageV1
                content: aGVsbG8=
                """,
            ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              labels:
                "on": duty
            tag:
              reference: true
              importPolicy:
                scheduled: false
            """
        ].withImageStreamForms()
            + [
                """
                apiVersion: image.openshift.io/v1
                kind: Image
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
                  labels: {app: ruby}
                dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
                dockerImageLayers:
                - name: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d
                  size: 31457280
                  mediaType: application/vnd.oci.image.layer.v1.tar+gzip
                """,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageSignature
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@a3f8b2c1
                type: AtomicImageV1
                content: aGVsbG8=
                """,
            ])
}
