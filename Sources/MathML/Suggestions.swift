/// "Did you mean …?" for misspelt command and environment names.
enum Suggestions {
    /// The candidate nearest to `name` by edit distance, if it is near enough to be a likely typo:
    /// up to half the name's length, at most 3 (so `sigmoid` still finds `sigma`). Ties go to the
    /// longer shared prefix, then alphabetical order, so the hint is deterministic.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let limit = min(3, max(1, name.count / 2))
        let scored = candidates.map { (candidate: $0, distance: distance(name, $0), prefix: sharedPrefix(name, $0)) }
        let best = scored.filter { $0.distance <= limit }.min { a, b in
            (a.distance, -a.prefix, a.candidate) < (b.distance, -b.prefix, b.candidate)
        }
        return best?.candidate
    }

    /// Levenshtein distance: insertions, deletions and substitutions each cost one.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in a.indices {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for j in b.indices {
                let substitution = previous[j] + (a[i] == b[j] ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }

    private static func sharedPrefix(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }
}
