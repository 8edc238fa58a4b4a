/// The documentation of a field as hover and completion show it: its type, the API's description
/// of it (`FieldDescriptions`, or the catalogue's summary where the API has none of its own),
/// its allowed values and its default.
enum FieldHelp {
    /// The field's documentation in Markdown; `path` is where it is (`tag.from.kind`).
    static func markdown(_ field: FieldSpec, in schema: ObjectSchema, path: String) -> String {
        var parts = ["**\(field.name)** (\(typeName(field))) · `\(path)` in \(schema.name)"]
        parts.append(description(field, in: schema))
        if !field.allowedValues.isEmpty {
            parts.append("Allowed values: " + field.allowedValues.map { "`\($0)`" }.joined(separator: ", "))
        }
        if let value = field.defaultValue { parts.append("Default: `\(value)`") }
        return parts.joined(separator: "\n\n")
    }

    /// The API's description of a field, else the catalogue's summary.
    static func description(_ field: FieldSpec, in schema: ObjectSchema) -> String {
        FieldDescriptions.byType[schema.name]?[field.name] ?? field.summary
    }

    /// How the field's type reads: `string`, `boolean`, `TagReference`, `list of TagEventCondition`.
    static func typeName(_ field: FieldSpec) -> String {
        if let goType = field.goType { return "\(typeName(field.type)), `\(goType)`" }
        return typeName(field.type)
    }

    private static func typeName(_ type: FieldType) -> String {
        switch type {
        case .string: return "string"
        case .int64: return "integer"
        case .bool: return "boolean"
        case .object(let name): return name
        case .list(let element): return "list of \(typeName(element))"
        case .stringMap: return "map of strings"
        case .bytes: return "base64 data"
        case .time: return "RFC 3339 time"
        case .freeFormObject: return "object"
        }
    }
}
