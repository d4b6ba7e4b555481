import Foundation

/// Finds the guidance text of `openings new job` left in a posting: a body written
/// around it would publish "One or two paragraphs that tell candidates…".
struct PlaceholderText: Sendable {
    /// FNV-1a of each scaffold sentence's bytes, as lines without list markers. Headings
    /// and short lines are left out: "## What you'll do" is a good heading to keep.
    /// Every body of every build is scanned, so a line is hashed in place and only a
    /// hit becomes a `String`.
    private let hashes: Set<UInt64>
    private let lines: Set<String>
    /// By length in bytes: whether a scaffold sentence has it. Most lines of a body have
    /// another length, and are passed over without hashing.
    private let lengths: [Bool]
    static let minimumLength = 30

    init(_ scaffold: String = JobScaffold.placeholderBody) {
        var lines: Set<String> = []
        for line in scaffold.split(separator: "\n") {
            var text = line
            text.withUTF8 { bytes in
                let range = Self.content(of: bytes)
                if range.count >= Self.minimumLength, bytes[range.lowerBound] != UInt8(ascii: "#") {
                    lines.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                }
            }
        }
        self.lines = lines
        var lengths = [Bool](repeating: false, count: (lines.map(\.utf8.count).max() ?? 0) + 1)
        for line in lines { lengths[line.utf8.count] = true }
        self.lengths = lengths
        hashes = Set(lines.map { line in
            var text = line
            return text.withUTF8 { Self.hash(UnsafeBufferPointer(rebasing: $0[...])) }
        })
    }

    /// A line without its indentation, list marker and trailing white space.
    private static func content(of line: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0, end = line.count
        while start < end, line[start] == 32 || line[start] == 9 { start += 1 }
        if end - start >= 2, line[start] == UInt8(ascii: "-") || line[start] == UInt8(ascii: "*"), line[start + 1] == 32 { start += 2 }
        while end > start, line[end - 1] == 32 || line[end - 1] == 9 || line[end - 1] == 13 { end -= 1 }
        return start..<end
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }

    /// The first untouched line (as a 0-based offset into `body`) and how many there are.
    /// `isComment(offset)`: whether that line is inside an HTML comment, which no page
    /// shows; asked only of the rare line that matches.
    func untouched(in body: Substring, isComment: (Int) -> Bool = { _ in false }) -> (offset: Int, count: Int, text: String)? {
        var body = body
        return body.withUTF8 { bytes -> (Int, Int, String)? in
            var first: (Int, String)?
            var count = 0, offset = 0, lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = bytes.count
                if lineStart < bytes.count, let base = bytes.baseAddress, let found = memchr(base + lineStart, 10, bytes.count - lineStart) {
                    lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                defer { lineStart = lineEnd + 1; offset += 1 }
                guard lineEnd - lineStart >= Self.minimumLength else { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                let range = Self.content(of: line)
                guard range.count >= Self.minimumLength, range.count < lengths.count, lengths[range.count] else { continue }
                let content = UnsafeBufferPointer(rebasing: line[range])
                guard hashes.contains(Self.hash(content)) else { continue }
                let text = String(decoding: content, as: UTF8.self)
                guard lines.contains(text), !isComment(offset) else { continue }
                if first == nil { first = (offset, text) }
                count += 1
            }
            return first.map { ($0.0, count, $0.1) }
        }
    }
}
