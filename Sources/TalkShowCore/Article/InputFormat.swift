/// The format an article arrives in; decides how `ArticleDecoder` reduces it to plain text.
public enum InputFormat: String, Codable, Sendable, CaseIterable {
    case text, markdown, html

    /// The format a file's extension implies: `.html`/`.htm`, `.md`/`.markdown`, else text.
    public static func forPath(_ path: String) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        return .text
    }
}
