import Foundation
import Lessons

/// The fuzz target: any bytes, read as a lesson by `Site.lint` (front matter YAML, cmark-gfm,
/// directive options, references, equations). Built with `make fuzz`, which compiles with
/// `-sanitize=fuzzer,address -DFUZZING`; libFuzzer then supplies `main`. Without FUZZING this
/// is a replay tool: `lesson-fuzzer FILE…` runs each file through the same code, to reproduce a
/// crash the fuzzer found.
func exercise(_ bytes: Data) {
    _ = Site.lint(bytes, displayPath: "lessons/fuzz.md")
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    exercise(Data(bytes: start, count: count))
    return 0
}
#else
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("lesson-fuzzer: cannot read \(path)\n".utf8))
                exit(1)
            }
            exercise(bytes)
            print("\(path): ok")
        }
    }
}
#endif
