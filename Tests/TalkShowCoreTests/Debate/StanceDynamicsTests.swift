import Testing
@testable import TalkShowCore

@Suite struct StanceDynamicsTests {
    @Test(arguments: [
        ([0.1, 0.5, 0.9, 0.3], [-0.6, 0.2, 0.7, 0.1]),
        ([0.25, 0.25, 0.25, 0.25], [0.9, -0.9, 0.4, -0.2]),
        ([1.0, 0.1, 0.5, 0.2], [0.0, 0.5, -0.5, 0.99]),
    ])
    func twoHundredRounds_matchTheClosedFormEquilibrium(_ stubbornness: [Double], _ x0: [Double]) throws {
        let trust: [[Double]] = [[0.4, 0.2, 0.3, 0.1], [0.2, 0.35, 0.25, 0.2], [0.3, 0.25, 0.3, 0.15], [0.1, 0.25, 0.15, 0.5]]
        let dynamics = StanceDynamics(stubbornness: stubbornness, confidence: [2, 2, 2, 2], trust: trust)
        let final = dynamics.trajectory(from: x0, updates: 200).last!
        let star = try #require(dynamics.equilibrium(from: x0))
        for i in 0..<4 { #expect(abs(final[i] - star[i]) < 1e-9) }
    }

    @Test func boundedConfidence_ignoresSeatsOutsideTheRadius() {
        let dynamics = StanceDynamics(stubbornness: [0, 0], confidence: [0.5, 0.5], trust: [[1, 1], [1, 1]])
        #expect(dynamics.step([-0.8, 0.8], opening: [-0.8, 0.8]) == [-0.8, 0.8])
        let close = dynamics.step([0.1, 0.3], opening: [0.1, 0.3])
        #expect(abs(close[0] - 0.2) < 1e-12 && abs(close[1] - 0.2) < 1e-12)
    }

    @Test func zeroTrust_keepsTheStance() {
        let dynamics = StanceDynamics(stubbornness: [0.5, 0.5], confidence: [2, 2], trust: [[0, 0], [1, 1]])
        #expect(dynamics.weights([0.2, 0.4])[0] == [1, 0])
    }
}
