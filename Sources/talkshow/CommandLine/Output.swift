import Foundation

/// Where a command writes: standard output, buffered and flushed once.
struct Output {
    private var pieces: [[UInt8]] = []
    /// Values a command hands over so they are never freed: the process exits right after
    /// the output is written, and freeing a long article's facts one by one only costs time.
    private var kept: [any Sendable] = []

    mutating func keepUntilExit(_ value: any Sendable) { kept.append(value) }

    mutating func write(_ text: String) { pieces.append(Array(text.utf8)) }

    mutating func write(bytes: [UInt8]) { pieces.append(bytes) }

    /// Writes every piece to standard output, in order.
    mutating func flush() {
        for piece in pieces { Self.writeOut(piece) }
        pieces.removeAll()
    }

    /// Writes what is buffered and then `bytes` at once, for output too large to hold.
    mutating func stream(_ bytes: [UInt8]) {
        flush()
        Self.writeOut(bytes)
    }

    static func writeOut(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
    }
}

/// Diagnostics on standard error.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("talkshow: error: \(message)\n".utf8))
    }
}
