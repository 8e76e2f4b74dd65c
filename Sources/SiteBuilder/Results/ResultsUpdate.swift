import Directives
/// Folds a build's values into the previous results file and lists what changed.
struct ResultsUpdate {
    /// The new results file: this build's values, except for lessons that failed, whose old
    /// records are kept (their pages were kept too).
    let file: ResultsFile
    /// Values that differ from the previous file, in lesson and reading order.
    let changes: [Drift]

    init(previous: ResultsFile?, lessons: [(file: String, values: [(invocation: Invocation, values: [NamedValue])])], keep: Set<String>) {
        let old = previous ?? ResultsFile()
        var next = ResultsFile()
        var changes: [Drift] = []
        for lesson in lessons {
            if keep.contains(lesson.file) {
                next.lessons[lesson.file] = old.lessons[lesson.file]
                continue
            }
            var records: [String: ResultsFile.Record] = [:]
            for (invocation, values) in lesson.values {
                var numbers: [String: Double] = [:]
                for value in values { if let number = value.number { numbers[value.name] = number } }
                let tolerance = invocation.directive.common.tolerance
                records[invocation.identity] = ResultsFile.Record(kind: invocation.kind, line: invocation.line, tolerance: tolerance, values: numbers)
                // A directive seen for the first time is not drift; a value that changed, appeared
                // or vanished in a directive seen before is.
                guard let before = old.lessons[lesson.file]?[invocation.identity] else { continue }
                let names = Set(numbers.keys).union(before.values.keys)
                for name in values.map(\.name).filter(names.contains) + before.values.keys.sorted().filter({ numbers[$0] == nil }) {
                    guard numbers[name] != before.values[name] else { continue }
                    changes.append(Drift(file: lesson.file, line: invocation.line, kind: invocation.kind,
                                         directive: ResultsFile.directiveName(invocation.identity), name: name,
                                         old: before.values[name], new: numbers[name], tolerance: tolerance))
                }
            }
            next.lessons[lesson.file] = records
        }
        // Lessons that could not be read at all keep their records, as they keep their pages.
        for file in keep where next.lessons[file] == nil {
            next.lessons[file] = old.lessons[file]
        }
        next.lastChanges = changes.isEmpty ? old.lastChanges : changes
        file = next
        self.changes = changes
    }
}
