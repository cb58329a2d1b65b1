import Testing
@testable import TalkShowCore

/// The byte work of the voices gives what its string definition gives.
@Suite struct VoiceComposerTests {
    typealias Writer = VoiceComposer.Writer

    /// `fill` as it was defined over strings: slots in, then the three tidying passes, the
    /// first letter capitalised and a full stop added.
    static func fillByStrings(_ template: String, _ slots: [String: String]) -> String? {
        var out = template
        for (name, value) in slots { out = LiteralText.replacing(out, "{" + name + "}", with: value) }
        if out.contains("{") { return nil }
        out = LiteralText.replacing(out, "  ", with: " ")
        out = LiteralText.replacing(out, " ,", with: ",")
        out = LiteralText.replacing(out, "..", with: ".")
        return Writer.finish(out)
    }

    @Test func fill_equalsTheStringDefinition() {
        let templates = ["{fact} looks strong", "{fact}  , and {b}..", "  {fact}", "Ask {who} about {claim}.", "é {fact}", "{fact}!",
                         "x", "", "a ,  , b", "...", "{missing} here", "{fact} é", "so {fact} ?", "{fact} — really"]
        let values = ["revenue rose 5%", "Revenue of $5B", "margins  fell", "é-commerce", "", "costs , rose..", "ünits"]
        var compared = 0
        for template in templates {
            for v in values {
                let slots: [String: String] = ["fact": v, "b": v.uppercased(), "who": "the company", "claim": v]
                var written: Writer.Slots = [:]
                for (name, value) in slots { written[name] = value }
                #expect(Writer.fill(template, written) == Self.fillByStrings(template, slots), "\(template) with \(v)")
                compared += 1
            }
        }
        #expect(compared == templates.count * values.count)
        // A combining mark joins a brace into another Character, as `fillByCharacters` reads
        // it: the slot is not closed.
        #expect(Writer.fill("{fact}\u{301}", ["fact": "x"]) == nil)
    }

    @Test func replacePairs_equalsLiteralReplacement() {
        let texts = ["", " ", "  ", "   ", "    ", "a  b", "a , b", "a  , b", "..", "...", "....", "a..b. .", " ,", ",  ,  ,", "é  è"]
        for text in texts {
            for (x, y, r) in [(UInt8(0x20), UInt8(0x20), UInt8(0x20)), (0x20, 0x2C, 0x2C), (0x2E, 0x2E, 0x2E)] {
                var bytes = Array(text.utf8)
                Writer.replacePairs(&bytes, x, y, with: r)
                let expected = LiteralText.replacing(text, String(decoding: [x, y], as: UTF8.self), with: String(decoding: [r], as: UTF8.self))
                #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(text)")
            }
        }
    }
}
