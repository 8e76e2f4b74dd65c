import Foundation
import SiteBuilder

/// The fuzz target: any bytes, read as a lesson by `Site.lint` (front matter YAML, cmark-gfm,
/// directive options, references, equations). `make fuzz` builds it with
/// `-sanitize=fuzzer,address -DFUZZING` and `main` hands control to libFuzzer's driver. Built
/// normally it is a replay tool: `LessonFuzzer FILE…` runs each file through the same code, to
/// reproduce a crash the fuzzer found.
func exercise(_ bytes: Data) {
    _ = Site.lint(bytes, displayPath: "lessons/fuzz.md", checkCitations: false)
}

#if FUZZING
/// libFuzzer's entry point for programs that keep their own `main` (SwiftPM renames an
/// executable's main, so libFuzzer's own cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

@main
enum LessonFuzzer {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in
            guard let start else { return 0 }
            exercise(Data(bytes: start, count: count))
            return 0
        })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("LessonFuzzer: cannot read \(path)\n".utf8))
                exit(1)
            }
            exercise(bytes)
            print("\(path): ok")
        }
        #endif
    }
}
