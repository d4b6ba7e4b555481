/// libyaml counts a column in Unicode scalars; findings count characters, as editors
/// show them (`Character`s: a letter with combining marks, a flag, an emoji sequence is
/// one). The two differ only after such a cluster on the same line, so an ASCII text
/// maps nothing.
struct ScalarColumns {
    /// The text's lines; nil when it is ASCII.
    private let lines: [Substring]?

    init(_ text: String) {
        lines = text.utf8.allSatisfy { $0 < 0x80 } ? nil : text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    init(lines: [Substring]) {
        self.lines = lines
    }

    /// The character column of the scalar at 1-based `scalars` on 1-based `line`: the
    /// cluster holding it, or just past the line's end.
    func column(line: Int, scalars: Int) -> Int {
        guard let lines, line >= 1, line <= lines.count, scalars > 1 else { return scalars }
        let text = lines[line - 1]
        let target = text.unicodeScalars.index(text.startIndex, offsetBy: scalars - 1, limitedBy: text.endIndex) ?? text.endIndex
        var characters = 0
        var index = text.startIndex
        while index < target {
            characters += 1
            index = text.index(after: index)
        }
        // Past `target`: it is inside the cluster just counted.
        return index == target ? characters + 1 : characters
    }
}
