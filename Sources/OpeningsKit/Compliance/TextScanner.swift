import Foundation

/// Finds words in the lines of a posting file, with the line and column where each
/// starts, so findings point into the file on disk. Works on Unicode scalars: the
/// column of a word is its scalar offset, which is the character column for text
/// without combining marks, and what YAML positions use too.
struct TextScanner {
    struct Word: Sendable {
        /// Lower-cased.
        var text: String
        /// 1-based.
        var column: Int
        var length: Int
        /// FNV-1a of `text`'s UTF-8, and its first two scalars (0 for a shorter word):
        /// cheap keys that let the term matcher pass over the many words no term starts with.
        var hash: UInt64 = 0
        var prefix: UInt64 = 0
    }

    struct Line {
        var number: Int
        var scalars: [Unicode.Scalar]
        var words: [Word]
        /// Rule ids silenced on this line; contains "*" for all.
        var disabled: Set<String>
        var isBody: Bool
        /// A body line with text, all of it inside HTML comments: nothing of it reaches the page.
        var isComment = false

        /// The original text between two 1-based columns.
        func text(from start: Int, through end: Int) -> String {
            guard start >= 1, start <= end, end <= scalars.count else { return "" }
            var result = ""
            result.unicodeScalars.append(contentsOf: scalars[(start - 1)..<end])
            return result
        }
    }

    struct Match {
        var line: Int
        var column: Int
        var text: String
    }

    var lines: [Line]
    /// Whether the body has an HTML comment (some line `isComment` or a comment within a line).
    private(set) var hasComments = false

    /// Prepares every line of `file`: front-matter keys, URLs, HTML comments (in the
    /// body across lines, see `BodyComments`) and fenced code are blanked (columns
    /// kept), so only prose is matched.
    init(file: SourceFile, bodyFirstLine: Int) {
        var result: [Line] = []
        var inFence = false
        var previousDisabled: Set<String> = []
        var number = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        // Most files silence nothing: one look at the whole text spares a search per line.
        let mayDisable = file.text.containsBytes("openings-disable")
        // The same for comments: a body without `<!--` (most, and every benchmark
        // posting) is read as if comments did not exist.
        let mayComment = BodyComments.mayOccur(in: file.text)
        // Where the last comment opened in the body ends, in `all`: past the line being
        // read while a comment spans lines.
        var commentEnd = 0
        // Decoded once; lines are copied out of it by known ranges.
        var all: [Unicode.Scalar] = []
        all.reserveCapacity(file.text.utf8.count)
        for scalar in file.text.unicodeScalars { all.append(scalar) }
        var lineStart = 0
        while lineStart <= all.count {
            var lineEnd = lineStart
            while lineEnd < all.count, all[lineEnd] != "\n" { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            number += 1
            let scalars = Array(all[lineStart..<lineEnd])
            let isBody = number >= bodyFirstLine
            let isFrontMatter = number > 1 && number < bodyFirstLine - 1
            // The line as the rules read it: the original stays in `Line.scalars` for
            // quoting matches and for `openings-disable`, which lives in a comment.
            var prose = scalars
            var isComment = false
            // The part of the line inside a comment opened on an earlier line, which a
            // fence line there does not open or close.
            let continued = isBody && commentEnd > lineStart ? min(commentEnd, lineEnd) - lineStart : 0
            if continued > 0 {
                for index in 0..<continued { prose[index] = " " }
            }
            let firstNonSpace = prose.firstIndex { $0 != " " }
            if isBody, let start = firstNonSpace, Self.hasPrefix(prose, "```", at: start) || Self.hasPrefix(prose, "~~~", at: start) {
                inFence.toggle()
                result.append(Line(number: number, scalars: scalars, words: [], disabled: [], isBody: true))
                previousDisabled = []
                continue
            }
            if mayComment, isBody, !inFence {
                commentEnd = max(commentEnd, BodyComments.blank(&prose, text: all, lineStart: lineStart, lineEnd: lineEnd, from: continued))
                if prose != scalars {
                    hasComments = true
                    isComment = prose.allSatisfy { $0 == " " || $0 == "\t" }
                }
            }
            let disabled = mayDisable ? Self.disabledRules(scalars) : []
            var words: [Word] = []
            if (isBody && !inFence) || isFrontMatter {
                words = Self.words(in: Self.blankNonProse(prose, frontMatter: isFrontMatter), buffer: &buffer)
            }
            result.append(Line(number: number, scalars: scalars, words: words, disabled: disabled.union(previousDisabled), isBody: isBody,
                               isComment: isComment))
            previousDisabled = disabled
        }
        lines = result
    }

    /// Whether some body line holds more than white space and HTML comments.
    var bodyHasText: Bool {
        lines.contains { $0.isBody && !$0.isComment && $0.scalars.contains { $0 != " " && $0 != "\t" && $0 != "\r" } }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Words: runs of letters and digits, with an apostrophe between letters kept ("won't").
    /// Lower-cased into a reused UTF-8 buffer: most words fit a small string, so
    /// nothing is allocated per word.
    static func words(in scalars: [Unicode.Scalar], buffer current: inout [UInt8]) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(scalars.count / 5)
        // The buffer is reused with a length of its own: emptying an array per word showed in profiles.
        var length = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var start = 0
        var prefix: UInt64 = 0, prefixLength = 0
        @inline(__always) func push(_ byte: UInt8) {
            if length < current.count { current[length] = byte } else { current.append(byte) }
            length += 1
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        @inline(__always) func pushPrefix(_ value: UInt32) {
            if prefixLength < 2 { prefix = prefix << 32 | UInt64(value); prefixLength += 1 }
        }
        func close(at end: Int) {
            words.append(Word(text: String(decoding: current[0..<length], as: UTF8.self), column: start, length: end + 1 - start,
                              hash: hash, prefix: prefixLength >= 2 ? prefix : 0))
            length = 0
            hash = 0xcbf2_9ce4_8422_2325
            prefixLength = 0
            prefix = 0
        }
        for index in scalars.indices {
            let scalar = scalars[index]
            var isPart = isWordScalar(scalar)
            if !isPart, scalar == "'" || scalar == "’", length > 0, index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                isPart = true
            }
            if isPart {
                if length == 0 { start = index + 1 }
                let value = scalar.value
                if value >= 0x41 && value <= 0x5A {
                    push(UInt8(value + 32))
                    pushPrefix(value + 32)
                } else if value < 0x80 {
                    push(UInt8(value))
                    pushPrefix(value)
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        for byte in UTF8.encode(lower)! { push(byte) }
                        pushPrefix(lower.value)
                    }
                }
            } else if length > 0 {
                close(at: index)
            }
        }
        if length > 0 { close(at: scalars.count) }
        return words
    }

