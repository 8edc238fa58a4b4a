import ArgumentParser

/// The report formats of `--format`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
