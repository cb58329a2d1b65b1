/// Finds what an article is about: the company (or product) it reports on, "the economy" for
/// a macro story, or "this story" when it names none. The panel speaks of it by name, and the
/// stance model weighs a figure about another company less.
public enum ArticleSubject {
    /// The article's subject: of the organisations and products it names, those whose ticker
    /// it gives ("Acme (NYSE: ACME)") come first, then those whose stock it reports ("Acme
    /// shares rose", "Acme fell 5%") or that open its lede, and of those the most
    /// mentioned (first mention wins a tie; a full name's mentions count for the short form
    /// the article also uses) when it recurs, else the first traded one; with none traded, the
    /// most mentioned when it recurs, else the first one named, else "this story"; a public
    /// body that reports figures, with no stock reported, gives "the economy"; a name is
    /// said without its legal form ("Acme Foods Inc" → "Acme Foods").
    public static func of(_ sheet: FactSheet, lexicon: FactLexicon = .shared) -> String {
        // Per name: mentions, the index of its first mention, and how its stock is reported:
        // 2 with its ticker ("Acme (NYSE: ACME)"), 1 by a stock word ("Acme shares"), 0 not.
        var counts: [String: (Int, Int, Int)] = [:]
        // By index: a fact is read a field at a time, never copied whole.
        let facts = sheet.facts
        let text = sheet.article.bytes
        // The lede opens with what the story is about: the first sentence after a headline
        // that is a paragraph of its own, else the first sentence, when it is as long as a
        // lede is (a list of key points is no lede). A name that opens it counts as one whose
        // stock is reported, unless it is a public body or a research firm.
        let sentences = sheet.article.sentences
        let lede = StoryLead.ledeIndex(sheet.article).map { sentences[$0].start }
        for i in facts.indices where facts[i].kind == .organization || facts[i].kind == .product {
            let c = counts[facts[i].text] ?? (0, i, 0)
            let ticker = tickerFollows(facts, i)
            let reported = text.withUnsafeBufferPointer { p in
                Self.stockWordFollows(p, at: facts[i].end, lexicon: lexicon) || Self.stockMoveFollows(p, facts, i, lexicon: lexicon)
                    || facts[i].start == lede && !lexicon.isOfficialBody(facts[i].text) && !isResearchFirm(facts[i], p, lexicon: lexicon)
            }
            let traded = max(c.2, ticker ? 2 : reported ? 1 : 0)
            counts[facts[i].text] = (c.0 + 1, c.1, traded)
        }
        // A full name counts for the short form it begins with, when the article uses one:
        // "Acme Corp" for "Acme". Longest first, each into its longest short form, so
        // "Acme Corp Holdings" → "Acme Corp" → "Acme" carries every count along.
        if counts.count > 1 {
            // The short forms of a name are its words up to a space, longest first.
            func shortForms(_ full: String) -> [String] {
                let u = Array(full.utf8)
                return u.indices.reversed().filter { u[$0] == 0x20 && $0 > 0 }.map { String(decoding: u[..<$0], as: UTF8.self) }
            }
            let names = counts.keys.sorted { ($0.utf8.count, -counts[$0]!.1) > ($1.utf8.count, -counts[$1]!.1) }
            for full in names {
                // The longest short form still counted, looked up, not searched for.
                guard let short = shortForms(full).first(where: { counts[$0] != nil }),
                      let c = counts[full], let into = counts[short] else { continue }
                counts[short] = (into.0 + c.0, min(into.1, c.1), max(into.2, c.2))
                counts[full] = nil
            }
        }
        // Names whose ticker is given first, then those whose shares are reported; among them
        // (or all, with none traded) the most mentioned when it recurs, else the first named.
        // A deal story mentions its target more, but gives the buyer's ticker.
        // A traded name the article mentions once, past its headline and first sentence, is a
        // bystander ("shares of one lender slipped 1.9%" at the end of a central-bank story).
        var bystanders: [String] = []
        for (name, c) in counts where c.2 > 0 && c.0 < 2 && (facts[c.1].sentence ?? 0) > 1 {
            counts[name] = (c.0, c.1, 0)
            bystanders.append(name)
        }
        let level = counts.values.map(\.2).max() ?? 0
        var best: (name: String, count: Int, first: Int)? = nil, first: (name: String, at: Int)? = nil
        for (name, c) in counts where c.2 == level {
            if best.map({ (c.0, -c.1) > ($0.count, -$0.first) }) ?? true { best = (name, c.0, c.1) }
            if first.map({ c.1 < $0.at }) ?? true { first = (name, c.1) }
        }
        // A name that opens the headline and one of the two sentences after it is what the
        // story is about, whoever else it mentions more ("Brindlecoast Energy agrees takeover
        // of Saltmarsh Gas" / "Brindlecoast Energy said on Monday it had agreed to buy …").
        let opens = sentences.prefix(3).map(\.start)
        // The names that open each of those sentences, found in one pass over the facts.
        var openingNames: [[String]] = Array(repeating: [], count: opens.count)
        for i in facts.indices where facts[i].kind == .organization || facts[i].kind == .product {
            if let k = opens.firstIndex(of: facts[i].start) { openingNames[k].append(facts[i].text) }
        }
        let opener = opens.count == 3 ? counts.keys.sorted().first { name in
            guard let c = counts[name], c.2 == level, c.0 >= 2 else { return false }
            func opensSentence(_ k: Int) -> Bool {
                openingNames[k].contains { name == $0 || $0.hasPrefix(name + " ") }
            }
            return opensSentence(0) && (opensSentence(1) || opensSentence(2))
        } : nil
        guard let name = opener ?? best.flatMap({ $0.count >= 2 ? $0.name : nil }) ?? first?.name else { return none }
        // A public body that publishes the figures ("the Labor Department") is the source of a
        // macro story, not what it is about: with no company's stock in it, it is about the economy.
        if level == 0, lexicon.isOfficialBody(name) { return economy }
        // So is a firm that publishes the figures ("Ordell Payroll Report shows …", "the
        // Acme jobs survey"), when no stock is reported and the story opens on the economy
        // or on jobs.
        if level == 0, let at = facts.firstIndex(where: { $0.text == name }),
           text.withUnsafeBufferPointer({ Self.releaseFollows($0, at: facts[at].end, lexicon: lexicon) }),
           sheet.sentences.prefix(3).contains(where: { $0.topics.contains(.macro) || $0.topics.contains(.labor) }) { return economy }
        // So is a story whose one name is a bystander, when it opens on the economy.
        if bystanders.contains(name), sheet.sentences.prefix(2).contains(where: { $0.topics.contains(.macro) }) { return economy }
        // Spoken without its legal form: "Acme Foods Inc" is "Acme Foods".
        if let space = name.lastIndex(of: " "), lexicon.legalSuffixes.value(String(name[name.index(after: space)...])) != nil {
            return String(name[..<space])
        }
        return name
    }

