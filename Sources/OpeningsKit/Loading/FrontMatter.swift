import Foundation

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
        // Lines are found as bytes: a posting is split once per build, and walking
        // `String` indices line by line cost ~60,000 instructions a file. A carriage
        // return (which `SourceFile` has already turned into a line feed for postings)
        // would make `\r\n` one character, so such a text takes the character path.
        var bytes = text
        if let split = bytes.withUTF8({ splitBytes($0) }) { return split }
        return splitCharacters(text)
    }

    /// nil when `text` holds a carriage return.
    private static func splitBytes(_ text: UnsafeBufferPointer<UInt8>) -> Result<FrontMatter, Failure>? {
        guard let base = text.baseAddress else { return .failure(.missing) }
        let count = text.count
        if memchr(base, 0x0D, count) != nil { return nil }
        func isFence(_ start: Int, _ end: Int, closing: Bool) -> Bool {
            var end = end
            while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
            guard end - start == 3 else { return false }
            let mark = text[start]
            return (mark == 0x2D || (closing && mark == 0x2E)) && text[start + 1] == mark && text[start + 2] == mark
        }
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) }
        var lineStart = 0
        var lineNumber = 1
        var yamlStart: Int?
        while lineStart < count {
            let lineEnd = memchr(base + lineStart, 0x0A, count - lineStart).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? count
            let next = lineEnd < count ? lineEnd + 1 : count
            if let start = yamlStart {
                if isFence(lineStart, lineEnd, closing: true) {
                    return .success(FrontMatter(yaml: string(start..<(lineStart == start ? start : lineStart - 1)), yamlFirstLine: 2,
                                                body: string(next..<count), bodyFirstLine: lineNumber + 1))
                }
            } else {
                guard isFence(lineStart, lineEnd, closing: false) else { return .failure(.missing) }
                yamlStart = next
            }
            if lineEnd == count { break }
            lineStart = next
            lineNumber += 1
        }
        return yamlStart == nil ? .failure(.missing) : .failure(.unclosed)
    }

    /// The same split read as characters; `ByteReadingTests` holds the byte path to it.
    static func splitCharacters(_ text: String) -> Result<FrontMatter, Failure> {
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
