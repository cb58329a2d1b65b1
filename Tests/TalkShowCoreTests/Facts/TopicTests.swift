import Testing
@testable import TalkShowCore

@Suite struct TopicTests {
    /// Every mask lists its topics in canonical order, one-topic masks (from shared storage) too.
    @Test func everyMask_listsItsTopicsInOrder() {
        let all = Topic.allCases
        for mask in UInt32(0)..<(1 << UInt32(all.count)) {
            let expected = all.filter { mask & $0.bit != 0 }
            #expect(Topic.list(mask) == expected)
        }
        // Bits past the last topic name nothing.
        #expect(Topic.list(1 << UInt32(all.count)) == [])
        #expect(Topic.list(Topic.risk.bit | 1 << 30) == [.risk])
    }
}
