import Foundation
/// Checks the validator itself, so a schema check that passes means something.
import Testing

/// A small JSON Schema validator for the keywords `schema/report.schema.json` uses:
/// type, const, enum, required, properties, additionalProperties, items, minimum, pattern
/// and local `$ref`. Unknown keywords fail loudly, so the schema cannot outgrow the check.
enum ReportSchema {
    struct UnsupportedKeyword: Error, CustomStringConvertible {
        let keyword: String
        var description: String { "the test validator does not know the keyword \(keyword)" }
    }

    static let known: Set<String> = [
        "$schema", "$id", "title", "description", "type", "const", "enum", "required", "properties",
        "additionalProperties", "items", "minimum", "pattern", "$ref", "definitions",
    ]

    static func loadSchema() -> [String: Any] {
        let url = Repository.root.appendingPathComponent("schema/report.schema.json")
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    /// The violations of a JSON text, as `path: problem` lines; empty when it conforms.
    static func validate(_ json: String) throws -> [String] {
        let schema = loadSchema()
        guard !schema.isEmpty else { return ["schema/report.schema.json could not be read"] }
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        var errors: [String] = []
        try check(value, against: schema, root: schema, at: "$", errors: &errors)
        return errors
    }

    private static func check(_ value: Any, against schema: [String: Any], root: [String: Any], at path: String, errors: inout [String]) throws {
        for keyword in schema.keys where !known.contains(keyword) { throw UnsupportedKeyword(keyword: keyword) }
        if let reference = schema["$ref"] as? String {
            let name = String(reference.dropFirst("#/definitions/".count))
            guard let definitions = root["definitions"] as? [String: Any], let target = definitions[name] as? [String: Any] else {
                errors.append("\(path): unresolved \(reference)")
                return
            }
            try check(value, against: target, root: root, at: path, errors: &errors)
        }
        if let type = schema["type"] as? String, !matches(value, type: type) {
            errors.append("\(path): expected \(type), found \(value)")
            return
        }
        if let constant = schema["const"], !same(value, constant) { errors.append("\(path): expected \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { same(value, $0) }) {
            errors.append("\(path): \(value) is not one of \(options)")
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? NSNumber, number.doubleValue < minimum {
            errors.append("\(path): \(number) is below \(minimum)")
        }
        if let pattern = schema["pattern"] as? String, let string = value as? String,
            string.range(of: pattern, options: .regularExpression) == nil
        {
            errors.append("\(path): \"\(string)\" does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                errors.append("\(path): missing \(key)")
            }
            for (key, member) in object {
                if let propertySchema = properties[key] as? [String: Any] {
                    try check(member, against: propertySchema, root: root, at: "\(path).\(key)", errors: &errors)
                } else if schema["additionalProperties"] as? Bool == false {
                    errors.append("\(path): unexpected property \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { try check(item, against: items, root: root, at: "\(path)[\(index)]", errors: &errors) }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "integer":
            guard let number = value as? NSNumber else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        default: return false
        }
    }

    private static func same(_ lhs: Any, _ rhs: Any) -> Bool {
        if let left = lhs as? String, let right = rhs as? String { return left == right }
        if let left = lhs as? NSNumber, let right = rhs as? NSNumber { return left == right }
        return false
    }
}

struct ReportSchemaTests {
    @Test func validatorRejectsWhatTheSchemaForbids() throws {
        let good =
            #"{"version":1,"tool":{"name":"istaglint","version":"0.1.0"},"diagnostics":[],"notManifests":[],"unreadable":[],"summary":{"files":0,"unreadable":0,"documents":0,"objects":0,"skippedDocuments":0,"notManifests":0,"errors":0,"warnings":0,"infos":0}}"#
        #expect(try ReportSchema.validate(good) == [])
        let wrongVersion = good.replacingOccurrences(of: #""version":1"#, with: #""version":2"#)
        #expect(try !ReportSchema.validate(wrongVersion).isEmpty)
        let extra = good.replacingOccurrences(of: #""diagnostics":[]"#, with: #""diagnostics":[],"extra":true"#)
        #expect(try ReportSchema.validate(extra).contains("$: unexpected property extra"))
        let badDiagnostic = good.replacingOccurrences(
            of: #""diagnostics":[]"#,
            with:
                #""diagnostics":[{"file":"a","document":0,"ruleId":"X1","ruleName":"a","severity":"fatal","message":"m","path":"","range":{"start":{"line":0,"column":1,"offset":0},"end":{"line":1,"column":1,"offset":0}}}]"#
        )
        let errors = try ReportSchema.validate(badDiagnostic)
        #expect(errors.contains { $0.contains("ruleId") })
        #expect(errors.contains { $0.contains("severity") })
        #expect(errors.contains { $0.contains("line") && $0.contains("below") })
    }
}
