/// The editor's format: one JSON document per run, `"version": 1`, camelCase keys, sorted.
///
/// The shape is described by `schema/report.schema.json`; a test checks real output against it.
/// `diagnostics` sorts first, so the document is written as the files are linted: the
/// diagnostics one by one, then the members that close it.
public struct JSONReporter: StreamingReporter {
    /// The members after `diagnostics`, in key order: all known only at the end of the run.
    struct Closing: Encodable {
        struct Tool: Encodable {
            var name = ToolInfo.name
            var version = ToolInfo.version
        }

        var notManifests: [NotManifest]
        var summary: Summary
        var tool = Tool()
        var unreadable: [ReadFailure]
        var version = 1
    }

    /// Creates a JSON reporter.
    public init() {}

    /// The root object's opening and the `diagnostics` key.
    public func writeOpening(to output: inout some TextOutputStream) {
        output.write("{\n  \"diagnostics\" : [")
    }

    /// Each diagnostic of the file as an element of `diagnostics`.
    public func write(file: FileReport, progress: inout StreamProgress, to output: inout some TextOutputStream) {
        if let reason = file.notManifestReason { progress.notManifests.append(NotManifest(path: file.file, reason: reason)) }
        guard !file.diagnostics.isEmpty else { return }
        let pieces = JSONPieces()
        for diagnostic in file.diagnostics {
            output.write(progress.diagnosticsWritten == 0 ? "\n" : ",\n")
            output.write(pieces.element(diagnostic, depth: 2))
            progress.diagnosticsWritten += 1
        }
    }

    /// The end of `diagnostics`, then `notManifests`, `summary`, `tool`, `unreadable` and `version`.
    public func writeClosing(summary: Summary, readFailures: [ReadFailure], progress: StreamProgress, to output: inout some TextOutputStream) {
        output.write(JSONPieces.arrayEnd(depth: 1, isEmpty: progress.diagnosticsWritten == 0) + ",\n")
        output.write(JSONPieces().members(of: Closing(notManifests: progress.notManifests, summary: summary, unreadable: readFailures), depth: 1) + "\n}\n")
    }
}
