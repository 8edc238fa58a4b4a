import YAMLTree

/// What istaglint reads of a kustomize `kustomization.yaml`: the files it names as patches.
///
/// kustomize merges a patch into a complete object of its base before anything is applied,
/// so a patch is a partial object (see `RuleSelection.objectsArePartial`). The patches are
/// the `path` of each `patches` and `patchesJson6902` entry, and each `patchesStrategicMerge`
/// entry that is a path; inline patches (a `patch:` text, or a `patchesStrategicMerge` entry
/// that holds YAML) name no file. Paths are relative to the kustomization's folder.
public enum Kustomization {
    /// The names kustomize reads a kustomization from, in its order.
    public static let fileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    /// The keys whose entries name patch files.
    static let patchKeys = ["patches", "patchesStrategicMerge", "patchesJson6902"]

    /// The patch paths a kustomization's text names, as written. A text that is not a
    /// kustomization (no mapping at its root) names none.
    public static func patchPaths(in bytes: [UInt8]) -> [String] {
        let parsed = YAMLParser.parse(bytes)
        guard let document = parsed.documents.first, let top = document.root, let root = document.resolved(top), document.isMapping(root) else {
            return []
        }
        var paths: [String] = []
        for key in patchKeys {
            guard let list = document.value(forKey: key, in: root).flatMap({ document.items(of: $0) }) else { continue }
            for item in list {
                guard let item = document.resolved(item) else { continue }
                let path = document.isMapping(item) ? document.value(forKey: "path", in: item).flatMap { document.scalar($0) } : document.scalar(item)
                // An inline strategic-merge patch is a YAML text, never a file name.
                guard let path, !path.isEmpty, !path.contains("\n") else { continue }
                paths.append(path)
            }
        }
        return paths
    }
}
