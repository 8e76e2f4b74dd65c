/// Suggests the closest known name for a misspelt one, as compilers do.
enum DidYouMean {
    /// The candidate within a small edit distance of `name`, if one is clearly closest.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        let scored = candidates
            .map { (candidate: $0, distance: editDistance(name.lowercased(), $0.lowercased())) }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        guard let best = scored.first else { return nil }
        // Allow about one typo per three characters: "look_bak" → "look_back", but not "x" → "id".
        let allowed = max(1, best.candidate.count / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// `" (did you mean 'look_back'?)"`, or nothing.
    static func hint(for name: String, among candidates: [String]) -> String {
        suggestion(for: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
