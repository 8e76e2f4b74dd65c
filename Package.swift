// swift-tools-version:6.0
import PackageDescription

// One module per concern; each arrow below is a real dependency, and code uses nothing it does not point at
// (the CLI also calls Engine directly, for `trace`, `forecast` and `bench`).
//
//   lstmbook (CLI) ──► Preview ──► SiteBuilder ──► Directives ──► Engine    (recurrent networks; depends on nothing)
//                                   ▲     │   │           ├──► SVGPlot   (charts; knows nothing of networks)
//   LessonFuzzer ───────────────────┘     │   │           └──► Yams
//                                         │   └──► MathML               (a TeX subset to MathML, rendered on the server)
//                                         └──► MarkdownBridge ──► CCmarkGFM (the only code touching cmark's C API)
//
// Directives: what a lesson can run (options, directive kinds and their figures, runner, cache).
// SiteBuilder: lessons through named steps (read, parse, check, run, present, render, write).
// Preview: `lstmbook serve` (HTTP server, file watcher, rebuild and re-exec of the binary).
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
            name: "Directives",
            dependencies: ["Engine", "SVGPlot", .product(name: "Yams", package: "Yams")],
            plugins: ["CodeFingerprint"]
        ),
        .target(name: "SiteBuilder", dependencies: ["Directives", "SVGPlot", "MathML", "MarkdownBridge", .product(name: "Yams", package: "Yams")]),
        .target(name: "Preview", dependencies: ["SiteBuilder", "Directives"]),
        .plugin(name: "CodeFingerprint", capability: .buildTool()),
        // The fuzz target over the lesson and option parsers (`make fuzz`); without the fuzzer's
        // flags it builds as a tool that replays inputs.
        .executableTarget(name: "LessonFuzzer", dependencies: ["SiteBuilder"], path: "Sources/LessonFuzzer"),
        .executableTarget(
            name: "lstmbook",
            dependencies: ["Preview", "SiteBuilder", "Directives", "Engine", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // A real XML parser's view of what the charts, the cell diagram and MathML write.
        .target(name: "XMLTestSupport", path: "Tests/XMLTestSupport"),
        // What a directive's test suite needs (options parsed as a lesson parses them, a run), for
        // the directives' own tests and the site's tests of pages that carry them.
        .target(name: "DirectiveTestSupport", dependencies: ["Directives"], path: "Tests/DirectiveTestSupport"),
        .testTarget(name: "EngineTests", dependencies: ["Engine"], exclude: ["Fixtures"]),
        .testTarget(name: "SVGPlotTests", dependencies: ["SVGPlot", "XMLTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "MathMLTests", dependencies: ["MathML", "XMLTestSupport"]),
        .testTarget(name: "MarkdownBridgeTests", dependencies: ["MarkdownBridge"], exclude: ["Conformance"]),
        .testTarget(name: "DirectivesTests", dependencies: ["Directives", "Engine", "DirectiveTestSupport", "XMLTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "SiteBuilderTests",
                    dependencies: ["SiteBuilder", "Preview", "Directives", "Engine", "DirectiveTestSupport", "XMLTestSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "SiteBuilder", "Directives"]),
        .testTarget(name: "CLITests", dependencies: ["lstmbook"]),
    ]
)
