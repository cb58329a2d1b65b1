import Foundation

/// Why an output file could not be written.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    case exists(path: String)
    case cannotCreate(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): return "\(path) already exists; pass --force to replace it"
        case .cannotCreate(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}

/// Writes a file atomically: a temporary file in the same folder, flushed, then renamed
/// over the target, so a reader never sees half a file and a failed run leaves the old
/// file as it was. Refuses to replace an existing file unless `force` is set.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String, force: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw OutputError.cannotCreate(path: path, reason: "it is a folder") }
            if !force { throw OutputError.exists(path: path) }
        }
        let folder = url.deletingLastPathComponent()
        guard fm.fileExists(atPath: folder.path) else {
            throw OutputError.cannotCreate(path: path, reason: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard fm.createFile(atPath: temporary.path, contents: nil) else {
            throw OutputError.cannotCreate(path: path, reason: "cannot create a file in \(folder.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            if rename(temporary.path, url.path) != 0 {
                throw OutputError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? fm.removeItem(at: temporary)
            if let e = error as? OutputError { throw e }
            throw OutputError.cannotCreate(path: path, reason: error.localizedDescription)
        }
    }
}
