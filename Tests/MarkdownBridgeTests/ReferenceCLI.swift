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
    static func render(_ documents: [String], flags: [String] = flags) throws -> [Data] {
        let cli = try path()
        let directory = FileManager.default.temporaryDirectory.appending(path: "bridge-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = documents.indices.map { String(format: "%05d", $0) }
        for (name, markdown) in zip(names, documents) {
            try Data(markdown.utf8).write(to: directory.appending(path: name + ".md"))
        }

        let status = try shell([
            "-c", #"cli=$1 dir=$2; shift 2; for f in "$dir"/*.md; do "$cli" "$@" "$f" > "${f%.md}.html" || exit 1; done"#,
            "sh", cli, directory.path,
        ] + flags)
        try #require(status == 0, "cmark-gfm failed (wait status \(status))")
        return try names.map { name in
            let html = directory.appending(path: name + ".html")
            // Some examples render to nothing, and swift-foundation leaks 4 kB reading an empty
            // file (tools/leakcheck would report it).
            let size = try FileManager.default.attributesOfItem(atPath: html.path)[.size] as? Int
            return size == 0 ? Data() : try Data(contentsOf: html)
        }
    }

    /// Runs `/bin/sh` with `arguments` and returns its wait status (0: exited with 0).
    /// Not Foundation's `Process`: it closes every descriptor the child inherits, which fails
    /// (EBADF) under valgrind (`tools/leakcheck`), whose own descriptors are off limits.
    private static func shell(_ arguments: [String]) throws -> Int32 {
        let argv = (["/bin/sh"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
        try #require(error == 0, "could not start /bin/sh: \(String(cString: strerror(error)))")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return status
    }
}