    /// What an article's subject is, which words a voice may use of it: a company whose
    /// shares the article reports (`isListed`), another company, or the economy (a macro
    /// story, or one that names no company).
    public enum Scope: Sendable {
        case listedCompany, company, economy
    }

    /// The scope of `subject`, `of`'s answer for `sheet`.
    public static func scope(of subject: String, in sheet: FactSheet, lexicon: FactLexicon = .shared) -> Scope {
        subject == none || subject == economy ? .economy : isListed(subject, in: sheet, lexicon: lexicon) ? .listedCompany : .company
    }

    /// Whether the article reports the shares of `subject` (a company, `of`'s answer): a
    /// mention of it, by name or by a longer form ("Acme Foods Inc"), with its ticker ("Acme
    /// (NYSE: ACME)"), with a stock word after it ("Acme shares") or before it ("shares of
    /// Acme"), or with a move by a percentage ("Acme fell 5%"); or a stock word after "the" or
    /// a possessive anywhere ("the stock’s best day", "its shares"). A voice speaks of a stock
    /// or of shareholders only for a subject whose shares the article reports.
    public static func isListed(_ subject: String, in sheet: FactSheet, lexicon: FactLexicon = .shared) -> Bool {
        guard subject != none, subject != economy else { return false }
        let facts = sheet.facts
        return sheet.article.bytes.withUnsafeBufferPointer { p in
            for i in facts.indices where (facts[i].kind == .organization || facts[i].kind == .product)
                && (facts[i].text == subject || facts[i].text.hasPrefix(subject + " ")) {
                if tickerFollows(facts, i) { return true }
                if stockWordFollows(p, at: facts[i].end, lexicon: lexicon) || stockMoveFollows(p, facts, i, lexicon: lexicon) { return true }
                if let of = word(p, endingAt: facts[i].start), UTF8Bytes.isWord(p, of.lowerBound, of.upperBound, "of"),
                   let stock = word(p, endingAt: of.lowerBound),
                   lexicon.nameWords.stockWords.value(p, stock.lowerBound, stock.upperBound) != nil { return true }
            }
            var i = 0, previous = 0..<0
            while i < p.count {
                while i < p.count, !UTF8Bytes.isLetter(p[i]) { i += 1 }
                let start = i
                while i < p.count, UTF8Bytes.isLetter(p[i]) { i += 1 }
                guard i > start else { break }
                if lexicon.nameWords.stockWords.value(p, start, i) != nil, previous.upperBound == start - 1, p[start - 1] == 0x20,
                   UTF8Bytes.isWord(p, previous.lowerBound, previous.upperBound, "the")
                    || lexicon.possessiveDeterminers.value(p, previous.lowerBound, previous.upperBound) != nil { return true }
                previous = start..<i
            }
            return false
        }
    }

