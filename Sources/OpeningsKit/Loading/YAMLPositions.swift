/// Turns libyaml's positions into the ones findings use. libyaml (YAML 1.1) also ends a
/// line at NEL (U+0085), LS (U+2028) and PS (U+2029), and counts a column in Unicode
/// scalars; findings count lines at line feeds and columns in characters, as editors
/// show them (a flag or a letter with combining marks is one). And at the very end of a
/// text without a final line break, libyaml marks a line after the last one: such a
/// position goes to the end of the last line. An ASCII text maps only that, so the usual
/// front matter pays one scan.
struct YAMLPositions {
    private let text: String?
    /// Where libyaml's lines start, and where ours do.
    private let yamlStarts: [String.Index]
    private let starts: [String.Index]
    /// Our last line and the column just past its end.
    private let end: (line: Int, column: Int)

    init(_ whole: String) {
        var lines = 1, lastBreak = -1, ascii = true
        var bytes = whole
        bytes.withUTF8 { utf8 in
            for offset in utf8.indices {
                let byte = utf8[offset]
                if byte == 10 { lines += 1; lastBreak = offset } else if byte >= 0x80 { ascii = false }
            }
        }
        let lastLine = whole.utf8.dropFirst(lastBreak + 1)
        end = (lines, (ascii ? lastLine.count : Substring(lastLine).count) + 1)
        guard !ascii else {
            (text, yamlStarts, starts) = (nil, [], [])
            return
        }
        let text = whole
        var yamlStarts = [text.startIndex], starts = [text.startIndex]
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            switch scalar {
            case "\n": yamlStarts.append(index); starts.append(index)
            case "\u{85}", "\u{2028}", "\u{2029}": yamlStarts.append(index)
            default: break
            }
        }
        (self.text, self.yamlStarts, self.starts) = (text, yamlStarts, starts)
    }

    /// Our line and column of libyaml's 1-based `line` and `column`.
    func map(line: Int, column: Int) -> (line: Int, column: Int) {
        guard let text, line >= 1, line <= yamlStarts.count else { return line > end.line ? end : (line, column) }
        let scalars = text.unicodeScalars
        let lineEnd = line < yamlStarts.count ? scalars.index(before: yamlStarts[line]) : scalars.endIndex
        let target = scalars.index(yamlStarts[line - 1], offsetBy: max(0, column - 1), limitedBy: lineEnd) ?? lineEnd
        // Our line: the last of ours that starts at or before the target.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= target { low = middle } else { high = middle - 1 }
        }
        // A stretch of ASCII without a carriage return, ending where an ASCII character or
        // the text's end follows, is as many characters as bytes (a file with one accent
        // elsewhere still has mostly such lines). Before a combining mark it is not: the
        // target is inside the character the mark joins.
        let before = text.utf8[starts[low]..<target]
        if before.isEmpty || (target == text.endIndex || text.utf8[target] < 0x80) && before.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return (low + 1, before.count + 1)
        }
        var characters = 0
        var index = starts[low]
        while index < target {
            characters += 1
            index = text.index(after: index)
        }
        // Past the target: it is inside the character just counted.
        return (low + 1, index == target ? characters + 1 : characters)
    }
}
