import Foundation
import TalkShowCore

/// `talkshow facts`: the facts an article states, as a table or as the JSON contract.
enum FactsCommand {
    static let spec = CommandSpec(
        name: "facts",
        abstract: "Extract the grounded facts of an article (figures, names, topics, polarity).",
        arguments: [.init(name: "ARTICLE", help: "Article file (text, Markdown or HTML), or - for standard input.")],
        options: [
            .init(name: "--input-format", value: "text|markdown|html", help: "How to read the article; by default from the file extension, else HTML when it opens as a page does, else text.",
                  allowed: InputFormat.allCases.map(\.rawValue)),
            .init(name: "--format", value: "text|json", help: "Output format.", allowed: ["text", "json"], defaultValue: "text"),
        ],
        discussion: "The JSON is the facts contract of DESIGN.md: article.text, sentences with topics, polarity,\ncertainty and attribution, and facts with their byte ranges in article.text.")

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        let jobs = ProcessInfo.processInfo.activeProcessorCount
        let article = try await ArticleInput.load(args, jobs: jobs)
        let chunked = await FactExtractor().extractChunks(article, jobs: jobs)
        if args.value("--format") == "json" {
            await chunked.writeJSON(jobs: jobs) { output.stream($0) }
            output.write("\n")
            output.keepUntilExit(chunked)
        } else {
            let sheet = chunked.joined()
            output.write(FactTable.render(sheet))
            output.keepUntilExit(sheet)
        }
    }
}

/// Reads the ARTICLE argument with its `--input-format`.
enum ArticleInput {
    /// The file's bytes, its format (from `--input-format`, else the extension, else a page's
    /// opening) and its name in messages.
    static func source(_ args: ParsedArguments) throws -> ([UInt8], InputFormat, String) {
        let path = args.positionals[0]
        let bytes = try InputReader.read(path)
        let format = args.value("--input-format").flatMap(InputFormat.init(rawValue:)) ?? InputFormat.forInput(path: path, bytes: bytes)
        return (bytes, format, path == "-" ? "standard input" : path)
    }

    /// The article to stage a show on: one with no prose left is an error.
    static func load(_ args: ParsedArguments) throws -> Article {
        let (bytes, format, name) = try source(args)
        return try Article.read(bytes, format: format, source: name).withProse(source: name)
    }

    /// The same, with a long article parsed by several jobs.
    static func load(_ args: ParsedArguments, jobs: Int) async throws -> Article {
        let (bytes, format, name) = try source(args)
        return try await Article.read(bytes, format: format, source: name, jobs: jobs)
    }
}
