import YAMLTree

/// Whether a text parses as YAML, for the fixing tests.
enum YAMLParserCheck {
    static func parses(_ bytes: [UInt8]) -> Bool {
        YAMLParser.parse(bytes).problem == nil
    }
}
