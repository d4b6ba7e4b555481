/// Reads the YAML most front matter is written in straight into `YAMLNode`s: block
/// mappings and lists of `key: value` lines, with plain and quoted one-line scalars and
/// one-line `[a, b]` and `{ key: value }` collections. Everything else is declined (nil)
/// and read by Yams.
///
/// Why: Yams builds its own node tree, hashes every mapping's keys to find repeated
/// ones, and its tree was then converted to `YAMLNode`: ~600,000 instructions a posting,
/// an eighth of a whole build. This reader makes the same tree (the same texts, styles,
/// lines and columns) in one pass over the bytes. `PlainYAMLReaderTests` and the
/// `fuzz-yaml` target hold it to Yams' trees on every text it accepts.
///
/// Declined, so read by Yams (which also finds the errors, with its diagnostics):
/// anchors, aliases, tags, block scalars, multi-line scalars and flow collections,
/// escapes in double quotes, empty values, repeated keys, keys other than
/// `[A-Za-z0-9_][A-Za-z0-9_-]*`, tabs, control characters and the line breaks libyaml
/// adds (NEL, LS, PS), a node starting with a combining mark, a root that is not a
/// mapping, and trees deeper than 16 levels or with more nodes than `YAMLReader` allows.
struct PlainYAMLReader {
    private struct Line {
        var number: Int
        var start: Int
        var end: Int
        var indent: Int
    }

    private struct Declined: Error {}

    private let text: UnsafeBufferPointer<UInt8>
    private let firstLine: Int
    private var lines: [Line] = []
    private var next = 0
    private var nodes = 0

    /// Nodes, and depth, beyond which the tree is left to `YAMLReader`'s limits.
    private static let maximumNodes = YAMLReader.maximumNodes
    private static let maximumDepth = 16

