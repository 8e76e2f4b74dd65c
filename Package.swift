// swift-tools-version:6.0
import PackageDescription

// One module per concern; each arrow below is a real dependency and there are no others.
//
//   lstmbook (CLI) ──► Lessons ──► Engine          (recurrent networks; depends on nothing)
//                        │    ├──► SVGPlot         (charts; knows nothing of networks)
//                        │    ├──► MathML          (a TeX subset to MathML, rendered on the server)
//                        │    └──► MarkdownBridge ──► CCmarkGFM (the only code touching cmark's C API)
//                        └──► Yams
let package = Package(
    name: "lstmbook",
    products: [
        .executable(name: "lstmbook", targets: ["lstmbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "Engine"),
        .target(name: "SVGPlot"),
        .target(name: "MathML"),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "MarkdownBridge", dependencies: ["CCmarkGFM"]),
        .target(
            name: "Lessons",
            dependencies: ["Engine", "SVGPlot", "MathML", "MarkdownBridge", .product(name: "Yams", package: "Yams")],
            plugins: ["CodeFingerprint"]
        ),
        .plugin(name: "CodeFingerprint", capability: .buildTool()),
        // The fuzz target over the lesson and option parsers (`make fuzz`); without the fuzzer's
        // flags it builds as a tool that replays inputs.
        .executableTarget(name: "LessonFuzzer", dependencies: ["Lessons"], path: "Sources/LessonFuzzer"),
        .executableTarget(
            name: "lstmbook",
            dependencies: ["Lessons", "Engine", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // A real XML parser's view of what the charts, the cell diagram and MathML write.
        .target(name: "XMLTestSupport", path: "Tests/XMLTestSupport"),
        .testTarget(name: "EngineTests", dependencies: ["Engine"], exclude: ["Fixtures"]),
        .testTarget(name: "SVGPlotTests", dependencies: ["SVGPlot", "XMLTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "MathMLTests", dependencies: ["MathML", "XMLTestSupport"]),
        .testTarget(name: "MarkdownBridgeTests", dependencies: ["MarkdownBridge"], exclude: ["Conformance"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Engine", "XMLTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "CLITests", dependencies: ["lstmbook"]),
    ]
)
