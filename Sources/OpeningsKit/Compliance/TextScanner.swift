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

        /// The original characters between two 1-based columns.
        func text(from start: Int, through end: Int) -> String {
            let characters = Array(original)
            guard start >= 1, start <= end, end <= characters.count else { return "" }
            return String(characters[(start - 1)..<end])
        }
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

    static let negations: Set<String> = ["not", "never", "no", "won't", "won’t", "don't", "don’t", "doesn't", "doesn’t",
                                         "without", "nor", "neither", "cannot", "can't", "can’t"]

    /// Whether the sentence a match sits in says it does *not* happen before the match
    /// ("we never ask about your salary history"), which wording laws welcome.
    func isNegated(_ match: Match) -> Bool {
        guard match.line >= 1, match.line <= lines.count else { return false }
        let line = lines[match.line - 1]
        let characters = Array(line.original)
        let before = characters[..<min(characters.count, max(0, match.column - 1))]
        let sentence = before.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == ";" }).map { before[($0 + 1)...] } ?? before
        let words = Set(Self.words(in: String(sentence).lowercased()).map(\.text))
        if !words.isDisjoint(with: Self.negations) { return true }
        // A sentence begun on the line before ("… — not by\npast salary").
        if sentence.startIndex == before.startIndex, match.line >= 2 {
            let previous = lines[match.line - 2]
            let tail = previous.original.split(whereSeparator: { $0 == "." || $0 == "!" || $0 == "?" }).last.map(String.init) ?? ""
            return !Set(Self.words(in: tail.lowercased()).map(\.text)).isDisjoint(with: Self.negations)
        }
        return false
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
