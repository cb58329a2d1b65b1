import Foundation

/// The key of a name as the text of the article spells it (case kept, unlike `WordKey`), so
/// the evidence of which names an article uses is gathered and looked up over the bytes,
/// without making a string of every capitalised word.
///
/// Two spellings get one key exactly when their strings are equal: an ASCII name is hashed as
/// it stands, any other in its canonical composition (NFC), as `String` compares them. A
/// wrong match needs two of an article's names to share a 64-bit key: for n names the odds
/// are about n²/2⁶⁵ (1e-15 for 200 names, 3e-10 for 100,000).
struct NameKey: Hashable, Sendable {
    let raw: UInt64

    /// The key of `p[from..<to]`.
    static func of(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> NameKey {
        if UnsafeBufferPointer(rebasing: p[from..<to]).allSatisfy({ $0 < 0x80 }) { return hashed(p, from, to) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[from..<to]), as: UTF8.self)
        return of(text)
    }

    /// The key of a string.
    static func of(_ text: String) -> NameKey {
        var canonical = text.utf8.allSatisfy({ $0 < 0x80 }) ? text : text.precomposedStringWithCanonicalMapping
        return canonical.withUTF8 { hashed($0, 0, $0.count) }
    }

    /// FNV-1a over the bytes, then mixed (`SplitMix64.mixed`).
    private static func hashed(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> NameKey {
        var h: UInt64 = 0xcbf29ce484222325
        for i in from..<to { h = (h ^ UInt64(p[i])) &* 0x100000001b3 }
        return NameKey(raw: SplitMix64.mixed(h))
    }
}