    /// Convenience for tests and callers with text.
    static func words(in text: String) -> [Word] { words(in: Array(text.unicodeScalars)) }

    static func words(in scalars: [Unicode.Scalar]) -> [Word] {
        var buffer: [UInt8] = []
        return words(in: scalars, buffer: &buffer)
    }

    static let negations: Set<String> = ["not", "never", "no", "won't", "won’t", "don't", "don’t", "doesn't", "doesn’t",
                                         "without", "nor", "neither", "cannot", "can't", "can’t"]

    /// Whether the sentence a match sits in says it does *not* happen before the match
    /// ("we never ask about your salary history"), which wording laws welcome.
    func isNegated(_ match: Match) -> Bool {
        guard match.line >= 1, match.line <= lines.count else { return false }
        let line = lines[match.line - 1]
        let before = line.scalars[..<min(line.scalars.count, max(0, match.column - 1))]
        let boundary = before.lastIndex { $0 == "." || $0 == "!" || $0 == "?" || $0 == ";" }
        let sentence = boundary.map { Array(before[($0 + 1)...]) } ?? Array(before)
        if !Set(Self.words(in: sentence).map(\.text)).isDisjoint(with: Self.negations) { return true }
        // A sentence begun on the line before ("… — not by\npast salary").
        if boundary == nil, match.line >= 2 {
            let previous = lines[match.line - 2].scalars
            let start = previous.lastIndex { $0 == "." || $0 == "!" || $0 == "?" }.map { $0 + 1 } ?? 0
            return !Set(Self.words(in: Array(previous[start...])).map(\.text)).isDisjoint(with: Self.negations)
        }
        return false
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], _ prefix: String, at start: Int) -> Bool {
        var index = start
        for scalar in prefix.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// The first `needle` that starts at or after `start` and ends before `end`.
    private static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int = 0, before end: Int? = nil) -> Int? {
        let end = min(end ?? scalars.count, scalars.count)
        guard let first = needle.unicodeScalars.first, start < end else { return nil }
        let length = needle.unicodeScalars.count
        var index = start
        while index + length <= end {
            if scalars[index] == first, hasPrefix(scalars, needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func disabledRules(_ scalars: [Unicode.Scalar]) -> Set<String> {
        guard let start = find("openings-disable", in: scalars) else { return [] }
        var end = scalars.count
        if let close = find("-->", in: scalars, from: start) { end = close }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[(start + "openings-disable".count)..<end])
        let ids = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        return ids.isEmpty ? ["*"] : Set(ids)
    }

    /// Replaces what is not prose with spaces, keeping every other scalar's column.
    private static func blankNonProse(_ line: [Unicode.Scalar], frontMatter: Bool) -> [Unicode.Scalar] {
        var scalars = line
        func blank(_ range: Range<Int>) { for i in range where i < scalars.count { scalars[i] = " " } }
        if frontMatter, let colon = scalars.firstIndex(of: ":"),
           scalars[..<colon].allSatisfy({ isWordScalar($0) || $0 == "_" || $0 == " " || $0 == "-" }) {
            blank(0..<colon + 1)
        }
        // Most lines hold neither a comment nor a URL: one pass to find out. Only front
        // matter's comments are looked for here: the body's are blanked already, across
        // lines (`BodyComments`).
        var hasAngle = false, hasColon = false
        for scalar in scalars {
            if frontMatter, scalar == "<" { hasAngle = true } else if scalar == ":" { hasColon = true }
        }
        guard hasAngle || hasColon else { return scalars }
        var searchFrom = 0
        while hasAngle, let open = find("<!--", in: scalars, from: searchFrom) {
            let close = find("-->", in: scalars, from: open + 4).map { $0 + 3 } ?? scalars.count
            blank(open..<close)
            searchFrom = close
        }
        // Whitespace-separated tokens holding a URL: keep link text before `(` or `<`.
        guard hasColon else { return scalars }
        var tokenStart: Int?
        for index in 0...scalars.count {
            let isSpace = index == scalars.count || scalars[index] == " " || scalars[index] == "\t"
            if !isSpace, tokenStart == nil { tokenStart = index }
            if isSpace, let start = tokenStart {
                if let at = find("://", in: scalars, from: start, before: index) ?? find("mailto:", in: scalars, from: start, before: index) {
                    let urlStart = scalars[start..<at].lastIndex { $0 == "(" || $0 == "<" || $0 == "\"" }.map { $0 + 1 } ?? start
                    blank(urlStart..<index)
                }
                tokenStart = nil
            }
        }
        return scalars
    }
}
