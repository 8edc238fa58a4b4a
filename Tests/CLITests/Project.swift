import Foundation
import Testing

/// A small project in a temporary folder: files written by relative path, removed when done.
struct Project {
    /// A manifest the server refuses (legacy apiVersion, IST004) and with no tag (IST312).
    static let legacy = "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n"

    let root: URL

    /// A project holding `files` (path → content); `git` makes it a repository's root (an
    /// empty `.git` folder is all istaglint looks for).
    init(_ files: [String: String], git: Bool = false) throws {
        root = try CLI.temporaryDirectory()
        if git { try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true) }
        for (path, content) in files { try write(path, content) }
    }

    /// Writes one file, creating its folders.
    func write(_ path: String, _ content: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    /// An absolute path inside the project.
    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Runs istaglint in a folder of the project.
    func run(_ arguments: [String], in folder: String = ".", input: Data? = nil, environment: [String: String] = [:]) throws -> CLI.Outcome {
        try CLI.run(arguments, input: input, in: root.appendingPathComponent(folder), environment: environment)
    }

    /// The files with findings in a text or `--quiet` report, in order, each once.
    static func files(_ outcome: CLI.Outcome) -> [String] {
        var files: [String] = []
        for line in outcome.stdout.split(separator: "\n") where !line.hasPrefix(" ") && line.contains(": ") && line.hasSuffix("]") {
            let file = String(line.prefix { $0 != ":" })
            if files.last != file { files.append(file) }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
