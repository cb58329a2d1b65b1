/// A fast, deterministic JSON writer for the types whose JSON is a contract (facts,
/// transcripts). Each type writes its keys in sorted order by hand (`JSONWritable`); a test
/// holds the result equal, value for value, to Foundation's `JSONEncoder` with sorted keys.
///
/// Numbers: integral values below 2^53 print without a fraction; others print Swift's
/// shortest round-trip form. Strings escape `"` `\` and control characters only.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public var bytes: [UInt8] {
        mutating get {
            flush()
            return storage
        }
    }
    private var storage: [UInt8] = []

    /// The bytes written, taken out of the writer, which is left empty. `bytes` shares its
    /// storage with the writer, so the first change to that result copies every byte; this
    /// one is the result's alone.
    public mutating func takeBytes() -> [UInt8] {
        flush()
        var out: [UInt8] = []
        swap(&out, &storage)
        return out
    }
    /// Small pieces (a separator, a key, a number) gather here and go into `storage`
    /// together: each append to an array costs a call and a copy of its own.
    private var stage = Stage(repeating: 0)
    private var staged = 0
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
        storage.reserveCapacity(capacity)
    }

    /// A writer for the elements of an array nested `depth` levels deep, to be spliced into
    /// another writer's array with `appendElements`. `continues` says whether elements
    /// already stand before these (so the first one needs a comma).
    public init(pretty: Bool, elementsAtDepth depth: Int, continues: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        self.depth = depth
        self.needsComma = [Bool](repeating: false, count: depth) + [continues]
        storage.reserveCapacity(capacity)
    }

    /// A writer for one value nested `depth` levels deep (a field's value in an object at
    /// depth `depth - 1`), to be spliced into another writer after its key with `append(value:)`.
    public init(pretty: Bool, style: Style, valueAtDepth depth: Int, capacity: Int = 4096) {
        self.pretty = pretty
        self.style = style
        self.depth = depth
        self.needsComma = [Bool](repeating: false, count: depth + 1)
        storage.reserveCapacity(capacity)
    }

    /// Appends a value written by a `valueAtDepth` writer at this writer's depth, after a key.
    public mutating func append(value: [UInt8]) {
        flush()
        storage.append(contentsOf: value)
    }

    /// This writer's state with no bytes yet: to write what follows pieces written elsewhere.
    /// `afterElements` marks the open array as holding elements already.
    public func continuation(afterElements: Bool) -> JSONWriter {
        var next = self
        next.storage = []
        next.staged = 0
        if afterElements { next.needsComma[next.needsComma.count - 1] = true }
        return next
    }

    /// Appends elements written by an `elementsAtDepth` writer into the open array.
    public mutating func appendElements(_ chunk: JSONWriter) {
        var chunk = chunk
        let elements = chunk.bytes
        guard !elements.isEmpty else { return }
        flush()
        storage.append(contentsOf: elements)
        needsComma[needsComma.count - 1] = true
    }

    public var string: String {
        mutating get { String(decoding: bytes, as: UTF8.self) }
    }

    // MARK: bytes

    private typealias Stage = InlineArray<512, UInt8>
    private static let stageSize = Stage.count

    /// Moves the staged bytes into `storage`.
    private mutating func flush() {
        guard staged > 0 else { return }
        let n = staged
        withUnsafeBytes(of: &stage) { storage.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        staged = 0
    }

    /// Lets `body` write up to `n` bytes (at most `stageSize`) after the staged ones; `body`
    /// returns how many it wrote.
    @inline(__always) private mutating func write(upTo n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        precondition(n <= Self.stageSize, "a JSON piece larger than the writer's room")
        if n > Self.stageSize - staged { flush() }
        let at = staged
        let written = withUnsafeMutableBytes(of: &stage) { raw in
            body(raw.bindMemory(to: UInt8.self).baseAddress! + at)
        }
        assert(written <= n, "a JSON piece overran the room it asked for")
        staged = at + written
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        write(upTo: 1) { $0[0] = b; return 1 }
    }

    /// Appends `p`: staged when it is short, else straight into `storage`.
    private mutating func put(_ p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        guard n > 0 else { return }
        if n > Self.stageSize / 2 {
            flush()
            storage.append(contentsOf: p)
            return
        }
        write(upTo: n) { out in
            out.initialize(from: p.baseAddress!, count: n)
            return n
        }
    }

    // MARK: structure

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    private mutating func open(_ b: UInt8) {
        put(b)
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ b: UInt8) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty, hadItems {
            newline()
        } else if pretty, style == .foundation {
            put(0x0A)
            newline()
        }
        put(b)
    }

    private mutating func newline() {
        let n = min(2 * depth, 256)
        write(upTo: n + 1) { out in
            out[0] = 0x0A
            (out + 1).initialize(repeating: 0x20, count: n)
            return n + 1
        }
    }

    /// Starts an element of the current array or object.
    private mutating func item() {
        let (comma, indent) = separator()
        write(upTo: indent + 2) { out in Self.writeSeparator(out, comma: comma, indent: indent) }
    }

    /// What goes before an element: whether a comma does (after the first), and the indent
    /// after a line break when pretty (-1: no line break).
    private mutating func separator() -> (comma: Bool, indent: Int) {
        let last = needsComma.count - 1
        let comma = needsComma[last]
        if !comma { needsComma[last] = true }
        return (comma, pretty ? min(2 * depth, 256) : -1)
    }

    /// Writes a separator at `out`; returns its length.
    @inline(__always) private static func writeSeparator(_ out: UnsafeMutablePointer<UInt8>, comma: Bool, indent: Int) -> Int {
        var i = 0
        if comma { out[i] = 0x2C; i += 1 }
        guard indent >= 0 else { return i }
        out[i] = 0x0A
        i += 1
        (out + i).initialize(repeating: 0x20, count: indent)
        return i + indent
    }

    /// A key: a literal of plain characters, written without escaping; the separator, quoted
    /// key and colon are staged at once.
    public mutating func key(_ k: StaticString) {
        let length = k.utf8CodeUnitCount
        let (comma, indent) = separator()
        guard indent + length + 7 <= Self.stageSize else {
            write(upTo: indent + 2) { out in Self.writeSeparator(out, comma: comma, indent: indent) }
            put(0x22)
            put(UnsafeBufferPointer(start: k.utf8Start, count: length))
            put(0x22)
            if pretty { put(0x20); put(0x3A); put(0x20) } else { put(0x3A) }
            return
        }
        let pretty = self.pretty
        // A comma, a line break, the indent, the quoted key and " : ".
        write(upTo: indent + length + 7) { out in
            var i = Self.writeSeparator(out, comma: comma, indent: indent)
            out[i] = 0x22
            i += 1
            (out + i).initialize(from: k.utf8Start, count: length)
            i += length
            out[i] = 0x22
            i += 1
            if pretty { out[i] = 0x20; out[i + 1] = 0x3A; out[i + 2] = 0x20; i += 3 } else { out[i] = 0x3A; i += 1 }
            return i
        }
    }

    /// A key known only at run time (escaped like any string). Callers keep sorted order.
    public mutating func keyDynamic(_ k: String) {
        item()
        writeString(k)
        if pretty { put(0x20); put(0x3A); put(0x20) } else { put(0x3A) }
    }

    /// Begins an array element (call before writing the element's value).
    public mutating func element() { item() }

    // MARK: values

    public mutating func null() { write(upTo: 4) { $0[0] = 0x6E; $0[1] = 0x75; $0[2] = 0x6C; $0[3] = 0x6C; return 4 } }

    public mutating func bool(_ b: Bool) {
        if b {
            write(upTo: 4) { $0[0] = 0x74; $0[1] = 0x72; $0[2] = 0x75; $0[3] = 0x65; return 4 }
        } else {
            write(upTo: 5) { $0[0] = 0x66; $0[1] = 0x61; $0[2] = 0x6C; $0[3] = 0x73; $0[4] = 0x65; return 5 }
        }
    }

    public mutating func int(_ i: Int) { writeInteger(Int64(i)) }

    public mutating func unsigned(_ u: UInt64) {
        if u <= UInt64(Int64.max) { writeInteger(Int64(u)) } else { putText(String(u)) }
    }

    private mutating func writeInteger(_ value: Int64) {
        let negative = value < 0
        var magnitude = value.magnitude
        if !negative, magnitude < 10 { put(0x30 + UInt8(magnitude)); return }
        // At most 19 digits and a sign, written backwards from the end of their room.
        write(upTo: 20) { out in
            var count = 0
            var m = magnitude
            repeat { count += 1; m /= 10 } while m > 0
            let length = count + (negative ? 1 : 0)
            var i = length
            repeat {
                i -= 1
                out[i] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if negative { out[0] = 0x2D }
            return length
        }
    }

    /// The UTF-8 of `text`, unescaped.
    private mutating func putText(_ text: String) {
        var text = text
        text.withUTF8 { put($0) }
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
                putText(text)
            }
            return
        }
        if !fixedPoint(x) { putText("\(x)") }
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
            if whole < 0 { put(0x2D) }
            let m = whole.magnitude
            writeInteger(Int64(m / 1_000_000))
            var fraction = m % 1_000_000
            var width = 6
            while fraction % 10 == 0 { fraction /= 10; width -= 1 }
            write(upTo: 7) { out in
                out[0] = 0x2E
                var i = width
                while i > 0 {
                    out[i] = 0x30 + UInt8(fraction % 10)
                    fraction /= 10
                    i -= 1
                }
                return width + 1
            }
            return true
        }
        return false
    }

    public mutating func string(_ s: String) { writeString(s) }

    private mutating func writeString(_ s: String) {
        put(0x22)
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
                if run < at { put(UnsafeBufferPointer(rebasing: p[run..<at])) }
                run = i
                switch b {
                case 0x22: put(0x5C); put(0x22)
                case 0x5C: put(0x5C); put(0x5C)
                case 0x0A: put(0x5C); put(0x6E)
                case 0x0D: put(0x5C); put(0x72)
                case 0x09: put(0x5C); put(0x74)
                case 0x08: put(0x5C); put(0x62)
                case 0x0C: put(0x5C); put(0x66)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    write(upTo: 6) { out in
                        out[0] = 0x5C; out[1] = 0x75; out[2] = 0x30; out[3] = 0x30
                        out[4] = hex.utf8Start[Int(b >> 4)]; out[5] = hex.utf8Start[Int(b & 0xF)]
                        return 6
                    }
                }
            }
            if run < p.count { put(UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        }
        put(0x22)
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
