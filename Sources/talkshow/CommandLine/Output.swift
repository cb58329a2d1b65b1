import Foundation

/// Where a command writes: standard output, buffered and flushed once.
struct Output {
    private var buffer = ""

    mutating func write(_ text: String) { buffer += text }

    func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }
}

/// Diagnostics on standard error.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("talkshow: error: \(message)\n".utf8))
    }
}
