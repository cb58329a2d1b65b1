/// A 64-bit key of a word (FNV-1a of its bytes, lowercased, with the curly apostrophe folded
/// into `'`) or of a phrase (its words' keys combined by `phrase`), so lexicon look-ups hash
/// bytes in place instead of building strings.
///
/// A wrong match needs a 64-bit collision with one of a few thousand lexicon keys:
/// about 1e-15 per look-up.
public struct WordKey: Hashable, Sendable {
    public private(set) var raw: UInt64 = 0xcbf29ce484222325

    public init() {}

    /// A key that no look-up matches (phrases that cross a non-word).
    public static let none: WordKey = { var k = WordKey(); k.raw = 0; return k }()
    public var isNone: Bool { raw == 0 }

    /// The key of a word, or of a phrase (words split at spaces, combined by `phrase`).
    public init(_ text: String) {
        var key: WordKey? = nil
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var utf8 = Array(word.utf8)
            let next = utf8.withUnsafeMutableBufferPointer { WordKey.of(UnsafeBufferPointer($0), 0, $0.count) }
            key = key.map { .phrase($0, next) } ?? next
        }
        self = key ?? WordKey()
    }

    /// The key of a phrase from the key of its first words and the key of the word after
    /// them: phrase keys are made from word keys, so no word's bytes are hashed twice.
    @inline(__always) public static func phrase(_ head: WordKey, _ next: WordKey) -> WordKey {
        var key = WordKey()
        key.raw = SplitMix64.mixed((head.raw &* 0x100000001b3) ^ next.raw ^ 0x20)
        return key
    }

    @inline(__always) public mutating func add(byte: UInt8) {
        raw = (raw ^ UInt64(UTF8Bytes.lower(byte))) &* 0x100000001b3
    }

    public mutating func addSpace() { add(byte: 0x20) }

    /// Adds `bytes[from..<to]`, folding case and the curly apostrophe.
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var i = from
        while i < to {
            let b = bytes[i]
            if b == 0xE2, i + 2 < to, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                add(byte: 0x27)
                i += 3
                continue
            }
            add(byte: b)
            i += 1
        }
    }

    /// The key of `bytes[from..<to]`.
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> WordKey {
        var key = WordKey()
        key.add(bytes, from, to)
        return key
    }

    /// Calls `body` with the length in folded units (a curly apostrophe is one) and the key of
    /// every prefix of `bytes[from..<to]`, shortest first, until `body` returns false.
    @inline(__always)
    public static func forEachPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ body: (Int, WordKey) -> Bool) {
        var key = WordKey()
        var length = 0
        var i = from
        while i < to {
            let b = bytes[i]
            if b == 0xE2, i + 2 < to, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                key.add(byte: 0x27); i += 3
            } else {
                key.add(byte: b); i += 1
            }
            length += 1
            if !body(length, key) { return }
        }
    }
}

/// A look-up table from words, stems (`monetiz*`) and short phrases (`capital expenditure`)
/// to values, keyed by `WordKey`. Built once from a lexicon file; look-ups allocate nothing.
public struct WordTable<Value: Sendable>: Sendable {
    private var exact = KeyTable<Value>()
    private var stems = KeyTable<Value>()
    private var stemLengthMask: UInt64 = 0
    /// The stems, the fewest folded units (a curly apostrophe is one) any stem has, and the
    /// keys of every stem's first that many units: a word whose first units are none of them
    /// has no stem, and `forEachStem` stops there.
    private var stemList: [String] = []
    private var shortestStem = Int.max
    private var stemPrefixes = KeyTable<Bool>()
    /// The most words any phrase in the table has.
    public private(set) var maxPhraseWords = 1
    public private(set) var count = 0

    public init() {}

    public init(_ entries: [(String, Value)]) {
        for (word, value) in entries { insert(word, value) }
    }

    public mutating func insert(_ entry: String, _ value: Value) {
        let lowered = entry.lowercased()
        count += 1
        if lowered.hasSuffix("*"), lowered.utf8.count > 1 {
            let stem = String(lowered.dropLast())
            stems[WordKey(stem)] = value
            let length = stem.utf8.count
            if length < 64 { stemLengthMask |= 1 << UInt64(length) }
            addStemPrefix(stem)
        } else {
            exact[WordKey(lowered)] = value
            maxPhraseWords = max(maxPhraseWords, lowered.split(separator: " ").count)
        }
    }

    private mutating func addStemPrefix(_ stem: String) {
        stemList.append(stem)
        let units = Self.prefixKey(stem, units: .max).units
        guard units > 0 else { return }
        if units < shortestStem {
            shortestStem = units
            stemPrefixes = KeyTable<Bool>()
            for s in stemList { stemPrefixes[Self.prefixKey(s, units: shortestStem).key] = true }
        } else {
            stemPrefixes[Self.prefixKey(stem, units: shortestStem).key] = true
        }
    }

