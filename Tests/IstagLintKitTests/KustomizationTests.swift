import Foundation
import IstagLintKit
import Synchronization
import Testing

/// Which files a kustomization names as patches, and how a run finds them.
struct KustomizationTests {
    @Test func everyPatchListNamesItsFiles() {
        let text = """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: [istag.yaml]
            patches:
            - path: patches/tag.yaml
            - path: ../shared/tag.yaml
              target: {kind: ImageStreamTag}
            - patch: |-
                - op: replace
                  path: /tag/from/name
                  value: quay.io/a/ruby:3.4
            - old-style.yaml
            patchesStrategicMerge:
            - smp.yaml
            - |-
              apiVersion: image.openshift.io/v1
              kind: ImageStreamTag
              metadata: {name: inline:1}
            patchesJson6902:
            - target: {group: image.openshift.io, version: v1, kind: ImageStreamTag, name: ruby:3.3}
              path: json6902.yaml
            """
        #expect(Kustomization.patchPaths(in: Array(text.utf8)) == ["patches/tag.yaml", "../shared/tag.yaml", "old-style.yaml", "smp.yaml", "json6902.yaml"])
        #expect(Kustomization.patchPaths(in: Array("- not a kustomization\n".utf8)) == [])
        #expect(Kustomization.patchPaths(in: Array("patches: [a\n".utf8)) == [])
    }

    /// A file system of a few files, counting reads.
    final class FakeFiles: Sendable {
        let files: [String: String]
        let reads = Mutex<[String]>([])

        init(_ files: [String: String]) { self.files = files }

        func index(from directory: String) -> KustomizePatches {
            KustomizePatches(
                workingDirectory: directory,
                exists: { path in self.files[path] != nil || self.files.keys.contains { $0.hasPrefix(path + "/") } },
                read: { path in
                    self.reads.withLock { $0.append(path) }
                    return self.files[path].map { Array($0.utf8) }
                })
        }
    }

    @Test func aPatchIsFoundBesideItsKustomizationOrBelowIt() {
        let files = FakeFiles([
            "/repo/.git/HEAD": "",
            "/repo/app/kustomization.yaml": "patches:\n- path: patches/tag.yaml\n- path: ../other/tag.yaml\n",
            "/repo/app/patches/tag.yaml": "",
            "/repo/app/overlays/prod/Kustomization": "patchesStrategicMerge:\n- tag.yaml\n",
            "/repo/app/overlays/prod/tag.yaml": "",
            "/repo/app/istag.yaml": "",
            "/kustomization.yaml": "patches:\n- path: repo/app/istag.yaml\n",
        ])
        let index = files.index(from: "/repo/app")
        #expect(index.isPatch("patches/tag.yaml"))
        #expect(index.isPatch("./patches//tag.yaml"))
        #expect(index.isPatch("/repo/app/overlays/prod/tag.yaml"))
        #expect(index.isPatch("overlays/../overlays/prod/tag.yaml"))
        #expect(!index.isPatch("istag.yaml"), "a kustomization above the repository root is not looked at")
        #expect(!index.isPatch("/repo/other/tag.yaml"), "kustomize loads nothing outside its folder, so nothing above other/ names it")
        #expect(!index.isPatch("overlays/prod/other.yaml"))
        // Each kustomization is read once, however many files ask.
        #expect(files.reads.withLock { $0 }.sorted() == ["/repo/app/kustomization.yaml", "/repo/app/overlays/prod/Kustomization"])
    }

    @Test func aSessionLintsAPatchAsAPartialObject() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("istaglint-kustomize-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("base"), withIntermediateDirectories: true)
        let patch =
            "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\ntag:\n  from:\n    name: quay.io/a/ruby:3.3.1\n  referencePolicy:\n    type: local\n"
        try Data("resources: [istag.yaml]\npatches:\n- path: patch.yaml\n".utf8).write(to: directory.appendingPathComponent("base/kustomization.yaml"))
        try Data(patch.utf8).write(to: directory.appendingPathComponent("base/patch.yaml"))
        try Data(patch.utf8).write(to: directory.appendingPathComponent("alone.yaml"))
        let session = LintSession(configuration: Configuration(baseDirectory: directory.path), linter: Linter(), workingDirectory: directory.path, jobs: 2)
        let report = session.run(
            paths: [directory.path + "/base/patch.yaml", directory.path + "/alone.yaml", "-"], standardInputName: "base/patch.yaml",
            readStandardInput: { .success(.bytes(Array(patch.utf8))) })
        #expect(report.readFailures == [])
        let codes = report.files.map { file in file.diagnostics.map(\.ruleId) }
        // The patch leaves from.kind to its base; its bad value is still reported.
        #expect(codes == [["IST206"], ["IST202", "IST206"], ["IST206"]])
    }
}
