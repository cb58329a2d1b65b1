import Foundation

/// Why an input file could not be read.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .missing(let path): return "no such file: \(path); check the path"
        case .isDirectory(let path): return "\(path) is a folder, not a file; give the article file inside it"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path) is \(bytes) bytes, more than the \(limit)-byte limit for one article; split it or raise the limit"
        }
    }
}

/// Reads a whole input file, or standard input for `-`, as bytes.
public enum InputReader {
    /// The largest input accepted: far above any article, low enough to fail fast on a disk image.
    public static let byteLimit = 256 * 1024 * 1024

    public static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [UInt8](data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError.missing(path: path) }
        if isDirectory.boolValue { throw InputError.isDirectory(path: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > byteLimit {
            throw InputError.tooLarge(path: path, bytes: size, limit: byteLimit)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw InputError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