    /// The key of the first `units` folded units of `text`, and how many it has (up to `units`).
    private static func prefixKey(_ text: String, units: Int) -> (key: WordKey, units: Int) {
        var result = (key: WordKey(), units: 0)
        Array(text.utf8).withUnsafeBufferPointer { b in
            WordKey.forEachPrefix(b, 0, b.count) { length, key in
                result = (key, length)
                return length < units
            }
        }
        return result
    }

    /// Changes the entry of `entry` in place, starting from `initial` when it is new.
    public mutating func update(_ entry: String, initial: Value, _ modify: (inout Value) -> Void) {
        let lowered = entry.lowercased()
        let isStem = lowered.hasSuffix("*") && lowered.utf8.count > 1
        let key = WordKey(isStem ? String(lowered.dropLast()) : lowered)
        var value = (isStem ? stems[key] : exact[key]) ?? initial
        modify(&value)
        insert(entry, value)
    }

    /// Calls `visit` with the value of every stem that prefixes `bytes[from..<to]`, shortest first.
    @inline(__always) public func forEachStem(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ visit: (Value) -> Void) {
        guard stemLengthMask != 0 else { return }
        WordKey.forEachPrefix(bytes, from, to) { length, key in
            if length == shortestStem, stemPrefixes[key] == nil { return false }
            if length < 64, stemLengthMask & (1 << UInt64(length)) != 0, let v = stems[key] { visit(v) }
            return true
        }
    }

    /// The value of an exact word or phrase key.
    @inline(__always) public func exactValue(_ key: WordKey) -> Value? { exact[key] }

    public var isEmpty: Bool { count == 0 }

    /// The value of the word `bytes[from..<to]`: an exact entry, else the longest stem. In a
    /// table with phrases, bytes holding spaces are also looked up as the phrase of their
    /// words ("Wall Street"), as the table keys phrases.
    public func value(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Value? {
        if let v = exact[WordKey.of(bytes, from, to)] { return v }
        if maxPhraseWords > 1, let key = Self.phraseKey(bytes, from, to), let v = exact[key] { return v }
        return stemValue(bytes, from, to)
    }

    /// The phrase key of the words of `bytes[from..<to]` split at spaces, when there are two
    /// or more; nil for one word.
    static func phraseKey(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> WordKey? {
        guard UnsafeBufferPointer(rebasing: bytes[from..<to]).contains(0x20) else { return nil }
        var key: WordKey? = nil
        var words = 0
        var i = from
        while i < to {
            while i < to, bytes[i] == 0x20 { i += 1 }
            let s = i
            while i < to, bytes[i] != 0x20 { i += 1 }
            guard i > s else { break }
            let next = WordKey.of(bytes, s, i)
            key = key.map { .phrase($0, next) } ?? next
            words += 1
        }
        return words > 1 ? key : nil
    }

    /// The value of the longest stem that prefixes `bytes[from..<to]`.
    public func stemValue(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Value? {
        var best: Value? = nil
        forEachStem(bytes, from, to) { best = $0 }
        return best
    }

    /// The value of a plain string (tests and slow paths).
    public func value(_ word: String) -> Value? {
        if let v = word.utf8.withContiguousStorageIfAvailable({ value($0, 0, $0.count) }) { return v }
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { value($0, 0, $0.count) }
    }
}

extension WordTable where Value == Bool {
    /// A set of words, stems and phrases.
    public init<Words: Sequence<String>>(words: Words) { self.init(words.map { ($0, true) }) }
}

/// An open-addressing hash table from `WordKey` to a value: the key is already a good
/// 64-bit hash, so probing needs no second hash function. Look-ups allocate nothing.
///
/// Most look-ups of an article's words miss, so a bit set of eight bits a slot (a few KB,
/// which stays in the fastest cache) answers most of them without touching the slots.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64] = [0, 0, 0, 0, 0, 0, 0, 0]
    private var values: [Value?] = Array(repeating: nil, count: 8)
    private var count = 0
    /// One bit per key, at a position taken from the key's top bits (the slots use its low bits).
    private var filter: [UInt64] = [0]

    @inline(__always) private func filterBit(_ k: UInt64) -> (word: Int, mask: UInt64) {
        let position = Int(truncatingIfNeeded: k >> 40) & (filter.count * 64 - 1)
        return (position >> 6, 1 << UInt64(position & 63))
    }

    subscript(key: WordKey) -> Value? {
        @inline(__always) get {
            if key.raw == 0 { return nil }
            let k = key.raw
            let bit = filterBit(k)
            if filter[bit.word] & bit.mask == 0 { return nil }
            let mask = keys.count - 1
            var i = Int(truncatingIfNeeded: (k ^ (k >> 31)) & UInt64(mask))
            while true {
                let stored = keys[i]
                if stored == k { return values[i] }
                if stored == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            insert(key.raw == 0 ? 1 : key.raw, newValue)  // a real key of 0 is stored as 1 and never matches: ~2^-64
        }
    }

    private mutating func insert(_ k: UInt64, _ value: Value) {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (k ^ (k >> 31)) & UInt64(mask))
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = value
        let bit = filterBit(k)
        filter[bit.word] |= bit.mask
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        filter = Array(repeating: 0, count: max(1, keys.count / 8))
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 { insert(k, oldValues[i]!) }
    }
}
