/// Finds words and phrases in the lines of a posting file, with the line and
/// character column where each starts, so findings point into the file on disk.
struct TextScanner {
    struct Word: Sendable {
        /// Lower-cased.
        var text: String
        /// 1-based, in characters.
        var column: Int
        var length: Int
    }

    struct Line {
        var number: Int
        var original: String
        var words: [Word]
        /// Rule ids silenced on this line; contains "*" for all.
        var disabled: Set<String>
        var isBody: Bool
    }

    struct Match {
        var line: Int
        var column: Int
        var text: String
    }

    var lines: [Line]

    /// Prepares every line of `file`: front-matter keys, URLs, HTML comments and fenced
    /// code are blanked (columns kept), so only prose is matched.
    init(file: SourceFile, bodyFirstLine: Int) {
        let raw = file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [Line] = []
        var inFence = false
        var previousDisabled: Set<String> = []
        for (index, text) in raw.enumerated() {
            let number = index + 1
            let isBody = number >= bodyFirstLine
            let isFrontMatter = number > 1 && number < bodyFirstLine - 1
            let trimmed = text.drop { $0 == " " }
            if isBody, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                result.append(Line(number: number, original: text, words: [], disabled: [], isBody: true))
                continue
            }
            let disabled = Self.disabledRules(in: text)
            var prose = (isBody && inFence) || (!isBody && !isFrontMatter) ? "" : Self.blankNonProse(text, frontMatter: isFrontMatter)
            if prose.isEmpty { prose = "" }
            result.append(Line(number: number, original: text, words: Self.words(in: prose.lowercased()),
                               disabled: disabled.union(previousDisabled), isBody: isBody))
            previousDisabled = disabled
        }
        lines = result
    }

    /// Words: runs of letters and digits, with apostrophes inside a word kept.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        var column = 0
        var previous: Character = " "
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            column += 1
            let isPart = character.isLetter || character.isNumber
                || ((character == "'" || character == "’") && previous.isLetter
                    && index + 1 < characters.count && characters[index + 1].isLetter)
            if isPart {
                if current.isEmpty { start = column }
                current.append(character)
            } else if !current.isEmpty {
                words.append(Word(text: current, column: start, length: current.count))
                current = ""
            }
            previous = character
        }
        if !current.isEmpty { words.append(Word(text: current, column: start, length: current.count)) }
        return words
    }

    /// Every occurrence of any of `patterns` in the lines selected by `include`,
    /// skipping lines where `ruleID` is disabled.
    func matches(of patterns: [TermPattern], ruleID: String, where include: (Line) -> Bool = { _ in true }) -> [Match] {
        var found: [Match] = []
        for line in lines where include(line) && !line.disabled.contains(ruleID) && !line.disabled.contains("*") {
            let words = line.words
            var index = 0
            while index < words.count {
                var matched = 0
                for pattern in patterns where pattern.words.count <= words.count - index {
                    if (0..<pattern.words.count).allSatisfy({ pattern.matches(words[index + $0].text, at: $0) }) {
                        matched = max(matched, pattern.words.count)
                    }
                }
                if matched > 0 {
                    let first = words[index], last = words[index + matched - 1]
                    let characters = Array(line.original)
                    let end = min(characters.count, last.column - 1 + last.length)
                    let text = first.column - 1 < end ? String(characters[(first.column - 1)..<end]) : first.text
                    found.append(Match(line: line.number, column: first.column, text: text))
                    index += matched
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    static let negations: Set<String> = ["not", "never", "no", "won't", "won’t", "don't", "don’t", "doesn't", "doesn’t",
                                         "without", "nor", "neither", "cannot", "can't", "can’t"]

    /// Whether the sentence a match sits in says it does *not* happen before the match
    /// ("we never ask about your salary history"), which wording laws welcome.
    func isNegated(_ match: Match) -> Bool {
        guard let line = lines.first(where: { $0.number == match.line }) else { return false }
        let characters = Array(line.original)
        let before = characters[..<min(characters.count, max(0, match.column - 1))]
        let sentence = before.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == ";" }).map { before[($0 + 1)...] } ?? before
        let words = Set(Self.words(in: String(sentence).lowercased()).map(\.text))
        if !words.isDisjoint(with: Self.negations) { return true }
        // A sentence begun on the line before ("… — not by\npast salary").
        if sentence.startIndex == before.startIndex, let previous = lines.first(where: { $0.number == match.line - 1 }) {
            let tail = previous.original.split(whereSeparator: { $0 == "." || $0 == "!" || $0 == "?" }).last.map(String.init) ?? ""
            return !Set(Self.words(in: tail.lowercased()).map(\.text)).isDisjoint(with: Self.negations)
        }
        return false
    }

    /// Number of words matching any pattern (for coded-word balance).
    func count(of patterns: [TermPattern], where include: (Line) -> Bool) -> Int {
        matches(of: patterns, ruleID: "", where: include).count
    }

    private static func disabledRules(in line: String) -> Set<String> {
        guard let range = line.range(of: "openings-disable") else { return [] }
        var rest = line[range.upperBound...]
        if let end = rest.range(of: "-->") { rest = rest[..<end.lowerBound] }
        let ids = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        return ids.isEmpty ? ["*"] : Set(ids)
    }

    /// Replaces what is not prose with spaces, keeping every other character's column.
    private static func blankNonProse(_ line: String, frontMatter: Bool) -> String {
        var characters = Array(line)
        func blank(_ range: Range<Int>) { for i in range where i < characters.count { characters[i] = " " } }
        if frontMatter, let colon = characters.firstIndex(of: ":"),
           characters[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == " " || $0 == "-" }) {
            blank(0..<colon + 1)
        }
        // HTML comments, then whitespace-separated tokens that are URLs.
        var text = String(characters)
        while let open = text.range(of: "<!--") {
            let close = text.range(of: "-->", range: open.upperBound..<text.endIndex)?.upperBound ?? text.endIndex
            let start = text.distance(from: text.startIndex, to: open.lowerBound)
            let end = text.distance(from: text.startIndex, to: close)
            blank(start..<end)
            text = String(characters)
        }
        var tokenStart: Int?
        for index in 0...characters.count {
            let isSpace = index == characters.count || characters[index].isWhitespace
            if !isSpace, tokenStart == nil { tokenStart = index }
            if isSpace, let start = tokenStart {
                let token = String(characters[start..<index])
                if let scheme = token.range(of: "://") ?? token.range(of: "mailto:") {
                    // Keep link text in `[text](url)`: blank from the scheme's start of the URL part.
                    let urlStart = token[..<scheme.lowerBound].lastIndex(where: { $0 == "(" || $0 == "<" || $0 == "\"" })
                        .map { token.distance(from: token.startIndex, to: $0) + 1 } ?? 0
                    blank((start + urlStart)..<index)
                }
                tokenStart = nil
            }
        }
        return String(characters)
    }
}
