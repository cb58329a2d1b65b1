/// Where each fact id is in a sheet, for reading the ids a message cites. Ids are numbered
/// in order ("f12" is the twelfth fact), so an id is read as its number and checked against
/// the sheet, and only an id that is not where its number says is looked up by hashing.
public struct FactIndex: Sendable, ExpressibleByDictionaryLiteral {
    /// The ids in sheet order when they are all different; empty otherwise.
    private let ids: [String]
    private let byID: [String: Int]

    /// The index of `facts`; where two facts share an id, the later one is found.
    public init(_ facts: [Fact]) {
        var byID: [String: Int] = [:]
        byID.reserveCapacity(facts.count)
        for i in facts.indices { byID[facts[i].id] = i }
        self.byID = byID
        ids = byID.count == facts.count ? facts.indices.map { facts[$0].id } : []
    }

    public init(dictionaryLiteral elements: (String, Int)...) {
        byID = Dictionary(elements, uniquingKeysWith: { $1 })
        ids = []
    }

    public subscript(id: String) -> Int? {
        if let n = Self.number(id), n >= 1, n <= ids.count, ids[n - 1] == id { return n - 1 }
        return byID[id]
    }

    /// The number of an id of the form "f" and ASCII digits (at most nine).
    static func number(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { b -> Int? in
            guard b.count >= 2, b.count <= 10, b[0] == 0x66 else { return nil }
            var n = 0
            for i in 1..<b.count {
                guard UTF8Bytes.isDigit(b[i]) else { return nil }
                n = n * 10 + Int(b[i] &- 0x30)
            }
            return n
        }
    }
}
