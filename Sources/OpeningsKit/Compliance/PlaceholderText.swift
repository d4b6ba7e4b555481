/// Finds the guidance text of `openings new job` left in a posting: a body written
/// around it would publish "One or two paragraphs that tell candidates…".
struct PlaceholderText: Sendable {
    /// The scaffold's sentences, as lines without list markers. Headings and short
    /// lines are left out: "## What you'll do" is a good heading to keep.
    private let lines: Set<String>

    init(_ scaffold: String = JobScaffold.placeholderBody) {
        var lines: Set<String> = []
        for line in scaffold.split(separator: "\n") {
            let text = Self.normalise(line)
            if text.count >= 30, !text.hasPrefix("#") { lines.insert(text) }
        }
        self.lines = lines
    }

    private static func normalise(_ line: Substring) -> String {
        var text = line.drop { $0 == " " || $0 == "\t" }
        if text.hasPrefix("- ") || text.hasPrefix("* ") { text = text.dropFirst(2) }
        return String(text).trimmingWhitespace()
    }

    /// The first untouched line (as a 0-based offset into `body`) and how many there are.
    func untouched(in body: Substring) -> (offset: Int, count: Int, text: String)? {
        var first: (Int, String)?
        var count = 0
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = Self.normalise(line)
            guard text.count >= 30, lines.contains(text) else { continue }
            if first == nil { first = (offset, text) }
            count += 1
        }
        return first.map { ($0.0, count, $0.1) }
    }
}