    /// The tree of `yaml`, whose first line is line `firstLine` of its file; nil when
    /// the text is not in the subset this reader knows.
    static func read(_ yaml: String, firstLine: Int) -> YAMLNode? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var reader = PlainYAMLReader(text: bytes, firstLine: firstLine)
            return try? reader.document()
        }
    }

    private init(text: UnsafeBufferPointer<UInt8>, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }

    private mutating func document() throws -> YAMLNode {
        try findLines()
        guard let first = lines.first, !startsEntry(first.start + first.indent, first.end) else { throw Declined() }
        let root = try mapping(line: 0, column: first.indent, depth: 0)
        guard next == lines.count else { throw Declined() }
        return root
    }

    /// The lines with content (not blank, not only a comment), each checked for what
    /// this reader refuses anywhere.
    private mutating func findLines() throws {
        var number = 0
        var start = 0
        let count = text.count
        while start <= count {
            number += 1
            var end = start
            var indent = 0
            var counting = true
            while end < count {
                let byte = text[end]
                if byte == 0x0A { break }
                if counting {
                    if byte == 0x20 { indent += 1 } else { counting = false }
                }
                if byte < 0x20 || byte == 0x7F { throw Declined() }
                if byte >= 0x80 { try checkScalar(at: end) }
                end += 1
            }
            let content = start + indent
            if content < end, text[content] != 0x23 {
                lines.append(Line(number: number, start: start, end: end, indent: indent))
            }
            start = end + 1
        }
    }

    /// Refuses a character YAML does not allow as text, and the line breaks libyaml counts.
    private func checkScalar(at index: Int) throws {
        let lead = text[index]
        guard lead & 0xC0 != 0x80 else { return }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= text.count else { throw Declined() }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value), YAMLReader.isPrintable(scalar),
              value != 0x85, value != 0x2028, value != 0x2029 else { throw Declined() }
    }

    // MARK: Nodes

    private mutating func node(_ kind: YAMLNode.Kind, line: Line, at index: Int) throws -> YAMLNode {
        nodes += 1
        guard nodes <= Self.maximumNodes else { throw Declined() }
        // Columns count characters, as `YAMLPositions` gives them: an ASCII stretch before
        // an ASCII byte is as many characters as bytes; otherwise the characters are
        // counted, and a node whose first scalar would join the character before it (a
        // combining mark) is left to Yams.
        var ascii = text[index] < 0x80
        var offset = line.start
        while ascii, offset < index {
            if text[offset] >= 0x80 { ascii = false }
            offset += 1
        }
        if ascii { return YAMLNode(kind: kind, line: firstLine + line.number - 1, column: index - line.start + 1) }
        let lead = text[index]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let before = string(line.start, index).count
        guard string(line.start, min(index + length, line.end)).count == before + 1 else { throw Declined() }
        return YAMLNode(kind: kind, line: firstLine + line.number - 1, column: before + 1)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    /// Whether `start` begins a list entry: `-` then a space or the line's end.
    private func startsEntry(_ start: Int, _ end: Int) -> Bool {
        text[start] == 0x2D && (start + 1 == end || text[start + 1] == 0x20)
    }

    /// The end of a key (`[A-Za-z0-9_][A-Za-z0-9_-]*`) at `start` followed by `:` and a
    /// space or the line's end; nil if there is none.
    private func keyEnd(_ start: Int, _ end: Int) -> Int? {
        var index = start
        while index < end {
            let byte = text[index]
            let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
            if isLetter || (byte == 0x2D && index > start) { index += 1 } else { break }
        }
        guard index > start, index < end, text[index] == 0x3A, index + 1 == end || text[index + 1] == 0x20 else { return nil }
        return index
    }

    /// The line after the one at `index`'s indentation is compared with, or nil at the end.
    private func indent(of index: Int) -> Int? { index < lines.count ? lines[index].indent : nil }

    /// A block mapping whose first key is at `column` of line `index` (a list entry's
    /// mapping starts after its `- `); the next keys start lines indented to `column`.
    private mutating func mapping(line index: Int, column: Int, depth: Int) throws -> YAMLNode {
        guard depth <= Self.maximumDepth else { throw Declined() }
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var keys = SeenKeys()
        var lineIndex = index
        var keyStart = lines[index].start + column
        let mappingLine = lines[index]
        let mappingStart = keyStart
        while true {
            let line = lines[lineIndex]
            guard let colon = keyEnd(keyStart, line.end) else { throw Declined() }
            let name = string(keyStart, colon)
            guard keys.insert(name) else { throw Declined() }
            let key = try node(.scalar(name, plain: true), line: line, at: keyStart)
            var valueStart = colon + 1
            while valueStart < line.end, text[valueStart] == 0x20 { valueStart += 1 }
            let value: YAMLNode
            if valueStart == line.end || text[valueStart] == 0x23 {
                // Nothing after the colon: a block on the lines below, more indented, or a
                // list at the key's own indentation.
                next = lineIndex + 1
                guard next < lines.count else { throw Declined() }
                let below = lines[next]
                let belowStart = below.start + below.indent
                if below.indent > column {
                    value = startsEntry(belowStart, below.end)
                        ? try sequence(column: below.indent, depth: depth + 1)
                        : try mapping(line: next, column: below.indent, depth: depth + 1)
                } else if below.indent == column, startsEntry(belowStart, below.end) {
                    value = try sequence(column: column, depth: depth + 1)
                } else {
                    throw Declined()
                }
            } else {
                value = try inline(line: line, at: valueStart, depth: depth + 1)
                next = lineIndex + 1
            }
            pairs.append((key, value))
            guard let indent = indent(of: next), indent >= column else { break }
            guard indent == column else { throw Declined() }
            lineIndex = next
            keyStart = lines[lineIndex].start + column
        }
        return try node(.mapping(pairs), line: mappingLine, at: mappingStart)
    }

    /// A block list whose `- ` entries start lines indented to `column`, from `next`.
    private mutating func sequence(column: Int, depth: Int) throws -> YAMLNode {
        guard depth <= Self.maximumDepth else { throw Declined() }
        var items: [YAMLNode] = []
        let first = lines[next]
        while next < lines.count, lines[next].indent == column, startsEntry(lines[next].start + column, lines[next].end) {
            let line = lines[next]
            var start = line.start + column + 1
            while start < line.end, text[start] == 0x20 { start += 1 }
            // `-` alone (a block below it) or `- - x`: left to Yams.
            guard start < line.end, text[start] != 0x23, !startsEntry(start, line.end) else { throw Declined() }
            if keyEnd(start, line.end) != nil {
                items.append(try mapping(line: next, column: start - line.start, depth: depth + 1))
            } else {
                items.append(try inline(line: line, at: start, depth: depth + 1))
                next += 1
            }
        }
        // What follows is less indented, or a key beside a list at its own indentation.
        if let indent = indent(of: next), indent > column { throw Declined() }
        return try node(.sequence(items), line: first, at: first.start + column)
    }

    // MARK: One-line values

    /// Characters that give a plain value another meaning when they start it.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            return true
        default:
            return false
        }
    }

    /// What may follow a value on its line: spaces, then nothing or a comment.
    private func onlyCommentAfter(_ index: Int, _ end: Int) -> Bool {
        var index = index
        let spaced = index < end && text[index] == 0x20
        while index < end, text[index] == 0x20 { index += 1 }
        return index == end || (spaced && text[index] == 0x23)
    }

    /// A value that starts at `start` and ends on its line.
    private mutating func inline(line: Line, at start: Int, depth: Int) throws -> YAMLNode {
        switch text[start] {
        case 0x22, 0x27, 0x5B, 0x7B:
            let (value, end) = try flow(line: line, at: start, depth: depth)
            guard onlyCommentAfter(end, line.end) else { throw Declined() }
            return value
        case let byte where Self.isIndicator(byte):
            throw Declined()
        default:
            // Up to a comment (` #`), without trailing spaces; `: ` or a final `:` would
            // make it a key.
            var end = start
            while end < line.end, !(text[end] == 0x23 && text[end - 1] == 0x20) {
                if text[end] == 0x3A, end + 1 == line.end || text[end + 1] == 0x20 { throw Declined() }
                end += 1
            }
            while text[end - 1] == 0x20 { end -= 1 }
            return try node(.scalar(string(start, end), plain: true), line: line, at: start)
        }
    }

    /// A quoted scalar at `start` (a double-quoted one without escapes) and the index
    /// after its closing quote.
    private func quoted(at start: Int, _ end: Int) throws -> (String, Int) {
        let quote = text[start]
        var index = start + 1
        var value: [UInt8] = []
        while true {
            guard index < end else { throw Declined() }
            let byte = text[index]
            if byte == quote {
                // `''` inside single quotes is one quote.
                if quote == 0x27, index + 1 < end, text[index + 1] == 0x27 {
                    value.append(0x27)
                    index += 2
                    continue
                }
                return (String(decoding: value, as: UTF8.self), index + 1)
            }
            if quote == 0x22, byte == 0x5C { throw Declined() }
            value.append(byte)
            index += 1
        }
    }

    /// A value inside or starting a one-line flow collection (`[a, "b"]`, `{ band: x }`,
    /// `[{ city: Denver, region: CO }]`), and the index after it.
    private mutating func flow(line: Line, at start: Int, depth: Int) throws -> (YAMLNode, Int) {
        guard depth <= Self.maximumDepth else { throw Declined() }
        switch text[start] {
        case 0x22, 0x27:
            let (value, end) = try quoted(at: start, line.end)
            return (try node(.scalar(value, plain: false), line: line, at: start), end)
        case 0x5B, 0x7B:
            let isMapping = text[start] == 0x7B
            let closer: UInt8 = isMapping ? 0x7D : 0x5D
            var items: [YAMLNode] = []
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var keys = SeenKeys()
            var index = start + 1
            func skipSpaces() { while index < line.end, text[index] == 0x20 { index += 1 } }
            skipSpaces()
            if index < line.end, text[index] == closer {
                index += 1
            } else {
                while true {
                    guard index < line.end else { throw Declined() }
                    if isMapping {
                        // `key: value`, the key as block keys are written.
                        guard let colon = keyEnd(index, line.end), colon + 1 < line.end else { throw Declined() }
                        let name = string(index, colon)
                        guard keys.insert(name) else { throw Declined() }
                        let key = try node(.scalar(name, plain: true), line: line, at: index)
                        index = colon + 1
                        skipSpaces()
                        guard index < line.end, text[index] != 0x2C, text[index] != closer else { throw Declined() }
                        let (value, end) = try flow(line: line, at: index, depth: depth + 1)
                        pairs.append((key, value))
                        index = end
                    } else {
                        let (item, end) = try flow(line: line, at: index, depth: depth + 1)
                        items.append(item)
                        index = end
                    }
                    skipSpaces()
                    guard index < line.end else { throw Declined() }
                    if text[index] == closer { index += 1; break }
                    guard text[index] == 0x2C else { throw Declined() }
                    index += 1
                    skipSpaces()
                    // `[a, ]`: left to Yams.
                    guard index < line.end, text[index] != closer, text[index] != 0x2C else { throw Declined() }
                }
            }
            let kind: YAMLNode.Kind = isMapping ? .mapping(pairs) : .sequence(items)
            return (try node(kind, line: line, at: start), index)
        case let byte where Self.isIndicator(byte):
            throw Declined()
        default:
            // A plain scalar inside a flow collection ends at `,`, `]` or `}`.
            var end = start
            while end < line.end, text[end] != 0x2C, text[end] != 0x5D, text[end] != 0x7D {
                switch text[end] {
                case 0x5B, 0x7B, 0x23, 0x3A: throw Declined()
                default: end += 1
                }
            }
            let after = end
            while text[end - 1] == 0x20 { end -= 1 }
            return (try node(.scalar(string(start, end), plain: true), line: line, at: start), after)
        }
    }
}

/// The keys of one mapping so far, to refuse a repeated one: a list while short, as
/// front matter's are (a set hashed every key, ~1,000 instructions each with its
/// growth, for ~20 keys a posting), a set past 32 keys so a long mapping stays linear.
private struct SeenKeys {
    private var list: [String] = []
    private var set: Set<String>?

    /// Whether `key` is new (and now seen).
    mutating func insert(_ key: String) -> Bool {
        if set != nil { return set!.insert(key).inserted }
        if list.contains(key) { return false }
        list.append(key)
        if list.count > 32 { set = Set(list) }
        return true
    }
}
