/// IST102: a value of the wrong JSON type, or a string that does not parse as its type.
struct WrongTypeRule: ShapeIssueRule {
    var issueKind: ShapeIssue.Kind { .wrongType }

    static let description = RuleDescription(
        code: "IST102",
        name: "wrong-type",
        severity: .error,
        fix: .always(.safe, "quotes a plain scalar where a string is expected, or unquotes a number or boolean written as a string"),
        summary:
            "A value of the wrong type: a number or boolean where a string belongs, a quoted number where an integer belongs, a mapping where a list belongs, an integer beyond 64 bits, a time that is not RFC 3339, or data that is not base64.",
        rationale: """
            kubectl turns YAML into JSON with YAML 1.1 rules (go-yaml v2), and the server decodes the \
            JSON into Go types; a value of the wrong type fails that decoding and the server refuses \
            the object (`cannot unmarshal number into Go struct field ... of type string`).

            The classic traps are plain scalars that YAML reads as something else: `name: 1.10` is the \
            number 1.1, `name: yes` is the boolean true (YAML 1.1), `name: 0x1F` is 31. Quote them. The \
            other way round, `generation: "3"` is a string where an integer belongs: remove the quotes. \
            Times (`creationTimestamp`, `lastTransitionTime`, …) must be RFC 3339 \
            (`2024-05-01T10:00:00Z`); `[]byte` fields (`signatures[].content`, \
            `dockerImageSignatures`) must be padded standard base64. `null` is accepted everywhere: \
            the server reads it as the field's zero value.

            The finding carries a fix that adds or removes the quotes where that is the whole story.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: python:3.10
            tag:
              name: ↓3.10
              generation: ↓"3"
              from: ↓[DockerImage, quay.io/example/python:3.10]
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: python:3.10
              creationTimestamp: ↓2024-05-01
              annotations:
                approved: ↓yes
            image:
              signatures:
              - type: AtomicImageV1
                content: ↓not base64!
              dockerImageLayers:
              - name: sha256:0123
                size: ↓99999999999999999999
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: python:3.10
            image:
              dockerImageMetadata:
                Created: ↓yesterday
                Size: ↓"1234"
                Config:
                  Env: ↓PATH=/usr/bin
                  Labels: {release: ↓3}
            """,
        ].withImageStreamForms()
            + [
                """
                apiVersion: image.openshift.io/v1
                kind: Image
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
                dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
                dockerImageLayers: ↓none
                """,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageSignature
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@a3f8b2c1
                type: AtomicImageV1
                content: aGVsbG8=
                issuedBy: ↓acme
                """,
            ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: python:3.10
              creationTimestamp: "2024-05-01T10:00:00Z"
              annotations:
                approved: "yes"
            tag:
              name: "3.10"
              generation: 3
              annotations: null
              from: {kind: DockerImage, name: "quay.io/example/python:3.10"}
            image:
              signatures:
              - type: AtomicImageV1
                content: aGVsbG8=
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: python:3.10
            image:
              dockerImageMetadata:
                Created: "2024-05-01T10:00:00Z"
                Size: 1234
                Config: {Env: [PATH=/usr/bin], Labels: {release: "3"}}
                SomethingNewer: whatever
            """,
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
