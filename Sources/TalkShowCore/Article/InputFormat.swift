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

    /// The format of a file or of standard input (`-`) read as `bytes`: the extension's, and
    /// for standard input or a name with no extension that says, HTML when the bytes open as a
    /// page does (`<!DOCTYPE html`, `<html`), else text. A `.txt` file is text whatever it holds.
    public static func forInput(path: String, bytes: [UInt8]) -> InputFormat {
        let byName = forPath(path)
        guard byName == .text, !path.lowercased().hasSuffix(".txt") else { return byName }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, UTF8Bytes.isSpace(bytes[i]) { i += 1 }
        for opening in ["<!doctype html", "<html"] {
            let o = Array(opening.utf8)
            if i + o.count <= bytes.count, (0..<o.count).allSatisfy({ UTF8Bytes.lower(bytes[i + $0]) == o[$0] }) { return .html }
        }
        return .text
    }
}