    /// The word after a name that ends at `end`, one space on, past a possessive ("Acme’s
    /// stock") when `pastPossessive`; nil when no word follows there.
    static func word(_ p: UnsafeBufferPointer<UInt8>, afterName end: Int, pastPossessive: Bool = true) -> Range<Int>? {
        var i = end
        if pastPossessive {
            if i + 1 < p.count, p[i] == 0x27, p[i + 1] | 0x20 == 0x73 { i += 2 }
            else if i + 3 < p.count, p[i] == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0x99, p[i + 3] | 0x20 == 0x73 { i += 4 }
        }
        guard i < p.count, p[i] == 0x20 else { return nil }
        var e = i + 1
        while e < p.count, UTF8Bytes.isLetter(p[e]) { e += 1 }
        return e > i + 1 ? (i + 1)..<e : nil
    }

    /// Whether fact `i` (a name) is followed by its ticker: the next fact, a ticker of the same
    /// sentence a few bytes on ("Acme (NYSE: ACME)").
    static func tickerFollows(_ facts: [Fact], _ i: Int) -> Bool {
        i + 1 < facts.count && facts[i + 1].kind == .ticker && facts[i + 1].sentence == facts[i].sentence
            && facts[i + 1].start - facts[i].end < 12
    }

    /// Whether "shares" or "stock" follows a name that ends at `end` ("Acme shares", "Acme’s
    /// stock"), past a possessive.
    static func stockWordFollows(_ p: UnsafeBufferPointer<UInt8>, at end: Int, lexicon: FactLexicon) -> Bool {
        guard let w = word(p, afterName: end) else { return false }
        return lexicon.nameWords.stockWords.value(p, w.lowerBound, w.upperBound) != nil
    }

    /// Whether a release of figures (`entities.json dataReleases`: "report", "survey",
    /// "index") follows a name that ends at `end`, within its next two words, past a
    /// possessive ("Ordell Payroll Report", "Acme's survey").
    static func releaseFollows(_ p: UnsafeBufferPointer<UInt8>, at end: Int, lexicon: FactLexicon) -> Bool {
        var at = end
        for _ in 0..<2 {
            guard let w = word(p, afterName: at, pastPossessive: at == end) else { return false }
            if lexicon.dataReleases.value(p, w.lowerBound, w.upperBound) != nil { return true }
            at = w.upperBound
        }
        return false
    }

