/// Where each line of a text starts, so a character's index can be turned into a line
/// and column with a binary search. A line ends at `\n`, `\r\n` (one `Character` in
/// Swift) or `\r`.
struct LineIndex: Sendable {
    /// Index of the first character of each line.
    let starts: [Int]

    init(_ characters: [Character]) {
        var starts = [0]
        for (index, character) in characters.enumerated() where character == "\n" || character == "\r\n" || character == "\r" {
            starts.append(index + 1)
        }
        self.starts = starts
    }

    /// The 0-based line of the character at `index`.
    func line(of index: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line and column of the character at `index`.
    func position(of index: Int) -> (line: Int, column: Int) {
        let line = line(of: index)
        return (line + 1, index - starts[line] + 1)
    }
}
