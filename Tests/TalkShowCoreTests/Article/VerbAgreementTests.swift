import Foundation
import Testing
@testable import TalkShowCore

/// A voice template's verb agrees with a plural subject in its slot.
@Suite struct VerbAgreementTests {
    let agreement = GrammarLexicon.shared.agreement

    @Test func pluralSubjects_areLowercaseNounsInS() {
        for plural in ["analysts", "the executives", "some investors", "officials", "analysts at Halden Research", "economists surveyed by Halden", "more than 200 analysts"] { #expect(VerbAgreement.isPlural(plural), "\(plural)") }
        for singular in ["the company", "Atlasline Airways", "Goldman Sachs", "the chief executive", "the status", "analysis",
                         "the boss", "the company's", "", "us", "the chief of Acme Analysts"] {
            #expect(!VerbAgreement.isPlural(singular), "\(singular)")
        }
    }

    @Test(arguments: [
        ("{who} offers it as a possibility.", "{who} offer it as a possibility."),
        ("{who} only floats the idea that {claim}.", "{who} only float the idea that {claim}."),
        ("{who} has offered only a suggestion.", "{who} have offered only a suggestion."),
        ("for now {who} is only guessing that {claim}.", "for now {who} are only guessing that {claim}."),
        ("What {who} expects is a hope.", "What {who} expect is a hope."),
        ("{who} carries it, {who} pushes it, {who} goes on.", "{who} carry it, {who} push it, {who} go on."),
        ("{who} doesn't commit.", "{who} don't commit."),
        // Left alone: no verb in -s after the slot.
        ("I need {who} to commit.", "I need {who} to commit."),
        ("the view from {who} as a promise", "the view from {who} as a promise"),
        ("the view from {who}, not a plan", "the view from {who}, not a plan"),
        ("{who}'s claims", "{who}'s claims"),
        ("{who} discuss it", "{who} discuss it"),
        ("{who} stress it", "{who} stress it"),
        ("{claim} offers {who}", "{claim} offers {who}"),
        // After a preposition the slot is an object: the verb goes with the real subject.
        ("No figure on {who} is a gap.", "No figure on {who} is a gap."),
        ("The word from {who} means little.", "The word from {who} means little."),
    ])
    func verbAfterTheSlot_takesItsPluralForm(template: String, expected: String) {
        #expect(agreement.plural(template, after: "who") == expected)
    }

    /// Every bundled hedge template, read with a plural subject, has no third-person verb
    /// right after it, and reading it again changes nothing.
    @Test func bundledTemplates_agreeWithAPluralSubject() throws {
        var checked = 0
        for persona in Scenario.builtIn.personas {
            let sided = Voice.sides.flatMap { persona.voice.bySide?[$0]?["hedge"] ?? [] }
            for template in persona.voice.templates("hedge", topic: nil) + sided {
                let plural = agreement.plural(template, after: "who")
                #expect(agreement.plural(plural, after: "who") == plural, "\(template)")
                for part in plural.components(separatedBy: "{who} ").dropFirst() {
                    let words = part.split(separator: " ").map(String.init).drop { agreement.adverbs.contains($0) }
                    guard let verb = words.first?.trimmingCharacters(in: .punctuationCharacters) else { continue }
                    #expect(!["offers", "suggests", "floats", "has", "is", "frames", "expects", "stops", "says"].contains(verb), "\(plural)")
                }
                checked += 1
            }
        }
        #expect(checked >= 8)
    }
}