    /// Whether the name of fact `i` is followed by a move by a percentage ("Acme fell 5%",
    /// "Acme rose 2.1 percent"): a verb of direction, then a percentage the figure reader
    /// found right after it. Said of a company, a bare move is its stock's.
    static func stockMoveFollows(_ p: UnsafeBufferPointer<UInt8>, _ facts: [Fact], _ i: Int, lexicon: FactLexicon) -> Bool {
        guard let verb = word(p, afterName: facts[i].end, pastPossessive: false),
              lexicon.direction.value(p, verb.lowerBound, verb.upperBound) != nil else { return false }
        var j = i + 1
        while j < facts.count, facts[j].sentence == facts[i].sentence, facts[j].start <= verb.upperBound + 1 {
            if facts[j].kind == .percent, facts[j].start == verb.upperBound + 1 { return true }
            j += 1
        }
        return false
    }

    /// Whether a source speaks for the company the article is about: "the company", its
    /// subject, a longer or shorter form of the subject's name ("Acme Robotics" for "Acme"), or
    /// one of its `officers` (read only when the name does not settle it).
    public static func speaksFor(_ who: String, subject: String, officers: @autoclosure () -> [String]) -> Bool {
        who == "the company" || who == subject || who.hasPrefix(subject + " ") || subject.hasPrefix(who + " ")
            || officers().contains(who)
    }

    /// The people the article names as the subject's officers or spokespeople, whose word is
    /// the company's: an executive title right before the name ("Chief financial officer Dev
    /// Patel", "CEO Dana Ortiz", "Acme's CFO Dana Ortiz", "said chief executive Dana Ortiz"),
    /// unless another owner comes before the title ("Rival Corp CEO …", "a rival CEO …",
    /// "said President …"); or after the name, set off by a comma, as the company's ("Dev
    /// Patel, the company's finance chief", "Dev Patel, its CFO").
    public static func officers(_ sheet: FactSheet, subject: String, lexicon: FactLexicon = .shared) -> [String] {
        let facts = sheet.facts
        var out: [String] = []
        sheet.article.bytes.withUnsafeBufferPointer { p in
            let subjectFirst = Array((subject.split(separator: " ").first.map(String.init) ?? subject).utf8)
            func startsWithSubject(_ r: Range<Int>) -> Bool {
                r.count >= subjectFirst.count && subjectFirst.indices.allSatisfy { p[r.lowerBound + $0] == subjectFirst[$0] }
            }
            func isPossessive(_ r: Range<Int>) -> Bool {
                r.count > 2 && p[r.upperBound - 1] | 0x20 == 0x73 && (p[r.upperBound - 2] == 0x27 || p[r.upperBound - 2] == 0x99)
            }
            // "its", "their", "the company's": the subject's own.
            func isOwn(_ r: Range<Int>) -> Bool {
                lexicon.possessiveDeterminers.value(p, r.lowerBound, r.upperBound) != nil
                    || UTF8Bytes.isWord(p, r.lowerBound, r.upperBound, "company's") || UTF8Bytes.isWord(p, r.lowerBound, r.upperBound, "company’s")
                    || startsWithSubject(r)
            }
            for f in facts where f.kind == .person && !out.contains(f.text) {
                var titled = false
                // Before the name: one to four words of title, after nothing, the end of a
                // sentence or clause, the subject's own, or a verb of speech before a title in
                // lowercase.
                var first = f.start
                for _ in 0..<4 {
                    guard let w = Self.word(p, endingAt: first) else { break }
                    first = w.lowerBound
                    guard lexicon.executiveTitles.value(p, first, f.start - 1) != nil else { continue }
                    guard var owner = Self.word(p, endingAt: first) else { titled = true; break }
                    // Two titles joined: "co-founder and Chief Executive Dana Ortiz".
                    if UTF8Bytes.isWord(p, owner.lowerBound, owner.upperBound, "and"), let other = Self.word(p, endingAt: owner.lowerBound),
                       lexicon.executiveTitles.value(p, other.lowerBound, other.upperBound) != nil {
                        guard let before = Self.word(p, endingAt: other.lowerBound) else { titled = true; break }
                        first = other.lowerBound
                        owner = before
                    }
                    let last = p[owner.upperBound - 1]
                    let closes = last == 0x2E || last == 0x2C || last == 0x22 || last == 0x21 || last == 0x3F || last == 0x9D
                    let spoken = lexicon.attributionVerbs.value(p, owner.lowerBound, owner.upperBound) != nil && UTF8Bytes.isLower(p[first])
                    titled = closes || isOwn(owner) || spoken
                    break
                }
                // After the name: ", the company's finance chief", ", its CFO", ", Acme's CEO".
                if !titled, f.end + 2 < p.count, p[f.end] == 0x2C, p[f.end + 1] == 0x20 {
                    var words: [Range<Int>] = []
                    var i = f.end + 2
                    while words.count < 7, i < p.count {
                        var e = i
                        while e < p.count, p[e] != 0x20, p[e] != 0x0A, p[e] != 0x2C, p[e] != 0x2E || (e + 1 < p.count && p[e + 1] != 0x20) { e += 1 }
                        guard e > i else { break }
                        words.append(i..<e)
                        guard e < p.count, p[e] == 0x20 else { break }
                        i = e + 1
                    }
                    func isWord(_ k: Int, _ w: StaticString) -> Bool { k < words.count && UTF8Bytes.isWord(p, words[k].lowerBound, words[k].upperBound, w) }
                    let title = words.isEmpty ? nil : isWord(0, "the") && words.count > 1 && isOwn(words[1]) ? 2
                        : isOwn(words[0]) && (!isPossessive(words[0]) || startsWithSubject(words[0])) ? 1 : nil
                    if let title, title < words.count {
                        for last in title..<min(words.count, title + 4)
                        where lexicon.executiveTitles.value(p, words[title].lowerBound, words[last].upperBound) != nil {
                            titled = true
                            break
                        }
                    }
                }
                if titled { out.append(f.text) }
            }
        }
        return out
    }

