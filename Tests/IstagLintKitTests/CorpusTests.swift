import Foundation
import IstagLintKit
import Testing

/// Real manifests written by other people (`../shared/corpus/real/`): istaglint reads every
/// one without trouble, and reports errors only where a file is known to be broken.
@Suite(.enabled(if: Repository.shared != nil, "../shared/ is not beside the checkout: the real-manifest corpus is skipped"))
struct CorpusTests {
    /// Files that are broken for the server, with the reason, and the error rules they must trigger.
    static let knownBroken: [String: (rules: Set<String>, reason: String)] = {
        [
            "openshift__ci-tools__pkg__steps__testdata__isTags__pipeline_malformed_istag.yaml": (
                ["IST102"], "a deliberately malformed test fixture: image.dockerImageMetadata is a string"
            ),
            "unknown__findstring-31616998265__myapp-istag-sample.yaml": (
                ["IST203"], "a cheat-sheet sample whose digest is the placeholder sha256:abc123..."
            ),
            "unknown__findstring-56478892321__python-base-istag-with-spec.yaml": (
                ["IST101"], "a lab solution that writes ImageStream's spec: on an ImageStreamTag"
            ),
            "fabric8io__kubernetes-client__kubernetes-examples__ImageStreamTagExample.java__at-14f2eb108d.yaml": (
                ["IST004"], "a client library's example with the legacy apiVersion v1, which oc apply cannot map"
            ),
            "fabric8io__kubernetes-client__kubernetes-model-generator__kubernetes-model-core__src__test__resources__valid-ist__at-4c37d54de4.json": (
                ["IST004", "IST208"], "a model test resource: legacy apiVersion v1, and tag.annotations that metadata.annotations lack"
            ),
            "fabric8io__kubernetes-client__kubernetes-model-generator__openshift-model__src__test__resources__valid-ist__at-4c37d54de4.json": (
                ["IST004", "IST208"], "a model test resource: legacy apiVersion v1, and tag.annotations that metadata.annotations lack"
            ),
            "jboss-openshift__application-templates__datagrid__datagrid71-image-stream.json": (
                ["IST004", "IST101"], "OpenShift 3 image streams: legacy apiVersion v1 on each item, and labels beside metadata, which strict decoding refuses"
            ),
            "jboss-openshift__application-templates__eap__eap71-image-stream.json": (
                ["IST004", "IST101"], "OpenShift 3 image streams: legacy apiVersion v1 on each item, and labels beside metadata, which strict decoding refuses"
            ),
            "jboss-openshift__application-templates__webserver__jws31-tomcat8-image-stream.json": (
                ["IST004", "IST101"], "OpenShift 3 image streams: legacy apiVersion v1 on each item, and labels beside metadata, which strict decoding refuses"
            ),
            "openshift__library__official__3scale__imagestreams__apicast-gateway.json": (
                ["IST004"], "an OpenShift 3 image stream with the legacy apiVersion v1"
            ),
            "openshift__library__official__amq__imagestreams__jboss-amq-63-rhel7.json": (
                ["IST004"], "an OpenShift 3 image stream with the legacy apiVersion v1"
            ),
            "openshift__openshift-restclient-java__src__test__resources__samples__openshift3__v1_image_stream.json": (
                ["IST004"], "a client library's OpenShift 3 sample with the legacy apiVersion v1"
            ),
            "openshift__origin__test__testdata__test-multiarch-stream.yaml": (
                ["IST004"], "a test stream with the legacy apiVersion v1"
            ),
            "openshift__cluster-samples-operator__manifests__image-references": (
                ["IST104"], "the release payload's image-references, read by oc adm release new, not applied: an ImageStream without metadata.name"
            ),
            "openshift__oc__pkg__helpers__graph__genericgraph__test__bad_secret_refs.yaml": (
                ["IST210"], "a graph test fixture whose spec.dockerImageRepository names a tag (the repository name may not contain a tag)"
            ),
            "prb112__imagestream-set-schedule__0_imagestreamtag.json": (
                ["IST204"], "a digest pull spec under kind: ImageStreamTag, whose stream part the server cannot look up"
            ),
            "prb112__imagestream-set-schedule__5_or_kind_not_exists.json": (
                ["IST112"], "a test case with an owner reference without a kind"
            ),
            "prb112__imagestream-set-schedule__5_or_kind_second.json": (
                ["IST112"], "a test case with two controller owner references"
            ),
        ]
    }()

