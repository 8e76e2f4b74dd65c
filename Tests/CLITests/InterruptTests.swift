import Foundation
import Testing

/// A build killed with SIGKILL at any moment must leave `output/` readable and whole: every page
/// either the old one or the new one, never half of one.
@Suite("Interrupted builds")
struct InterruptTests {
    /// A page is whole when it is exactly one of the versions a complete build wrote.
    static func expectWhole(_ project: Project, versions: [[String: Data]], attempt: String) {
        for (name, bytes) in project.snapshot() where !name.hasPrefix(".") {
            let known = versions.contains { $0[name] == bytes }
            #expect(known, "\(attempt): output/\(name) is neither the old nor the new version (\(bytes.count) bytes)")
        }
    }

    @Test func killMinus9AtAnyMomentLeavesOutputWhole() throws {
        let project = try Project()
        try project.write("data/air.csv", Project.airline)
        // A big page makes the write phase long enough to be hit.
        let filler = String(repeating: "Gates decide what the cell keeps, adds and shows.\n\n", count: 10_000)
        func lesson(_ version: Int) -> String {
            "---\ntitle: Version \(version)\n---\n\(filler)\n"
                + "```{forecast}\nid: f\ndata: data/air.csv\nseeds: 1\nepochs: 2\nshow: [predictions, table]\n```\n\n"
                + "Version \(version): {{f.test_rmse}}.\n"
        }
        try project.write("01-a.md", lesson(1))
        try project.write("02-b.md", lesson(1).replacingOccurrences(of: "Version", with: "Other"))
        #expect(try project.build().status == 0)
        let old = project.snapshot()

        // Time a complete build of the new version, then kill builds of it at spread-out moments.
        try project.write("01-a.md", lesson(2))
        try project.write("02-b.md", lesson(2).replacingOccurrences(of: "Version", with: "Other"))
        let started = Date()
        let arguments = ["build", "--jobs", "1", "--quiet", "--force", "--cache", project.root.appendingPathComponent("cache").path]
        #expect(try CLI.run(arguments, in: project.root).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = project.snapshot()
        #expect(new != old)

        // Restore the old output, then interrupt rebuilds at 16 points across the build.
        var killed = 0
        for attempt in 0..<16 {
            try FileManager.default.removeItem(at: project.output)
            try FileManager.default.createDirectory(at: project.output, withIntermediateDirectories: true)
            for (name, bytes) in old { try bytes.write(to: project.output.appendingPathComponent(name)) }

            let process = Process()
            process.executableURL = try CLI.executable()
            process.arguments = arguments
            process.currentDirectoryURL = project.root
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * Double(attempt) / 14)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            Self.expectWhole(project, versions: [old, new], attempt: "kill after \(attempt)/14 of a build")
        }
        #expect(killed >= 8, "most attempts must really interrupt the build")
        print("kill -9 test: \(killed) builds killed mid-way; output/ whole after each")

        // The next build finishes the job and removes any temporary files a kill left behind.
        #expect(try CLI.run(arguments, in: project.root).status == 0)
        #expect(project.snapshot() == new)
        let names = try FileManager.default.contentsOfDirectory(atPath: project.output.path)
        #expect(!names.contains { $0.hasPrefix(".lstmbook-tmp-") })
    }
}
