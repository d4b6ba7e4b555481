/// "Did you mean …?" for misspelt keys and names.
enum Suggestion {
    /// The candidate closest to `word` within a small edit distance, if any. Ties go to
    /// the candidate that shares the longest start with `word` (`USX` → `USD`, not
    /// `UGX`), then to the first in alphabetical order, so the hint does not depend on
    /// the order of `candidates` (often a dictionary's keys, whose order changes per run).
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let length = lowered.count
        var best: (candidate: String, distance: Int, prefix: Int)?
        for candidate in candidates {
            // The distance is at least the difference in length, and the limit at most 2:
            // most of a long list (the paths of a site) is passed over without a table.
            guard abs(candidate.count - length) <= 2 else { continue }
            let folded = candidate.lowercased()
            let distance = editDistance(lowered, folded)
            let limit = max(1, min(2, candidate.count / 3))
            guard distance <= limit else { continue }
            let prefix = zip(lowered, folded).prefix { $0 == $1 }.count
            if let best, (distance, -prefix, candidate) >= (best.distance, -best.prefix, best.candidate) { continue }
            best = (candidate, distance, prefix)
        }
        return best?.candidate
    }

    /// Optimal string alignment distance, so a swapped pair ("colses") costs one edit.
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
