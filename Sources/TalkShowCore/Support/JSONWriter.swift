/// A fast, deterministic JSON writer for the types whose JSON is a contract (facts,
/// transcripts). Each type writes its keys in sorted order by hand (`JSONWritable`); a test
/// holds the result equal, value for value, to Foundation's `JSONEncoder` with sorted keys.
///
/// Numbers: integral values below 2^53 print without a fraction; others print Swift's
/// shortest round-trip form. Strings escape `"` `\` and control characters only.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// `.fast`: non-integral numbers in fixed point (up to six decimals), empty collections as
    /// `[]`. `.foundation`: the bytes Foundation's `JSONEncoder` writes (Swift's shortest form
    /// of a number; an empty collection opened, a blank line, closed), so a writer can
    /// reproduce what that encoder wrote.
    public var style = Style.fast
    public enum Style: Sendable { case fast, foundation }
    private var depth = 0
    private var needsComma: [Bool] = [false]

    public init(pretty: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// A writer for the elements of an array nested `depth` levels deep, to be spliced into
    /// another writer's array with `appendElements`. `continues` says whether elements
    /// already stand before these (so the first one needs a comma).
    public init(pretty: Bool, elementsAtDepth depth: Int, continues: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        self.depth = depth
        self.needsComma = [Bool](repeating: false, count: depth) + [continues]
        bytes.reserveCapacity(capacity)
    }

    /// A writer for one value nested `depth` levels deep (a field's value in an object at
    /// depth `depth - 1`), to be spliced into another writer after its key with `append(value:)`.
    public init(pretty: Bool, style: Style, valueAtDepth depth: Int, capacity: Int = 4096) {
        self.pretty = pretty
        self.style = style
        self.depth = depth
        self.needsComma = [Bool](repeating: false, count: depth + 1)
        bytes.reserveCapacity(capacity)
    }

    /// Appends a value written by a `valueAtDepth` writer at this writer's depth, after a key.
    public mutating func append(value: [UInt8]) {
        bytes.append(contentsOf: value)
    }

    /// This writer's state with no bytes yet: to write what follows pieces written elsewhere.
    /// `afterElements` marks the open array as holding elements already.
    public func continuation(afterElements: Bool) -> JSONWriter {
        var next = self
        next.bytes = []
        if afterElements { next.needsComma[next.needsComma.count - 1] = true }
        return next
    }

    /// Appends elements written by an `elementsAtDepth` writer into the open array.
    public mutating func appendElements(_ chunk: JSONWriter) {
        guard !chunk.bytes.isEmpty else { return }
        bytes.append(contentsOf: chunk.bytes)
        needsComma[needsComma.count - 1] = true
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: structure

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    private mutating func open(_ b: UInt8) {
        bytes.append(b)
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ b: UInt8) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty, hadItems {
            newline()
        } else if pretty, style == .foundation {
            bytes.append(0x0A)
            newline()
        }
        bytes.append(b)
    }

    private static let indent = [UInt8](repeating: 0x20, count: 256)

    private mutating func newline() {
        bytes.append(0x0A)
        let n = min(2 * depth, 256)
        Self.indent.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<n])) }
    }

    /// Starts an element of the current array or object.
    private mutating func item() {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 258) { out in
            let n = separator(into: out)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[0..<n]))
        }
    }

    /// What goes before an element (a comma after the first, then a line break and the
    /// indent when pretty), written into `out` (room for 258 bytes); returns its length.
    private mutating func separator(into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let last = needsComma.count - 1
        let comma = needsComma[last]
        if !comma { needsComma[last] = true }
        var i = 0
        if comma { out[i] = 0x2C; i += 1 }
        guard pretty else { return i }
        out[i] = 0x0A
        i += 1
        let n = min(2 * depth, 256)
        (out.baseAddress! + i).initialize(repeating: 0x20, count: n)
        return i + n
    }

    /// A key: a literal of plain characters, written without escaping; the separator, quoted
    /// key and colon go in with one append.
    public mutating func key(_ k: StaticString) {
        let length = k.utf8CodeUnitCount
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 258 + length + 5) { out in
            var i = separator(into: out)
            out[i] = 0x22
            i += 1
            (out.baseAddress! + i).initialize(from: k.utf8Start, count: length)
            i += length
            out[i] = 0x22
            i += 1
            if pretty { out[i] = 0x20; out[i + 1] = 0x3A; out[i + 2] = 0x20; i += 3 } else { out[i] = 0x3A; i += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[0..<i]))
        }
    }

    /// A key known only at run time (escaped like any string). Callers keep sorted order.
    public mutating func keyDynamic(_ k: String) {
        item()
        writeString(k)
        if pretty { bytes.append(0x20); bytes.append(0x3A); bytes.append(0x20) } else { bytes.append(0x3A) }
    }

    /// Begins an array element (call before writing the element's value).
    public mutating func element() { item() }

    // MARK: values

    public mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    public mutating func bool(_ b: Bool) {
        if b { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    public mutating func int(_ i: Int) { writeInteger(Int64(i)) }

    public mutating func unsigned(_ u: UInt64) {
        if u <= UInt64(Int64.max) { writeInteger(Int64(u)) } else { bytes.append(contentsOf: String(u).utf8) }
    }

    private mutating func writeInteger(_ value: Int64) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        if magnitude < 10 { bytes.append(0x30 + UInt8(magnitude)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while magnitude > 0 {
                d[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            bytes.append(contentsOf: d[(20 - count)...])
        }
    }

    /// Integral values print as integers; values with at most six decimals (every rounded
    /// number of the contracts) print in fixed point, which is also their shortest
    /// round-trip form; anything else prints Swift's shortest round-trip form.
    public mutating func number(_ x: Double) {
        if x.isNaN || x.isInfinite { null(); return }
        if style == .foundation {
            // Swift's shortest form is plain decimal from 1e-4 up to 2^53 and exponential
            // outside; there the fixed point below writes the same bytes, and faster.
            let plain = x == 0 ? x.sign == .plus : abs(x) >= 1e-4 && abs(x) < 1e15
            if !plain || !fixedPoint(x) {
                var text = x.description
                if text.hasSuffix(".0") { text.removeLast(2) }
                bytes.append(contentsOf: text.utf8)
            }
            return
        }
        if !fixedPoint(x) { bytes.append(contentsOf: "\(x)".utf8) }
    }

    /// Writes `x` as an integer, or in fixed point when it has at most six decimals and is
    /// below 1e9 in size (where no shorter decimal is nearer to it); false when it writes nothing.
    private mutating func fixedPoint(_ x: Double) -> Bool {
        if x == x.rounded(), abs(x) < 9_007_199_254_740_992 {
            writeInteger(Int64(x))
            return true
        }
        let scaled = (x * 1_000_000).rounded()
        if abs(x) < 1e9, scaled / 1_000_000 == x {
            let whole = Int64(scaled)
            if whole < 0 { bytes.append(0x2D) }
            let m = whole.magnitude
            writeInteger(Int64(m / 1_000_000))
            var fraction = m % 1_000_000
            var width = 6
            while fraction % 10 == 0 { fraction /= 10; width -= 1 }
            bytes.append(0x2E)
            var divisor: UInt64 = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(0x30 + UInt8((fraction / divisor) % 10))
                divisor /= 10
            }
            return true
        }
        return false
    }

    public mutating func string(_ s: String) { writeString(s) }

    private mutating func writeString(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { p in
            // Runs of bytes that need no escape go in with one append each; eight bytes with
            // none to escape are passed over at once.
            var run = 0
            var i = 0
            let n = p.count
            while i < n {
                if i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = p[i]
                i += 1
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                let at = i - 1
                if run < at { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<at])) }
                run = i
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                case 0x08: bytes.append(0x5C); bytes.append(0x62)
                case 0x0C: bytes.append(0x5C); bytes.append(0x66)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex.utf8Start[Int(b >> 4)], hex.utf8Start[Int(b & 0xF)]])
                }
            }
            if run < p.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        }
        bytes.append(0x22)
    }

    /// Whether any of eight bytes is a control byte, `"` or `\` (never false when one is).
    @inline(__always) static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let control = (x &- 0x20 &* ones) & ~x & highs != 0
        return control || hasZero(x ^ (0x22 &* ones)) || hasZero(x ^ (0x5C &* ones))
    }

    // MARK: conveniences for sorted-key objects

    public mutating func field(_ k: StaticString, _ v: String) { key(k); string(v) }
    public mutating func field(_ k: StaticString, _ v: Int) { key(k); int(v) }
    public mutating func field(_ k: StaticString, _ v: Double) { key(k); number(v) }
    public mutating func field(_ k: StaticString, _ v: Bool) { key(k); bool(v) }
    public mutating func field(_ k: StaticString, _ v: String?, keepNull: Bool) {
        if let v { key(k); string(v) } else if keepNull { key(k); null() }
    }
    public mutating func field(_ k: StaticString, _ v: Int?, keepNull: Bool) {
        if let v { key(k); int(v) } else if keepNull { key(k); null() }
    }
    public mutating func field(_ k: StaticString, _ v: Double?) { if let v { key(k); number(v) } }
    public mutating func field(_ k: StaticString, strings: [String]) {
        key(k)
        beginArray()
        for s in strings { element(); string(s) }
        endArray()
    }
    /// An array of the raw values of `values` (enum cases named in a contract).
    public mutating func field<R: RawRepresentable>(_ k: StaticString, rawValues values: [R]) where R.RawValue == String {
        key(k)
        beginArray()
        for v in values { element(); string(v.rawValue) }
        endArray()
    }
    public mutating func field<T: JSONWritable>(_ k: StaticString, _ v: T) { key(k); v.write(to: &self) }
    /// An object of run-time keys in byte order (as `JSONEncoder`'s sorted keys).
    public mutating func field<V>(_ k: StaticString, object: [String: V], _ value: (inout JSONWriter, V) -> Void) {
        key(k)
        self.object(object, value)
    }

    public mutating func object<V>(_ object: [String: V], _ value: (inout JSONWriter, V) -> Void) {
        beginObject()
        for (name, v) in object.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            keyDynamic(name)
            value(&self, v)
        }
        endObject()
    }

    public mutating func field<T: JSONWritable>(_ k: StaticString, array: [T]) {
        key(k)
        beginArray()
        // By index: each element is written where it lies, not copied out first.
        for i in array.indices { element(); array[i].write(to: &self) }
        endArray()
    }
}

/// A value that writes its own JSON, keys in sorted order.
public protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}