    /// The word (bytes up to a space or a line break) that ends one space before `end`.
    static func word(_ p: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Range<Int>? {
        guard end > 0, p[end - 1] == 0x20 else { return nil }
        var s = end - 1
        while s > 0, p[s - 1] != 0x20, p[s - 1] != 0x0A { s -= 1 }
        return s < end - 1 ? s..<(end - 1) : nil
    }

    /// The subject of an article that names no organisation or product.
    public static let none = "this story"

    /// The subject of a macro story, whose most named organisation is the public body that
    /// reports its figures.
    public static let economy = "the economy"

    /// For each fact, whether its clause names a company and none of them is `subject`
    /// (neither name holds the other): the figure is another company's. A public body is no
    /// company ("the Commerce Department"), nor is a firm named as a source that studies
    /// companies ("analysts at X cut their target"); a story about the economy or about no
    /// company has no other company.
    public static func aboutAnotherCompany(_ sheet: FactSheet, subject: String, lexicon: FactLexicon = .shared) -> [Bool] {
        let facts = sheet.facts
        var out = [Bool](repeating: false, count: facts.count)
        guard subject != none, subject != economy else { return out }
        sheet.article.bytes.withUnsafeBufferPointer { p in
            forEachClause(facts) { clause in
                var other = false, own = false
                for k in clause where facts[k].kind == .organization && !lexicon.isOfficialBody(facts[k].text) {
                    if LiteralText.contains(facts[k].text, subject) || LiteralText.contains(subject, facts[k].text) {
                        own = true
                    } else if !isResearchFirm(facts[k], p, lexicon: lexicon) {
                        other = true
                    }
                }
                if other && !own { for k in clause { out[k] = true } }
            }
        }
        return out
    }

    /// For each fact another company's (`elsewhere`), whether its clause names that company
    /// as the subject's rival: an organisation right after a rival word ("rival Kestrel Auto
    /// delivered 63,000 vehicles", "Rival Ambercroft Home said …"). Its good news is the
    /// subject's bad news, unless the clause makes it the sector's ("a similar slowdown"; not
    /// "in the same quarter", which only dates it).
    public static func aboutARival(_ sheet: FactSheet, elsewhere: [Bool], lexicon: FactLexicon = .shared) -> [Bool] {
        let facts = sheet.facts
        var out = [Bool](repeating: false, count: facts.count)
        guard elsewhere.contains(true) else { return out }
        sheet.article.bytes.withUnsafeBufferPointer { p in
            forEachClause(facts) { clause in
                let i = clause.lowerBound
                var rival = elsewhere[i] && clause.contains { k in
                    guard facts[k].kind == .organization, let w = word(p, endingAt: facts[k].start) else { return false }
                    return lexicon.rivalWords.value(p, w.lowerBound, w.upperBound) != nil
                }
                // "Rival X reported a similar slowdown": the sector's news, not a rival's gain.
                if rival {
                    var w = facts[i].clauseStart
                    while w < facts[i].clauseEnd, rival {
                        while w < facts[i].clauseEnd, !UTF8Bytes.isLetter(p[w]) { w += 1 }
                        let s = w
                        while w < facts[i].clauseEnd, UTF8Bytes.isLetter(p[w]) || p[w] == 0x2D { w += 1 }
                        // "in the same quarter" dates the news; it makes nothing parallel.
                        if w > s, lexicon.parallelWords.value(p, s, w) != nil,
                           !(word(p, afterName: w, pastPossessive: false).map { lexicon.periodNouns.value(p, $0.lowerBound, $0.upperBound) != nil } ?? false) {
                            rival = false
                        }
                    }
                }
                if rival { for k in clause { out[k] = true } }
            }
        }
        return out
    }

    /// Calls `body` with the indices of each clause's facts: facts of one clause stand
    /// together in the sheet's order.
    static func forEachClause(_ facts: [Fact], _ body: (Range<Int>) -> Void) {
        var i = 0
        while i < facts.count {
            var j = i
            while j < facts.count, facts[j].clauseStart == facts[i].clauseStart, facts[j].clauseEnd == facts[i].clauseEnd { j += 1 }
            body(i..<j)
            i = j
        }
    }

    /// Whether the organisation `f` is named only as where a source works: after an article,
    /// one to three words of title and a preposition ("an analyst at X", "a portfolio manager
    /// at X"), so that what stands around it says who the source is, not what X did.
    public static func isSourcesEmployer(_ f: Fact, in article: Article, lexicon: FactLexicon = .shared) -> Bool {
        article.bytes.withUnsafeBufferPointer { p in
            func word(endingAt end: Int) -> Range<Int>? { Self.word(p, endingAt: end) }
            guard let preposition = word(endingAt: f.start),
                  lexicon.sourcePrepositions.value(p, preposition.lowerBound, preposition.upperBound) != nil else { return false }
            var start = preposition.lowerBound
            for _ in 0..<3 {
                guard let w = word(endingAt: start) else { return false }
                start = w.lowerBound
                guard lexicon.personTitles.value(p, start, preposition.lowerBound - 1) != nil,
                      let article = word(endingAt: start) else { continue }
                if UTF8Bytes.isWord(p, article.lowerBound, article.upperBound, "an") || UTF8Bytes.isWord(p, article.lowerBound, article.upperBound, "a")
                    || UTF8Bytes.isWord(p, article.lowerBound, article.upperBound, "the") { return true }
            }
            return false
        }
    }

    /// Whether the organisation `f` is named as a source that studies companies: before a
    /// research source ("X analysts", "X's note") or after one and a preposition ("analysts at X").
    static func isResearchFirm(_ f: Fact, _ p: UnsafeBufferPointer<UInt8>, lexicon: FactLexicon) -> Bool {
        if let w = Self.word(p, afterName: f.end), lexicon.researchSources.value(p, w.lowerBound, w.upperBound) != nil { return true }
        // The word before, and the one before that.
        func word(endingAt end: Int) -> Range<Int>? {
            guard end > 0, p[end - 1] == 0x20 else { return nil }
            var s = end - 1
            while s > 0, UTF8Bytes.isLetter(p[s - 1]) { s -= 1 }
            return s < end - 1 ? s..<(end - 1) : nil
        }
        guard let preposition = word(endingAt: f.start), lexicon.sourcePrepositions.value(p, preposition.lowerBound, preposition.upperBound) != nil,
              let source = word(endingAt: preposition.lowerBound) else { return false }
        return lexicon.researchSources.value(p, source.lowerBound, source.upperBound) != nil
    }
}
