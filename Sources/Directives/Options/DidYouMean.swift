/// Suggests the closest known name for a misspelt one, as compilers do.
package enum DidYouMean {
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
    package static func hint(for name: String, among candidates: [String]) -> String {
        suggestion(for: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Edit distance over characters, counting a swap of neighbours as one edit (optimal string
    /// alignment), since "titel" for "title" is one slip of the fingers, not two.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
