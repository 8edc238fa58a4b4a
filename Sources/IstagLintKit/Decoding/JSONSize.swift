import YAMLTree

/// The length in bytes of the compact JSON kubectl makes of a node: what the
/// `kubectl.kubernetes.io/last-applied-configuration` annotation holds (kubectl
/// `pkg/util/apply.go` `GetModifiedConfiguration`, encoded by Go's `encoding/json`).
///
/// Aliases are expanded and merge keys applied as the YAML decoder does; a repeated key counts
/// once (the last value wins). Strings are escaped as Go escapes them (`<`, `>` and `&` as
/// `\u003c`, control characters, U+2028 and U+2029). The walk stops once the length passes a
/// cap, so an alias bomb costs no more than the cap.
enum JSONSize {
    /// How long the JSON of a node is.
    enum Measure: Equatable {
        /// This many bytes, at most the cap.
        case bytes(Int)
        /// More than the cap.
        case overCap
        /// No JSON form (an infinite number, an undefined alias, a key that is not a scalar).
        case unconvertible
    }

    /// The JSON length of `node`, when it is at most `cap`.
    static func of(_ node: NodeID, in document: Document, cap: Int) -> Measure {
        var budget = cap
        guard let size = size(node, in: document, budget: &budget, depth: 0) else { return budget < 0 ? .overCap : .unconvertible }
        return .bytes(size)
    }

    /// The JSON length of a string's bytes, quotes included.
    static func ofString(_ bytes: some Sequence<UInt8>) -> Int {
        var length = 2
        // The two bytes before this one: U+2028 and U+2029 (E2 80 A8, E2 80 A9) take six bytes.
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x08, 0x0C, UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): length += 2
            case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): length += 6
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80): length += 4
            default: length += 1
            }
            previous = (previous.1, byte)
        }
        return length
    }

    private static func size(_ node: NodeID, in document: Document, budget: inout Int, depth: Int) -> Int? {
        guard budget >= 0 else { return nil }
        guard depth < 1_000, let resolved = document.resolved(node) else {
            budget = max(budget, 0)
            return nil
        }
        var total: Int
        switch document[resolved].kind {
        case .mapping:
            guard let entries = document.effectiveEntries(of: resolved) else { return nil }
            var lastByKey: [String: NodeID] = [:]
            var order: [String] = []
            for entry in entries {
                guard let key = KeyText.of(entry.key, in: document) else { return nil }
                if lastByKey.updateValue(entry.value, forKey: key) == nil { order.append(key) }
            }
            total = 2 + max(0, order.count - 1)
            budget -= total
            for key in order {
                guard let value = lastByKey[key], let valueSize = size(value, in: document, budget: &budget, depth: depth + 1) else { return nil }
                let keySize = ofString(key.utf8) + 1
                budget -= keySize
                total += keySize + valueSize
            }
        case .sequence:
            guard let items = document.items(of: resolved) else { return nil }
            total = 2 + max(0, items.count - 1)
            budget -= total
            for item in items {
                guard let itemSize = size(item, in: document, budget: &budget, depth: depth + 1) else { return nil }
                total += itemSize
            }
        case .scalar:
            switch KubernetesScalar.of(resolved, in: document) {
            case .null?: total = 4
            case .bool(let value)?: total = value ? 4 : 5
            case .int(let value)?: total = String(value).utf8.count
            case .uint(let value)?: total = String(value).utf8.count
            case .float(let value)?:
                guard value.isFinite else { return nil }
                total = GoNumberParsing.format(value).utf8.count
            case .string?, nil:
                total = document.withText(of: resolved) { ofString($0) } ?? 2
            }
            budget -= total
        case .alias:
            return nil
        }
        return budget >= 0 ? total : nil
    }
}
