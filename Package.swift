// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "TalkShow",
    products: [
        .library(name: "TalkShowCore", targets: ["TalkShowCore"]),
        .executable(name: "talkshow", targets: ["talkshow"]),
    ],
    targets: [
        .target(
            name: "TalkShowCore",
            resources: [
                .embedInCode("Resources/topics.json"),
                .embedInCode("Resources/polarity.json"),
                .embedInCode("Resources/hedges.json"),
                .embedInCode("Resources/entities.json"),
                .embedInCode("Resources/grammar.json"),
                .embedInCode("Resources/default-scenario.json"),
            ]
        ),
        .executableTarget(name: "talkshow", dependencies: ["TalkShowCore"]),
        .target(name: "TalkShowTestSupport", dependencies: ["TalkShowCore"], path: "Tests/TalkShowTestSupport"),
        .testTarget(name: "TalkShowCoreTests", dependencies: ["TalkShowCore", "TalkShowTestSupport"]),
        .testTarget(name: "TalkShowCLITests", dependencies: ["TalkShowCore", "TalkShowTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