    /// Templates that name a linted kind, with the reason: each gets exactly one
    /// `templated-manifest` warning and nothing else (before rendering, its {{ … }} placeholders
    /// would read as wrong names, pull specs and YAML mappings).
    static let templates: [String: String] = {
        let jinja = "an openshift-ansible Jinja template: unrendered {{ var }} scalars"
        return [
            "containerbuildsystem__osbs-client__inputs__image_stream.json": "an ImageStream template with a {{NAME}} placeholder",
            "containerbuildsystem__osbs-client__inputs__image_stream_tag__at-d03bdf57b2.json":
                "an OpenShift 3 template with the legacy apiVersion v1 and {{...}} placeholders in the name and the pull spec",
            "containerbuildsystem__osbs-client__inputs__image_stream_tag__at-ffa69bb53a.json":
                "a template with {{IMAGE_STREAM_ID}}:{{TAG_ID}} placeholders in the name and the pull spec",
            "openshift__openshift-ansible__roles__kube_proxy_and_dns__templates__kube-proxy-and-dns-images.yaml__at-e4a9b24e54.j2": jinja,
            "openshift__openshift-ansible__roles__kuryr__templates__node-images.yaml__at-7cc0585f8e.j2": jinja,
            "openshift__openshift-ansible__roles__kuryr__templates__node-images.yaml__at-a5dd4b4861.j2": jinja,
            "openshift__openshift-ansible__roles__openshift_bootstrap_autoapprover__templates__openshift-bootstrap-images.yaml__at-2b8b847c30.j2": jinja,
            "openshift__openshift-ansible__roles__openshift_node_group__templates__sync-images.yaml__at-4a53b1c94c.j2": jinja,
        ]
    }()

    /// Files that are broken only under some `apply:` modes, with the extra error rules.
    static let knownBrokenUnder: [ApplyMode: [String: (rules: Set<String>, reason: String)]] = {
        let exportWithTagAnnotations = (
            rules: Set(["IST208"]),
            reason:
                "an export with tag.annotations: client-side oc apply creates it with the last-applied annotation in metadata.annotations only, which the server refuses"
        )
        let noTag = (rules: Set(["IST312"]), reason: "an ImageStreamTag without tag: oc apply --server-side is refused (not a spec tag)")
        let agnosticd = "redhat-cop__agnosticd__ansible__roles__ocp4-workload-quarkus-workshop__files__openjdk-21-ubi8-imagestream__at-688523de9a.yaml"
        return [
            .client: [agnosticd: exportWithTagAnnotations],
            .kustomize: [agnosticd: exportWithTagAnnotations],
            .server: Dictionary(
                uniqueKeysWithValues: [
                    "openshift__ci-tools__pkg__steps__testdata__isTags__pipeline_malformed_istag.yaml",
                    "openshift__ci-tools__pkg__steps__testdata__isTags__pipeline_no_bytes_istag.yaml",
                    "openshift__ci-tools__pkg__steps__testdata__isTags__pipeline_no_label_istag.yaml",
                    "openshift__ci-tools__pkg__steps__testdata__isTags__pipeline_v4.10_istag.yaml",
                    "openshift__ci-tools__pkg__steps__testdata__isTags__pipeline_v4.11_istag.yaml",
                    "unknown__findstring-27989067615__neon-app-jenkinsfile-istag.yaml",
                    "unknown__findstring-56478892321__python-base-istag-with-spec.yaml",
                ].map { ($0, noTag) }),
        ]
    }()

    static let files: [String] = {
        guard let shared = Repository.shared else { return [] }
        let directory = shared.appendingPathComponent("corpus/real")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0 != "README.md" }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.files.count > 50)
    }

    /// Every file under every `apply:` mode: errors exactly where the file is known broken
    /// for that mode.
    @Test(arguments: files, ApplyMode.allCases)
    func errorsOnlyWhereKnownBroken(_ name: String, mode: ApplyMode) throws {
        let shared = try #require(Repository.shared)
        let url = shared.appendingPathComponent("corpus/real/\(name)")
        let report = Linter().lint([UInt8](try Data(contentsOf: url)), file: name, applyMode: mode)
        let errorRules = Set(report.diagnostics.filter { $0.severity == .error }.map(\.ruleId))
        let expected = (Self.knownBroken[name]?.rules ?? []).union(Self.knownBrokenUnder[mode]?[name]?.rules ?? [])
        #expect(errorRules == expected, "\(report.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleId) \($0.message)" })")
    }

    /// Every template that names a linted kind gets one `templated-manifest` warning, and
    /// every other file none.
    @Test(arguments: files)
    func onlyTemplatesGetTheTemplateFinding(_ name: String) throws {
        let shared = try #require(Repository.shared)
        let url = shared.appendingPathComponent("corpus/real/\(name)")
        let report = Linter().lint([UInt8](try Data(contentsOf: url)), file: name)
        if Self.templates[name] != nil {
            #expect(report.diagnostics.map(\.ruleId) == ["IST009"])
            #expect(report.notManifestReason != nil)
        } else {
            #expect(!report.diagnostics.contains { $0.ruleId == "IST009" })
            #expect(report.notManifestReason == nil, "\(report.notManifestReason ?? "")")
        }
    }
}
