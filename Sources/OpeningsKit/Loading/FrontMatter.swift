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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first, closing: false) else { return .failure(.missing) }
        lines = lines.dropFirst()
        var lineNumber = 2
        var yamlLines: [Substring] = []
        while let line = lines.first {
            lines = lines.dropFirst()
            if isFence(line, closing: true) {
                return .success(FrontMatter(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlFirstLine: 2,
                    body: lines.joined(separator: "\n"),
                    bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
            lineNumber += 1
        }
        return .failure(.unclosed)
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
