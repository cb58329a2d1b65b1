import Foundation

/// Why an input file could not be read.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A stream (standard input, a pipe) that went on past the limit: its size is not known.
    case streamTooLarge(path: String, limit: Int)

    public var description: String {
        switch self {
        case .missing(let path): return "no such file: \(path); check the path"
        case .isDirectory(let path): return "\(path) is a folder, not a file; give the article file inside it"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path) is \(bytes) bytes, more than the \(limit)-byte limit for one article; split it or raise the limit"
        case .streamTooLarge(let path, let limit):
            return "\(path) goes on past the \(limit)-byte limit for one article; split it"
        }
    }
}

/// Reads a whole input file, or standard input for `-`, as bytes.
public enum InputReader {
    /// The largest input accepted: far above any article, low enough to fail fast on a disk image.
    public static let byteLimit = 256 * 1024 * 1024

    public static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return try read(FileHandle.standardInput, name: "standard input") }
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
        return try read(handle, name: path)
    }

    /// Everything `handle` holds, read a block at a time and never more than `limit` bytes:
    /// a pipe or standard input has no size to check first, and a file may grow while read.
    static func read(_ handle: FileHandle, name: String, limit: Int = byteLimit) throws -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                guard bytes.count + block.count <= limit else { throw InputError.streamTooLarge(path: name, limit: limit) }
                bytes.append(contentsOf: block)
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.unreadable(path: name, reason: error.localizedDescription)
        }
        return bytes
    }
}
