/// A Markdown file split at its `---` fences.
struct FrontMatter: Sendable {
    /// The YAML between the fences.
    var yaml: String
    /// Line of the file on which the YAML starts (2 when the file opens with `---`).
    var yamlFirstLine: Int
    /// The Markdown after the closing fence.
    var body: String
    /// Line of the file on which the body starts.
    var bodyFirstLine: Int

    enum Failure: Error, Equatable {
        case missing
        case unclosed
    }

    /// Splits `text`. A file must open with a `---` line; the block ends at the next
    /// line that is `---` or `...`.
    static func split(_ text: String) -> Result<FrontMatter, Failure> {
        // Works on UTF-8 offsets: a posting is split once per build, and slicing avoids
        // copying every line.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 10) ?? utf8.endIndex
            let line = Substring(text[lineStart..<lineEnd])
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
            if let start = yamlStart {
                if isFence(line, closing: true) {
                    return .success(FrontMatter(
                        yaml: String(text[start..<(lineStart == start ? start : utf8.index(before: lineStart))]),
                        yamlFirstLine: 2,
                        body: String(text[next...]),
                        bodyFirstLine: lineNumber + 1))
                }
            } else {
                guard isFence(line, closing: false) else { return .failure(.missing) }
                yamlStart = next
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = next
            lineNumber += 1
        }
        return yamlStart == nil ? .failure(.missing) : .failure(.unclosed)
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let trimmed = line.trimmingTrailingSpaces()
        return trimmed == "---" || (closing && trimmed == "...")
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" else { break }
            end = previous
        }
        return self[startIndex..<end]
    }
}
