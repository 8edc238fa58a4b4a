import Foundation
import Testing

@testable import IstagLintKit

/// The descriptions hover shows are the API's own, word for word: each compiled text equals the
/// `description` of its field in the OpenShift 4.17 schemas beside the checkout, and every field
/// of the catalogue that has one there has it here.
struct FieldDescriptionTests {
    /// Where each type of the catalogue is in the standalone schemas: a file and a path of
    /// property names (`[]` for a list's items).
    static let places: [String: (file: String, path: [String])] = [
        "ImageStreamTag": ("imagestreamtag", []), "ObjectMeta": ("imagestreamtag", ["metadata"]),
        "TagReference": ("imagestreamtag", ["tag"]), "ObjectReference": ("imagestreamtag", ["tag", "from"]),
        "TagImportPolicy": ("imagestreamtag", ["tag", "importPolicy"]), "TagReferencePolicy": ("imagestreamtag", ["tag", "referencePolicy"]),
        "ImageLookupPolicy": ("imagestreamtag", ["lookupPolicy"]), "TagEventCondition": ("imagestreamtag", ["conditions", "[]"]),
        "OwnerReference": ("imagestreamtag", ["metadata", "ownerReferences", "[]"]),
        "ManagedFieldsEntry": ("imagestreamtag", ["metadata", "managedFields", "[]"]),
        "Image": ("image", []), "ImageLayer": ("image", ["dockerImageLayers", "[]"]), "ImageManifest": ("image", ["dockerImageManifests", "[]"]),
        "ImageSignature": ("imagesignature", []), "SignatureCondition": ("imagesignature", ["conditions", "[]"]),
        "SignatureIssuer": ("imagesignature", ["issuedBy"]), "SignatureSubject": ("imagesignature", ["issuedTo"]),
        "ImageStream": ("imagestream", []), "ImageStreamSpec": ("imagestream", ["spec"]), "ImageStreamStatus": ("imagestream", ["status"]),
        "NamedTagEventList": ("imagestream", ["status", "tags", "[]"]), "TagEvent": ("imagestream", ["status", "tags", "[]", "items", "[]"]),
    ]

    /// The generic texts of Go types that say nothing about the field.
    static let genericTexts = ["Time is a wrapper around time.Time", "RawExtension is used to hold extensions"]

    @Test func everyCompiledDescriptionIsTheSchemas() throws {
        let shared = try #require(Repository.shared, "../shared/ is missing")
        let folder = shared.appendingPathComponent("schemas/openshift-4.17/v4.17-standalone")
        #expect(Set(FieldDescriptions.byType.keys) == Set(Self.places.keys))
        for (type, place) in Self.places {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(place.file)-image-v1.json"))
            var node = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for step in place.path {
                let next = step == "[]" ? node["items"] : (node["properties"] as? [String: Any])?[step]
                node = try #require(next as? [String: Any], "\(type): no \(step) in \(place.file)")
            }
            let properties = try #require(node["properties"] as? [String: [String: Any]])
            var expected: [String: String] = [:]
            for (field, property) in properties {
                guard let text = property["description"] as? String, !Self.genericTexts.contains(where: text.hasPrefix) else { continue }
                expected[field] = text
            }
            #expect(FieldDescriptions.byType[type] == expected, "\(type)'s descriptions differ from \(place.file)'s schema")
            let schema = try #require(SchemaCatalog.schema(named: type))
            for field in expected.keys where schema.field(named: field) == nil && field != "fieldsV1" {
                Issue.record("\(type).\(field) has a description but is not in the catalogue")
            }
        }
    }

    /// Fields whose descriptions the API reference of ImageStreamTag gives (it is a page's text,
    /// and lists some fields without theirs).
    static let inTheReference = [
        ("ImageStreamTag", "conditions"), ("ImageStreamTag", "generation"), ("ImageStreamTag", "kind"), ("TagReference", "name"),
        ("TagReference", "annotations"), ("TagReference", "reference"), ("TagReference", "generation"), ("TagImportPolicy", "insecure"),
        ("TagImportPolicy", "scheduled"), ("ImageLookupPolicy", "local"), ("ImageLayer", "mediaType"),
    ]

    @Test func theImageStreamTagsDescriptionsAreThoseOfItsAPIReference() throws {
        let shared = try #require(Repository.shared, "../shared/ is missing")
        // The page writes typographic apostrophes where the schema has plain ones.
        let reference = try String(contentsOf: shared.appendingPathComponent("reference/imagestreamtag-api.txt"), encoding: .utf8)
            .replacingOccurrences(of: "\u{2019}", with: "'")
        for (type, field) in Self.inTheReference {
            let text = try #require(FieldDescriptions.byType[type]?[field], "\(type).\(field) has no description")
            #expect(reference.contains(text), "\(type).\(field) reads differently in the API reference")
        }
    }
}
