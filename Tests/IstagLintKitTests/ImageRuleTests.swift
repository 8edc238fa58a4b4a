import IstagLintKit
import Testing

/// The image and signature rules (IST4xx) on shapes their examples do not show: values of the
/// wrong type, nulls, aliases, merge keys, lists, and the server's way of picking the latest
/// `Trusted` condition.
struct ImageRuleTests {
    static let image = "sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
    static let header = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\n"

    /// The IST4xx findings of a document: `code path line:column`.
    static func findings(_ yaml: String) -> [String] {
        Linter().lint(Array(yaml.utf8), file: "x.yaml").diagnostics
            .filter { $0.ruleId.hasPrefix("IST4") }
            .map { "\($0.ruleId) \($0.path) \($0.range.start.line):\($0.range.start.column)" }
    }

    /// Documents whose `image` is of the wrong shape somewhere: the schema pass reports it,
    /// and the image rules neither crash nor repeat it.
    static let wrongShapes: [String] = [
        "image: []\n",
        "image: text\n",
        "image: null\n",
        "image: {signatures: {a: b}, dockerImageLayers: text, dockerImageManifests: 3}\n",
        "image: {dockerImageReference: example.com/a/b:c, dockerImageLayers: [1, text, [x], true]}\n",
        "image: {dockerImageReference: example.com/a/b:c, dockerImageLayers: [{name: [x], size: text, mediaType: {a: b}}]}\n",
        "image: {dockerImageReference: example.com/a/b:c, dockerImageManifests: [{digest: 1, mediaType: 2, manifestSize: \"3\", architecture: [], os: {}}]}\n",
        "image: {dockerImageMetadata: text, dockerImageMetadataVersion: \"9\"}\n",
        "image: {dockerImageMetadata: {a: 1}, dockerImageMetadataVersion: 1.5}\n",
        "image: {dockerImageManifest: {a: b}, metadata: {name: [x]}, dockerImageReference: 7}\n",
        "image: {dockerImageReference: example.com/a/b:c, signatures: [{metadata: {name: \"a@b\"}, type: t, content: \"%%%\"}]}\n",
        "image: {dockerImageReference: example.com/a/b:c, signatures: [{metadata: {name: \"a@b\"}, type: t, content: aGk=, conditions: {a: b}}]}\n",
        "image: {dockerImageReference: example.com/a/b:c, signatures: [{metadata: {name: \"a@b\"}, type: t, content: aGk=, conditions: [{type: Trusted, status: true}, {type: ForImage, status: \"True\"}], issuedTo: []}]}\n",
        "image: {dockerImageReference: example.com/a/b:c, signatures: [{metadata: {name: \"a@b\"}, type: t, content: aGk=, conditions: [{type: Trusted, status: \"True\", lastProbeTime: yesterday}, {type: ForImage, status: \"True\"}], imageIdentity: x}]}\n",
        "image: {signatures: [{metadata: {name: \"a@b\", labels: [x], annotations: text}, type: t, content: aGk=}], dockerImageReference: example.com/a/b:c}\n",
        "image: {dockerImageReference: example.com/a/b:c, signatures: [{metadata: {name: \"a@b\"}, type: t, content: aGk=, conditions: {a: b}, imageIdentity: x}]}\n",
        "image: {dockerImageReference: example.com/a/b:c, signatures: [{metadata: {name: \"a@b\"}, type: t, content: aGk=, conditions: [[], {type: Trusted, status: \"True\"}], imageIdentity: x}]}\n",
    ]

    @Test(arguments: wrongShapes)
    func wrongShapesAreTheSchemaPassesOnly(_ image: String) {
        #expect(Self.findings(Self.header + image) == [])
    }

