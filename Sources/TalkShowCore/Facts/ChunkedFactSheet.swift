/// A long article's `FactSheet` still in the chunks its child tasks read, in order: the
/// same sentences and facts (numbered f1, f2, … across chunks), written out as the same
/// JSON without first being copied into one array each.
public struct ChunkedFactSheet: Sendable {
    public var article: Article
    public var sentences: [[SentenceAnalysis]]
    public var facts: [[Fact]]

    public init(article: Article, sentences: [[SentenceAnalysis]], facts: [[Fact]]) {
        self.article = article
        self.sentences = sentences
        self.facts = facts
    }

    /// The sheet with each list in one array (elements moved, not copied).
    public consuming func joined() -> FactSheet {
        FactSheet(article: article,
                  sentences: sentences.count == 1 ? sentences[0] : Chunks.joined(&sentences, blank: .blank),
                  facts: facts.count == 1 ? facts[0] : Chunks.joined(&facts, blank: .blank))
    }

    /// The bytes of `FactSheet.write(to:)` for the joined sheet, handed to `sink` piece by
    /// piece in order (see `FactSheet.writeJSON`).
    public func writeJSON(pretty: Bool = true, jobs: Int, to sink: ([UInt8]) -> Void) async {
        await FactSheet.writeJSON(article: article, sentences: sentences, facts: facts, pretty: pretty, jobs: jobs, to: sink)
    }
}
