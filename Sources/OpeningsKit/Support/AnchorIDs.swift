/// The `id`s a page can have, for checking `#fragment` links: exact ids, and ids a
/// template builds from values (`id="group-{{slug}}"`), kept as patterns whose
/// Mustache tags match anything.
struct AnchorIDs: Sendable, Hashable {
    private(set) var exact: Set<String> = []
    /// Each pattern as its literal parts; a tag sits between every two parts.
    private(set) var patterns: Set<[String]> = []

    init() {}

    var isEmpty: Bool { exact.isEmpty && patterns.isEmpty }

    /// Whether `id` is one of them, or fits one of the patterns.
    func contains(_ id: String) -> Bool {
        if exact.contains(id) { return true }
        return patterns.contains { Self.matches(id[...], $0[...]) }
    }

    mutating func formUnion(_ other: AnchorIDs) {
        exact.formUnion(other.exact)
        patterns.formUnion(other.patterns)
    }

    func union(_ other: AnchorIDs) -> AnchorIDs {
        var result = self
        result.formUnion(other)
        return result
    }

    /// Every `id="…"` attribute in `html` (quoted with `"` or `'`, or unquoted). With
    /// `template`, `{{…}}` in a value is a tag: the id becomes a pattern.
    static func scan(_ html: String, template: Bool) -> AnchorIDs {
        var ids = AnchorIDs()
        let bytes = Array(html.utf8)
        var index = 0
        while index + 3 <= bytes.count {
            // `id=` after whitespace (so `data-id=` and `grid=` do not count), any case.
            guard bytes[index] | 0x20 == UInt8(ascii: "i"), bytes[index + 1] | 0x20 == UInt8(ascii: "d"),
                  index > 0, isSpace(bytes[index - 1]) else { index += 1; continue }
            var cursor = index + 2
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { index += 1; continue }
            cursor += 1
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count else { break }
            let quote = bytes[cursor]
            let start: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                start = cursor + 1
                cursor = start
                while cursor < bytes.count, bytes[cursor] != quote { cursor += 1 }
            } else {
                start = cursor
                while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
            }
            ids.insert(String(decoding: bytes[start..<min(cursor, bytes.count)], as: UTF8.self), template: template)
            index = cursor
        }
        return ids
    }

    /// Adds one attribute value. HTML ids do not contain spaces; a value with
    /// character references is left out rather than guessed at.
    private mutating func insert(_ value: String, template: Bool) {
        guard !value.isEmpty, !value.contains("&") else { return }
        guard template, value.contains("{{") else {
            if !value.contains(where: \.isWhitespace) { exact.insert(value) }
            return
        }
        var parts: [String] = []
        var rest = value[...]
        while let open = rest.range(of: "{{") {
            parts.append(String(rest[..<open.lowerBound]))
            guard let close = rest[open.upperBound...].range(of: "}}") else { return }
            rest = rest[close.upperBound...]
            while rest.first == "}" { rest = rest.dropFirst() } // `{{{triple}}}`
        }
        parts.append(String(rest))
        patterns.insert(parts)
    }

    /// `id` against literal parts with a wildcard between every two.
    private static func matches(_ id: Substring, _ parts: ArraySlice<String>) -> Bool {
        guard let first = parts.first else { return id.isEmpty }
        guard id.hasPrefix(first) else { return false }
        let rest = id.dropFirst(first.count)
        let remaining = parts.dropFirst()
        if remaining.isEmpty { return rest.isEmpty }
        // The wildcard takes at least one character: a tag that renders empty would
        // make an id other values of the template do not share.
        var start = rest.startIndex
        while start < rest.endIndex {
            start = rest.index(after: start)
            if matches(rest[start...], remaining) { return true }
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12
    }

    /// The exact ids in order, for a hint.
    var sortedExact: [String] { exact.sorted() }
}
