/// The tool's name, version and home, for reports and `--version`.
public enum ToolInfo {
    /// The command's name.
    public static let name = "istaglint"
    /// The released version.
    public static let version = "0.1.0"
    /// Where the rules are documented.
    public static let informationURI = "https://github.com/istaglint/istaglint"
}
