/// How the manifests are sent to the cluster (`apply:` in `.istaglint.yaml`, `--apply` on the
/// command line).
///
/// The server's validation is the same whatever sends the object, but what is sent is not:
/// client-side `oc apply` adds `kubectl.kubernetes.io/last-applied-configuration` to
/// `metadata.annotations` and on every later run GETs the object and patches it; kustomize
/// decodes YAML strictly; `oc create` sends the object once as written. A rule whose verdict
/// depends on the mode says so on its page.
public enum ApplyMode: String, Sendable, CaseIterable, Codable {
    /// `oc apply -f`: client-side apply (the default, and Argo CD's default).
    case client
    /// `oc apply --server-side` (Flux applies this way).
    case server
    /// `oc create -f`: sent once, as written.
    case create
    /// `oc apply -k`: kustomize reads the files (strictly), then client-side apply.
    case kustomize

    /// The mode when nothing says otherwise.
    public static let `default` = ApplyMode.client

    /// Whether kubectl writes `kubectl.kubernetes.io/last-applied-configuration` into
    /// `metadata.annotations` (kubectl `pkg/cmd/apply/apply.go` `applyOneObject`).
    public var addsLastAppliedAnnotation: Bool { self == .client || self == .kustomize }

    /// Whether the same manifest is applied again and again (GET, then PATCH or POST), as
    /// client-side apply and the GitOps tools that use it do on every sync.
    public var reapplies: Bool { self == .client || self == .kustomize }

    /// Whether duplicate keys make the file unreadable (kustomize reads YAML with yaml.v3).
    public var refusesDuplicateKeys: Bool { self == .kustomize }

    /// The command the mode stands for, for messages: `client-side oc apply`.
    public var command: String {
        switch self {
        case .client: return "client-side oc apply"
        case .server: return "oc apply --server-side"
        case .create: return "oc create"
        case .kustomize: return "oc apply -k"
        }
    }

    /// The setting as written in messages: `apply: client`.
    public var setting: String { "apply: \(rawValue)" }
}
