import Foundation
import Testing

/// The `cmark-gfm` command line, the reference the bridge's HTML must match byte for byte.
enum ReferenceCLI {
    /// The flags the bridge's dialect stands for (see `GFM` in MarkdownBridge).
    static let flags = [
        "--unsafe", "--table-prefer-style-attributes",
        "-e", "footnotes", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist",
    ]

    /// The command line's path; the test fails (rather than passing unchecked) when it is missing.
    static func path() throws -> String {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        let found = directories.lazy
            .map { "\($0)/cmark-gfm" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(found, "the cmark-gfm command line is not on PATH: run scripts/bootstrap")
    }

    /// What the command line prints for each of `documents`, as bytes. One shell runs it for
    /// every document: starting a process per document from here would cost more than all the
    /// rendering.
    static func render(_ documents: [String]) throws -> [Data] {
        let cli = try path()
        let directory = FileManager.default.temporaryDirectory.appending(path: "bridge-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = documents.indices.map { String(format: "%05d", $0) }
        for (name, markdown) in zip(names, documents) {
            try Data(markdown.utf8).write(to: directory.appending(path: name + ".md"))
        }

        let shell = Process()
        shell.executableURL = URL(filePath: "/bin/sh")
        shell.arguments = [
            "-c", #"cli=$1 dir=$2; shift 2; for f in "$dir"/*.md; do "$cli" "$@" "$f" > "${f%.md}.html" || exit 1; done"#,
            "sh", cli, directory.path,
        ] + flags
        try shell.run()
        shell.waitUntilExit()
        try #require(shell.terminationStatus == 0, "cmark-gfm failed (exit status \(shell.terminationStatus))")
        return try names.map { try Data(contentsOf: directory.appending(path: $0 + ".html")) }
    }
}
