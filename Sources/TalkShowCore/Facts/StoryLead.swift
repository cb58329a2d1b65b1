/// The part of an article a reader meets first: its headline (a first sentence that is a
/// paragraph of its own) and its lede (the sentence after the headline, else the first).
/// What they say is the story; the stance model weighs their facts and tone more
/// (by its lead weight), so the panel talks about the news the article leads with.
public enum StoryLead {
    /// The article indices of the headline (when there is one) and of the lede.
    public static func sentenceIndices(_ article: Article) -> [Int] {
        (article.opensWithHeadline ? [0] : []) + (ledeIndex(article).map { [$0] } ?? [])
    }

    /// The index of the lede: the first sentence after a headline that is a paragraph of its
    /// own, else the first sentence, when it is as long as a lede is (a list of key points is
    /// no lede); nil otherwise.
    public static func ledeIndex(_ article: Article) -> Int? {
        let i = article.opensWithHeadline ? 1 : 0
        guard i < article.sentences.count, article.sentences[i].end - article.sentences[i].start >= ledeLength else { return nil }
        return i
    }

    /// The fewest bytes a lede has.
    public static let ledeLength = 100

    /// Each figure of the headline with the first figure after the headline that repeats it
    /// (same kind, value and unit): "shares plunge 28%" and "shares of Acme plunged 28% to
    /// $31.40" are one line of news.
    public static func headlineTwins(_ sheet: FactSheet) -> [(headline: Int, twin: Int)] {
        guard sheet.article.opensWithHeadline else { return [] }
        let facts = sheet.facts
        var out: [(Int, Int)] = []
        for i in facts.indices where facts[i].sentence == 0 && facts[i].kind.isFigure {
            guard let v = facts[i].value,
                  let twin = facts.indices.first(where: { j in
                      (facts[j].sentence ?? 0) > 0 && facts[j].kind == facts[i].kind && facts[j].value == v && facts[j].unit == facts[i].unit
                  }) else { continue }
            out.append((i, twin))
        }
        return out
    }

    /// Per fact, whether it stands in the headline or the lede, or repeats a headline figure.
    public static func facts(_ sheet: FactSheet) -> [Bool] {
        let lead = sentenceIndices(sheet.article)
        var out = sheet.facts.map { f in f.sentence.map(lead.contains) ?? false }
        for (_, twin) in headlineTwins(sheet) { out[twin] = true }
        return out
    }

    /// Per sentence of `sheet.sentences`, whether it is the headline or the lede.
    public static func sentences(_ sheet: FactSheet) -> [Bool] {
        let lead = sentenceIndices(sheet.article)
        return sheet.sentences.map { lead.contains($0.index) }
    }
}
