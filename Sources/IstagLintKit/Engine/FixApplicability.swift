/// Whether a fix is applied by `--fix`, or only by `--fix --unsafe-fixes`.
///
/// A safe fix keeps what the author evidently meant: the server, or kubectl, reads the same
/// thing after it (a YAML 1.1 `yes` written `true`), or there is one correct spelling of what was
/// written (`dockerimage` is `DockerImage`, `v1` is `image.openshift.io/v1`). An unsafe fix is a
/// guess that may change meaning: a field or value a few letters away, a number quoted as text.
public enum FixApplicability: String, Sendable, Hashable, Codable, CaseIterable {
    /// Applied by `--fix`.
    case safe
    /// Applied only with `--unsafe-fixes`.
    case unsafe

    /// A correction to the nearest valid spelling: safe when only the letter case (or spaces
    /// around it) differs, since then there is no other reading; unsafe otherwise.
    public static func correcting(_ original: String, to replacement: String) -> FixApplicability {
        original.trimmingASCIIWhitespace().lowercased() == replacement.lowercased() ? .safe : .unsafe
    }
}
