/// IST101: a field the type does not have.
struct UnknownFieldRule: ShapeIssueRule {
    var issueKind: ShapeIssue.Kind { .unknownField }

    static let description = RuleDescription(
        code: "IST101",
        name: "unknown-field",
        severity: .error,
        fix: .nearest("renames the key to the nearest field"),
        summary: "A field that the ImageStreamTag type, or the type it is nested in, does not have.",
        rationale: """
            `kubectl apply` and `oc apply` ask the server for strict field validation by default, \
            and the server refuses an object with a field its type does not have: `strict decoding \
            error: unknown field "tag.refrencePolicy"`. With validation turned off the field would be \
            dropped without a word, which is worse: the setting you wrote never takes effect.

            The finding underlines the key. When a valid field is a likely typo away (one to three \
            letters, or only the case differs) the message names it and carries a fix. Fields that \
            belong to a related kind get a specific hint: `spec:` is the shape of an ImageStream (an \
            ImageStreamTag holds one tag under `tag:`), and `from:` or `importPolicy:` at the top \
            level belong under `tag:`. Free-form objects (`image.dockerImageMetadata`, \
            `metadata.managedFields[].fieldsV1`) are not checked field by field.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
              ↓refrencePolicy:
                type: Local
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            ↓spec:
              tags:
              - name: "3.3"
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              ↓Labels: {app: ruby}
            tag:
              importPolicy: {↓schedule: true}
            """,
        ].withImageStreamForms()
            + [
                """
                apiVersion: image.openshift.io/v1
                kind: Image
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
                dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
                ↓dockerImageLayer:
                - name: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d
                """,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageSignature
                metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@a3f8b2c1
                type: AtomicImageV1
                ↓contents: aGVsbG8=
                """,
            ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              labels: {app: ruby}
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
              importPolicy: {scheduled: true, importMode: PreserveOriginal}
              referencePolicy:
                type: Local
            image:
              dockerImageMetadata:
                anyField: is allowed here
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