    @Test func nullItemsAreZeroValues() {
        let yaml = Self.header + "image:\n  dockerImageReference: example.com/a/b:c\n  dockerImageLayers: [~]\n  signatures:\n  - null\n"
        #expect(
            Self.findings(yaml) == [
                "IST402 image.dockerImageLayers[0].name 7:23",
                "IST402 image.dockerImageLayers[0].size 7:23",
                "IST402 image.dockerImageLayers[0].mediaType 7:23",
                "IST408 image.signatures[0].type 9:5",
                "IST408 image.signatures[0].content 9:5",
                "IST409 image.signatures[0].metadata.name 9:5",
            ])
    }

    @Test func mergeKeysAndAliasesAreFollowedAndAnAliasedItemIsReadOnce() {
        let yaml =
            Self.header + """
                image:
                  dockerImageReference: example.com/a/b:c
                  dockerImageMetadata:
                    base: &base {mediaType: application/vnd.oci.image.layer.v1.tar+gzip, size: 10}
                    bad: &bad {name: "sha256:aa", size: 1, mediaType: x}
                  dockerImageLayers:
                  - <<: *base
                    name: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d
                  - *bad
                  - *bad

                """
        #expect(
            Self.findings(yaml) == [
                "IST402 image.dockerImageLayers[1].name 9:22",
                "IST402 image.dockerImageLayers[1].mediaType 9:55",
            ])
    }

    @Test func pathsInsideAListStartAtTheItem() {
        let yaml = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: image.openshift.io/v1
              kind: ImageStreamTag
              metadata: {name: "a:b"}
            - apiVersion: image.openshift.io/v1
              kind: ImageStreamTag
              metadata: {name: "a:c"}
              image:
                dockerImageReference: example.com/a/b:c
                signatures: [{metadata: {name: nope}, type: AtomicImageV1, content: aGk=}]

            """
        #expect(Self.findings(yaml) == ["IST409 items[1].image.signatures[0].metadata.name 12:36"])
    }

    /// The latest `Trusted` condition as the server picks it: by `lastProbeTime` (a missing time
    /// is the earliest), a later entry winning a tie, times compared across zones.
    static let trustCases: [(conditions: String, unknown: Bool)] = [
        ("[{type: Trusted, status: \"True\"}, {type: Trusted, status: Unknown}]", true),
        ("[{type: Trusted, status: Unknown}, {type: Trusted, status: \"True\"}]", false),
        ("[{type: Trusted, status: \"True\", lastProbeTime: \"2024-01-01T00:00:00Z\"}, {type: Trusted, status: Unknown}]", false),
        (
            "[{type: Trusted, status: Unknown, lastProbeTime: \"2024-01-01T10:00:00Z\"}, {type: Trusted, status: \"True\", lastProbeTime: \"2024-01-01T11:00:00+02:00\"}]",
            true
        ),
        (
            "[{type: Trusted, status: Unknown, lastProbeTime: \"2024-01-01T10:00:00Z\"}, {type: Trusted, status: \"True\", lastProbeTime: \"2024-01-01T11:00:00.5+01:00\"}]",
            false
        ),
        ("[{type: Trusted, status: \"False\"}]", false),
        ("[{type: ForImage, status: \"True\"}]", true),
        ("[]", true),
    ]

    @Test(arguments: trustCases.indices)
    func latestTrustedConditionIsTheServers(_ index: Int) {
        let (conditions, unknown) = Self.trustCases[index]
        let yaml =
            Self.header
            + "image:\n  dockerImageReference: example.com/a/b:c\n  signatures:\n  - {metadata: {name: \"a@b\"}, type: AtomicImageV1, content: aGk=, imageIdentity: x, conditions: \(conditions)}\n"
        #expect(Self.findings(yaml).contains { $0.hasPrefix("IST411 ") } == unknown, "\(conditions)")
    }

    @Test func metadataVersionMattersOnlyWithMetadata() {
        #expect(Self.findings(Self.header + "image: {dockerImageMetadata: null, dockerImageMetadataVersion: \"2\"}\n") == [])
        #expect(Self.findings(Self.header + "image: {dockerImageMetadataVersion: \"2\"}\n") == [])
        #expect(Self.findings(Self.header + "image: {dockerImageMetadata: {}, dockerImageMetadataVersion: \"\"}\n") == [])
        #expect(
            Self.findings(Self.header + "image: {dockerImageMetadata: {}, dockerImageMetadataVersion: \"2\"}\n") == [
                "IST405 image.dockerImageMetadataVersion 5:62"
            ])
    }

    @Test func manifestShapeAgainstTheImagesLists() {
        let list = #"'{"mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}'"#
        let layers =
            "[{name: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d, size: 1, mediaType: application/vnd.oci.image.layer.v1.tar}]"
        #expect(
            Self.findings(Self.header + "image: {dockerImageReference: example.com/a/b:c, dockerImageManifest: \(list), dockerImageLayers: \(layers)}\n")
                == ["IST406 image.dockerImageManifest 5:71"])
        #expect(Self.findings(Self.header + "image: {dockerImageManifest: '[1, 2]'}\n") == ["IST406 image.dockerImageManifest 5:30"])
        #expect(Self.findings(Self.header + "image: {dockerImageManifest: '{\"mediaType\": \"a/b\"}'}\n") == [])
    }

    @Test func theServersUnanchoredDigestCheckIsNamed() {
        let yaml =
            Self.header
            + "image:\n  dockerImageReference: example.com/a/b:c\n  dockerImageManifests:\n  - {digest: \"x sha256:3e23e8160039594a33894f6564e1b134 y\", mediaType: a/b, manifestSize: 1, architecture: amd64, os: linux}\n"
        let report = Linter().lint(Array(yaml.utf8), file: "x.yaml")
        let messages = report.diagnostics.filter { $0.ruleId == "IST404" }.map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("the server's own check looks for a digest anywhere in the value and lets this through") == true)
    }

    @Test func aRegistryOnlyOrTaggedReferenceHasNoDigestToCompare() {
        for reference in ["quay.io", "quay.io/a/b:1", "quay.io/a/b"] {
            let yaml = Self.header + "image:\n  dockerImageReference: \(reference)\n  metadata: {name: \"\(Self.image)\"}\n"
            #expect(Self.findings(yaml) == [], "\(reference)")
        }
    }
}
