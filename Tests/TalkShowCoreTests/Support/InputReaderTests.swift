import Foundation
import Testing
@testable import TalkShowCore

@Suite struct InputReaderTests {
    /// A stream is read up to the limit and refused past it, without holding more; one within
    /// the limit comes back whole, across blocks.
    @Test func streamPastTheLimit_isRefused() throws {
        func pipe(_ count: Int) throws -> FileHandle {
            let pipe = Pipe()
            pipe.fileHandleForWriting.write(Data((0..<count).map { UInt8(truncatingIfNeeded: $0) }))
            try pipe.fileHandleForWriting.close()
            return pipe.fileHandleForReading
        }
        #expect(throws: InputError.streamTooLarge(path: "pipe", limit: 50)) { try InputReader.read(pipe(100), name: "pipe", limit: 50) }
        #expect(try InputReader.read(pipe(50), name: "pipe", limit: 50) == (0..<50).map { UInt8($0) })
        #expect(try InputReader.read(pipe(0), name: "pipe", limit: 50).isEmpty)
        #expect(InputError.streamTooLarge(path: "standard input", limit: 50).description.contains("split it"))
    }
}
