/// Why an article could not be read; each message says what to fix.
public enum ArticleError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty(source: String)
    case invalidUTF8(source: String, offset: Int)
    case binary(source: String, offset: Int)
    case noProse(source: String)

    public var description: String {
        switch self {
        case .empty(let source):
            return "\(source) is empty or only whitespace; give an article with some text"
        case .invalidUTF8(let source, let offset):
            return "\(source) is not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8 and try again"
        case .binary(let source, let offset):
            return "\(source) looks like a binary file (control byte at offset \(offset)), not an article; give a text, Markdown or HTML file"
        case .noProse(let source):
            return "\(source) has no sentences left after removing markup and page boilerplate (navigation, share bars, link lists); give the article's own text, or run `talkshow facts` on it to see what was left out"
        }
    }
}
