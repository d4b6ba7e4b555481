import Foundation

/// Takes another generator's template language out of a posting body, since Openings
/// runs none of it and a tag would be published as written (`check` reports it as
/// `template-tags`). Liquid comments go with their text; `{% raw %}` keeps its text
/// (braces in it shown as `code`); `{{ page.key }}` (Jekyll) and `{{ .Title }}`,
/// `{{ .Params.key }}` (Hugo) become the front matter's value when it is one; a
/// link whose address a tag made keeps its text without the link; paired Hugo
/// shortcodes keep what they wrap; everything else is removed. Each change is a note
/// naming the file's line and what was there, in words (the notes go into an HTML
/// comment, where braces could be read as tags again). Fenced code blocks and code
/// spans are left as they are: there braces are text.
struct TemplateTags {
    enum Language: Sendable { case liquid, goTemplate }

    /// The front matter's scalars by key, as the old site's templates saw them.
    let values: [String: String]
    /// What `{{ name }}` is when its syntax does not say: Liquid for Jekyll, Go for Hugo.
    let defaultLanguage: Language

    struct Cleaned: Equatable, Sendable {
        var text: String
        var notes: [String]
    }

    /// - Parameters:
    ///   - firstLine: the file line of the text's first line; nil when the text is not
    ///     in the body (a front-matter value), and then the notes begin with `origin`.
    func clean(_ text: String, firstLine: Int?, origin: String = "") -> Cleaned {
        guard text.contains("{{") || text.contains("{%") else { return Cleaned(text: text, notes: []) }
        var scanner = Scanner(characters: Array(text), tags: self)
        scanner.run()
        var notes: [String] = []
        if !scanner.replaced.isEmpty {
            let names = scanner.replaced.map { "`\($0)`" }
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            // The names last: a long list is cut at the end of the comment's line, not the words.
            notes.append((firstLine == nil ? "\(origin): " : "") + "replaced by \(names.count == 1 ? "its value" : "their values") from the front matter: \(list)")
        }
        for (description, lines) in scanner.notes {
            if let firstLine {
                let numbers = lines.map { String($0 + firstLine) }
                let list = numbers.count == 1 ? numbers[0] : numbers.dropLast().joined(separator: ", ") + " and " + numbers.last!
                notes.append("line\(numbers.count == 1 ? "" : "s") \(list): \(description)")
            } else {
                notes.append("\(origin): \(description)")
            }
        }
        return Cleaned(text: Self.collapsingBlankLines(String(scanner.output)), notes: notes)
    }

    /// Removed lines leave blank lines behind; more than one in a row says nothing in
    /// Markdown. Fenced code keeps its own.
    static func collapsingBlankLines(_ text: String) -> String {
        var result: [Substring] = []
        var fence: (character: Character, count: Int)?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let open = fence {
                if let run = Self.fence(line), run.character == open.character, run.count >= open.count, run.info.isEmpty { fence = nil }
                result.append(line)
                continue
            }
            if let run = Self.fence(line) { fence = (run.character, run.count) }
            let blank = line.allSatisfy(\.isWhitespace)
            if blank, let previous = result.last, previous.allSatisfy(\.isWhitespace) { continue }
            result.append(blank ? "" : line)
        }
        return result.joined(separator: "\n")
    }

    /// A code fence line: three or more backticks or tildes after up to three spaces
    /// (or a list item's indentation), and what follows them.
    static func fence(_ line: Substring) -> (character: Character, count: Int, info: Substring)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let count = trimmed.prefix { $0 == first }.count
        guard count >= 3 else { return nil }
        let info = trimmed.dropFirst(count).drop { $0 == " " }
        if first == "`", info.contains("`") { return nil }
        return (first, count, info.trimmingTrailingSpaces())
    }

    /// A tag's inside in words for a note: white space folded, no backticks, not too long.
    static func words(_ text: some StringProtocol) -> String {
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingAll("`", with: "'")
        return folded.count > 60 ? String(folded.prefix(57)) + "…" : folded
    }

    /// `{{ x }}` and `{% x %}` in `text` as `x`.
    static func plain(_ text: some StringProtocol) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = firstTag(in: rest) {
            let closing = rest[open.lowerBound...].hasPrefix("{{") ? "}}" : "%}"
            guard let close = rest[open.upperBound...].range(of: closing) else { break }
            result += rest[..<open.lowerBound]
            result += " " + words(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: ["-", "<", ">", "%", " "])) + " "
            rest = rest[close.upperBound...]
        }
        return words(result + rest)
    }

    /// A Liquid condition on the front matter: `page.key` (true unless absent or
    /// false), `page.key == 'text'`, `!=`, `contains`, with a text, a number, `true`,
    /// `false`, `nil` or `blank`. Nil for anything else, which cannot be decided here.
    static func evaluate(_ condition: String, values: [String: String]) -> Bool? {
        var tokens: [String] = []
        var current = "", quote: Character?
        for character in condition {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
                current.append(character)
            } else if character == " " {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        guard let first = tokens.first, let key = Scanner.liquidKey(first) else { return nil }
        let value = values[key]
        if tokens.count == 1 { return value != nil && value != "false" }
        guard tokens.count == 3 else { return nil }
        let literal = tokens[2]
        let expected: String?
        if let open = literal.first, open == "'" || open == "\"", literal.count >= 2, literal.last == open {
            expected = String(literal.dropFirst().dropLast())
        } else if literal == "nil" || literal == "null" {
            expected = nil
        } else if literal == "blank" || literal == "empty" {
            let isBlank = value.map { $0.trimmingWhitespace().isEmpty } ?? true
            return tokens[1] == "==" ? isBlank : tokens[1] == "!=" ? !isBlank : nil
        } else if literal == "true" || literal == "false" || Double(literal) != nil {
            expected = literal
        } else {
            return nil
        }
        switch tokens[1] {
        case "==": return value == expected
        case "!=": return value != expected
        case "contains": return expected.map { value?.contains($0) ?? false }
        default: return nil
        }
    }

    /// Where the first `{{` or `{%` in `text` is.
    static func firstTag(in text: Substring) -> Range<Substring.Index>? {
        [text.range(of: "{{"), text.range(of: "{%")].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
    }

    /// The value `{{ .Params.key }}` shows: Hugo folds the case of front-matter keys.
    func goValue(_ key: String) -> String? {
        if let value = values[key] { return value }
        let folded = key.lowercased()
        return values.keys.sorted().first { $0.lowercased() == folded }.flatMap { values[$0] }
    }

    private struct Scanner {
        let characters: [Character]
        let tags: TemplateTags
        var index = 0
        var output: [Character] = []
        /// Where the current line starts in `output`, and whether something was removed on it.
        var lineStart = 0
        var removedOnLine = false
        /// Descriptions in the order first met, with the (0-based) lines of the text.
        var notes: [(String, [Int])] = []
        /// Expressions written in from the front matter, in the order first met.
        var replaced: [String] = []
        /// `](address)` of links being dropped: where the `]` is → where the link ends.
        var linkEnds: [Int: Int] = [:]
        /// Where a kept branch of a Liquid condition ends → where its `endif` ends.
        var branchEnds: [Int: Int] = [:]
        /// Shortcodes opened whose closing tag is ahead, by name.
        var openShortcodes: [String: Int] = [:]
        let lines: LineIndex

        init(characters: [Character], tags: TemplateTags) {
            self.characters = characters
            self.tags = tags
            lines = LineIndex(characters)
        }

        mutating func note(_ description: String, at position: Int) {
            let line = lines.line(of: position)
            if let existing = notes.firstIndex(where: { $0.0 == description }) {
                if notes[existing].1.last != line { notes[existing].1.append(line) }
            } else {
                notes.append((description, [line]))
            }
        }

        func starts(_ text: String, at position: Int) -> Bool {
            var offset = position
            for character in text {
                guard offset < characters.count, characters[offset] == character else { return false }
                offset += 1
            }
            return true
        }

        /// The first `text` at or after `position`, not past a blank line when `inParagraph`.
        func find(_ text: String, from position: Int, inParagraph: Bool) -> Int? {
            var offset = position
            while offset < characters.count {
                if starts(text, at: offset) { return offset }
                if inParagraph, characters[offset] == "\n", isBlankLine(from: offset + 1) { return nil }
                offset += 1
            }
            return nil
        }

        func isBlankLine(from position: Int) -> Bool {
            var offset = position
            while offset < characters.count, characters[offset] != "\n" {
                guard characters[offset] == " " || characters[offset] == "\t" else { return false }
                offset += 1
            }
            return true
        }

        mutating func copy(upTo end: Int) {
            while index < end { output.append(characters[index]); index += 1 }
        }

        // MARK: The walk

        mutating func run() {
            while index < characters.count {
                if index == 0 || characters[index - 1] == "\n", copyFencedBlock() { continue }
                if let end = linkEnds.removeValue(forKey: index) { index = end; continue }
                if let end = branchEnds.removeValue(forKey: index) { index = end; removed(); continue }
                let character = characters[index]
                switch character {
                case "\n":
                    endLine()
                    index += 1
                case "`":
                    copyCodeSpan()
                case "[":
                    if !dropLinkMadeByTemplate() { output.append(character); index += 1 }
                case "!" where starts("![", at: index):
                    if !dropLinkMadeByTemplate() { output.append(character); index += 1 }
                case "{" where starts("{{", at: index) || starts("{%", at: index):
                    if !tag() { output.append(character); index += 1 }
                default:
                    output.append(character)
                    index += 1
                }
            }
            endLine(final: true)
        }

        /// At a line break: a line that held only removed tags goes, with its break.
        mutating func endLine(final: Bool = false) {
            if removedOnLine {
                // Nothing left, or only the marker of a list item or quote whose text was the tag.
                let left = String(output[lineStart...]).trimmingWhitespace()
                if left.isEmpty || ["-", "*", "+", ">"].contains(left) || (left.count >= 2 && left.dropLast().allSatisfy(\.isASCIIDigit) && [".", ")"].contains(left.last)) {
                    output.removeSubrange(lineStart...)
                    removedOnLine = false
                    return
                }
                // Two spaces left at the end would be a hard line break.
                while let last = output.last, last == " " || last == "\t" { output.removeLast() }
            }
            removedOnLine = false
            if !final {
                output.append("\n")
                lineStart = output.count
            }
        }

        /// Something was taken out; at the start of a line, so is the
        /// indentation before it and the space after it (a leftover indent could make code).
        mutating func removed() {
            removedOnLine = true
            if output[lineStart...].allSatisfy({ $0 == " " || $0 == "\t" }) {
                output.removeSubrange(lineStart...)
                while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
            }
        }

        /// A fenced code block from here, copied as it is.
        mutating func copyFencedBlock() -> Bool {
            let end = characters[index...].firstIndex(of: "\n") ?? characters.count
            guard let open = TemplateTags.fence(Substring(String(characters[index..<end]))) else { return false }
            copy(upTo: end)
            while index < characters.count {
                output.append("\n")
                index += 1
                lineStart = output.count
                let lineEnd = characters[index...].firstIndex(of: "\n") ?? characters.count
                let line = String(characters[index..<lineEnd])
                copy(upTo: lineEnd)
                if let close = TemplateTags.fence(Substring(line)), close.character == open.character, close.count >= open.count, close.info.isEmpty {
                    break
                }
            }
            return true
        }

        /// A code span from here, copied as it is; a lone backtick is text.
        mutating func copyCodeSpan() {
            var run = 0
            while index + run < characters.count, characters[index + run] == "`" { run += 1 }
            var offset = index + run
            while offset < characters.count {
                if characters[offset] == "`" {
                    var closing = 0
                    while offset + closing < characters.count, characters[offset + closing] == "`" { closing += 1 }
                    if closing == run { copy(upTo: offset + closing); return }
                    offset += closing
                    continue
                }
                if characters[offset] == "\n", isBlankLine(from: offset + 1) { break }
                offset += 1
            }
            copy(upTo: index + run)
        }

        /// `[text](address)` whose address a tag makes: the text stays, the link goes.
        mutating func dropLinkMadeByTemplate() -> Bool {
            let open = characters[index] == "!" ? index + 1 : index
            var depth = 0
            var offset = open
            var close: Int?
            while offset < characters.count, characters[offset] != "\n" {
                if characters[offset] == "[" { depth += 1 }
                if characters[offset] == "]" {
                    depth -= 1
                    if depth == 0 { close = offset; break }
                }
                offset += 1
            }
            guard let close, close + 1 < characters.count, characters[close + 1] == "(" else { return false }
            var parentheses = 0
            offset = close + 1
            var end: Int?
            while offset < characters.count, characters[offset] != "\n" {
                if characters[offset] == "(" { parentheses += 1 }
                if characters[offset] == ")" {
                    parentheses -= 1
                    if parentheses == 0 { end = offset + 1; break }
                }
                offset += 1
            }
            guard let end else { return false }
            let address = String(characters[(close + 2)..<(end - 1)])
            guard address.contains("{{") || address.contains("{%") else { return false }
            let label = TemplateTags.words(TemplateTags.plain(String(characters[(open + 1)..<close])))
            let kind = open == index ? "link" : "image"
            note("removed the \(kind) from “\(label)”: the template made its address (`\(TemplateTags.words(TemplateTags.plain(address)))`); link the text to the page it meant",
                 at: index)
            linkEnds[close] = end
            index = open + 1
            removedOnLine = true
            return true
        }

        // MARK: Tags

        /// A tag from here: replaced or removed, with a note. False when it is not a tag
        /// after all (never closed), so the brace is text.
        mutating func tag() -> Bool {
            let start = index
            if starts("{%", at: start) { return liquidTag(start) }
            if starts("{{<", at: start) || starts("{{%", at: start) { return shortcode(start) }
            guard let close = find("}}", from: start + 2, inParagraph: true) else { return false }
            let inside = String(characters[(start + 2)..<close]).trimmingCharacters(in: ["-", " ", "\t", "\n"])
            index = close + 2
            if inside.hasPrefix("/*") {
                note("removed a Go template comment", at: start)
                removed()
                return true
            }
            let language = Self.language(of: inside) ?? tags.defaultLanguage
            let parts = inside.split(separator: "|").map { String($0).trimmingWhitespace() }
            let expression = parts.first ?? ""
            let key = language == .liquid ? Self.liquidKey(expression) : Self.goKey(expression)
            if let key, let value = language == .liquid ? tags.values[key] : tags.goValue(key), !value.allSatisfy(\.isWhitespace) {
                // `| minus: 1` or `| date: "%B %d"` would make another text than the value:
                // writing the value would publish a wrong grade or date.
                guard let filtered = Self.filtered(value, by: parts.dropFirst()) else {
                    note("removed the Liquid value `\(TemplateTags.words(inside))`: its filter is not run here, so write the text it showed", at: start)
                    removed()
                    return true
                }
                output.append(contentsOf: filtered)
                let said = TemplateTags.words(expression)
                if !replaced.contains(said) { replaced.append(said) }
                return true
            }
            let name = language == .liquid ? "Liquid" : "Go template"
            let said = TemplateTags.words(expression)
            if let key {
                note("removed the \(name) value `\(said)`: the front matter has no `\(key)` to put there", at: start)
            } else if language == .liquid, expression.hasPrefix("site.") {
                note("removed `\(said)`, a setting of the old site", at: start)
            } else if language == .goTemplate, let word = expression.split(separator: " ").first {
                switch word {
                case "if", "with", "range":
                    note("removed the Go template \(word == "range" ? "loop" : "condition") `\(said)` (and its end); the text inside is kept, so keep what applies", at: start)
                case "else":
                    note("removed the Go template `\(said)`; the text of both branches is kept", at: start)
                case "end":
                    break
                default:
                    note("removed the Go template `\(said)`; write the text it showed", at: start)
                }
            } else {
                note("removed the \(name) value `\(said)`; write the text it showed", at: start)
            }
            removed()
            return true
        }

        /// The value through filters that only change its letters or spaces; nil for any
        /// other filter (arithmetic, dates, truncation), whose result cannot be written here.
        static func filtered(_ value: String, by filters: ArraySlice<String>) -> String? {
            var result = value
            for filter in filters {
                switch filter {
                case "upcase": result = result.uppercased()
                case "downcase": result = result.lowercased()
                case "capitalize": result = result.prefix(1).uppercased() + result.dropFirst()
                case "strip", "lstrip", "rstrip", "escape", "escape_once", "xml_escape", "smartify", "markdownify": break
                default: return nil
                }
            }
            return result
        }

        /// Liquid by its syntax (`page.`, `site.`), Go by its (`.Title`, `$`, a Go keyword); nil when either could be meant.
        static func language(of inside: String) -> Language? {
            if inside.hasPrefix(".") || inside.hasPrefix("$") { return .goTemplate }
            let word = inside.prefix { $0.isLetter || $0 == "_" }
            if ["if", "else", "end", "range", "with", "partial", "partialCached", "template", "define", "block", "printf", "print",
                "index", "len", "T", "i18n", "ref", "relref", "safeHTML", "markdownify", "now", "not", "eq", "ne", "and", "or"]
                .contains(String(word)), !inside.dropFirst(word.count).hasPrefix(".") { return .goTemplate }
            if ["page", "site", "include", "layout", "jekyll", "paginator", "content", "forloop"].contains(String(word)) { return .liquid }
            return nil
        }

        /// `page.title`, `page["appointment type"]` → the key.
        static func liquidKey(_ expression: String) -> String? {
            if expression.hasPrefix("page."), expression.count > 5 {
                let key = String(expression.dropFirst(5))
                return key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? key : nil
            }
            if expression.hasPrefix("page["), expression.hasSuffix("]") {
                let quoted = expression.dropFirst(5).dropLast()
                guard let quote = quoted.first, quote == "\"" || quote == "'", quoted.count >= 2, quoted.last == quote else { return nil }
                return String(quoted.dropFirst().dropLast())
            }
            return nil
        }

        /// `.Title`, `$.Params.team`, `.Page.Params.team`, `.Param "team"`, `index .Params "team"` → the key.
        static func goKey(_ expression: String) -> String? {
            var path = Substring(expression)
            if path.hasPrefix("index .Params ") || path.hasPrefix(".Param ") {
                let argument = path.split(separator: " ").last ?? ""
                guard argument.count >= 2, argument.first == "\"", argument.last == "\"" else { return nil }
                return String(argument.dropFirst().dropLast())
            }
            if path.hasPrefix("$") { path = path.dropFirst() }
            if path.hasPrefix(".Page.") { path = path.dropFirst(5) }
            guard path.hasPrefix("."), path.count > 1 else { return nil }
            path = path.dropFirst()
            if path.hasPrefix("Params.") { path = path.dropFirst(7) }
            guard !path.isEmpty, path.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            return String(path)
        }

        mutating func liquidTag(_ start: Int) -> Bool {
            guard let close = find("%}", from: start + 2, inParagraph: true) else { return false }
            let inside = String(characters[(start + 2)..<close]).trimmingCharacters(in: ["-", " ", "\t", "\n"])
            let name = String(inside.prefix { $0.isLetter || $0 == "_" })
            let rest = inside.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
            let said = TemplateTags.words(inside)
            index = close + 2
            switch name {
            case "comment", "capture", "raw", "highlight":
                guard let (innerEnd, after) = endTag("end" + name, from: index) else {
                    note("removed a Liquid `\(name)` that is never closed; its text is kept", at: start)
                    break
                }
                let inner = Array(characters[index..<innerEnd])
                index = after
                switch name {
                case "comment":
                    note("removed Liquid comment text (the old site did not show it either)", at: start)
                case "capture":
                    note("removed the Liquid capture `\(TemplateTags.words(rest))` and the text it held, which the old site did not show there", at: start)
                case "raw":
                    output.append(contentsOf: Self.bracesAsCode(String(inner)))
                    note("removed the Liquid raw tags; their text is kept, its braces shown as code", at: start)
                    return true
                default:
                    var code = String(inner)
                    if code.hasPrefix("\n") { code.removeFirst() }
                    if !code.hasSuffix("\n") { code += "\n" }
                    let language = rest.split(separator: " ").first.map(String.init) ?? ""
                    output.append(contentsOf: "```\(language)\n\(code)```")
                    note("the Liquid highlight block became a code block", at: start)
                    return true
                }
            case "include", "include_relative", "render":
                let file = rest.split(whereSeparator: \.isWhitespace).first.map { String($0).trimmingCharacters(in: ["\"", "'"]) } ?? ""
                note("removed the Liquid include `\(TemplateTags.words(file))`; write the text it showed", at: start)
            case "link", "post_url":
                note("removed the Liquid link to `\(TemplateTags.words(rest))`; write its address", at: start)
            case "if", "unless":
                if chooseBranch(name: name, condition: rest, tagStart: start) { return true }
                note("removed the Liquid condition `\(said)` (and its end); its text is kept whether or not it held, so keep what applies", at: start)
            case "elsif", "case", "when":
                note("removed the Liquid condition `\(said)` (and its end); its text is kept whether or not it held, so keep what applies", at: start)
            case "else":
                note("removed the Liquid `else`; the text of both branches is kept, so keep what applies", at: start)
            case "for", "tablerow":
                note("removed the Liquid loop `\(said)` (and its end); the text inside is kept once", at: start)
            case "endif", "endunless", "endcase", "endfor", "endtablerow":
                break
            case "assign", "increment", "decrement", "cycle", "break", "continue":
                note("removed the Liquid `\(said)`", at: start)
            default:
                note("removed the Liquid tag `\(said)`; write the text it showed", at: start)
            }
            removed()
            return true
        }

        /// `{% if page.state == 'open' %}…{% elsif … %}…{% else %}…{% endif %}` whose
        /// conditions read only this file's front matter: only the branch that held is
        /// kept, as the old site showed it. False when a condition cannot be decided here
        /// (it reads `site.`, uses `and`/`or`), and the caller keeps every branch.
        mutating func chooseBranch(name: String, condition: String, tagStart: Int) -> Bool {
            guard let branches = liquidBranches(from: index) else { return false }
            var conditions: [(String, String)] = [(name, condition)] + branches.delimiters.map { ($0.name, $0.condition) }
            var chosen: Int?
            for (offset, (word, text)) in conditions.enumerated() {
                if word == "else" { chosen = offset; break }
                guard let holds = TemplateTags.evaluate(text, values: tags.values) else { return false }
                if holds != (word == "unless") { chosen = offset; break }
            }
            conditions = conditions.map { ($0.0, TemplateTags.words($0.1)) }
            let said = "\(name) \(TemplateTags.words(condition))"
            // Where each branch's text starts and ends.
            let starts = [index] + branches.delimiters.map(\.tagEnd)
            let ends = branches.delimiters.map(\.tagStart) + [branches.endStart]
            if let chosen {
                index = starts[chosen]
                branchEnds[ends[chosen]] = branches.endEnd
                let kept = chosen == 0 ? "the text" : conditions[chosen].0 == "else" ? "the `else` text" : "the text after `\(conditions[chosen].0) \(conditions[chosen].1)`"
                note("kept \(kept) of the Liquid condition `\(said)`, as the old site showed it for this posting's front matter", at: tagStart)
            } else {
                index = branches.endEnd
                note("removed the Liquid condition `\(said)` and its text, which the old site did not show for this posting's front matter", at: tagStart)
            }
            removed()
            return true
        }

        /// The `elsif`/`else` tags at this level and the `endif`/`endunless` that closes it.
        func liquidBranches(from position: Int) -> (delimiters: [(name: String, condition: String, tagStart: Int, tagEnd: Int)], endStart: Int, endEnd: Int)? {
            var offset = position
            var depth = 0
            var delimiters: [(name: String, condition: String, tagStart: Int, tagEnd: Int)] = []
            while let open = find("{%", from: offset, inParagraph: false) {
                guard let close = find("%}", from: open + 2, inParagraph: false) else { return nil }
                let inside = String(characters[(open + 2)..<close]).trimmingCharacters(in: ["-", " ", "\t", "\n"])
                let word = String(inside.prefix { $0.isLetter || $0 == "_" })
                let rest = inside.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
                switch word {
                case "if", "unless", "case": depth += 1
                case "endif", "endunless", "endcase":
                    if depth == 0 { return (delimiters, open, close + 2) }
                    depth -= 1
                case "elsif", "else":
                    if depth == 0 { delimiters.append((word, rest, open, close + 2)) }
                default: break
                }
                offset = close + 2
            }
            return nil
        }

        /// The `{% endname %}` that closes a block (blocks of the same name may nest):
        /// where it starts and where it ends.
        func endTag(_ name: String, from position: Int) -> (Int, Int)? {
            var offset = position
            var depth = 0
            while let open = find("{%", from: offset, inParagraph: false) {
                guard let close = find("%}", from: open + 2, inParagraph: false) else { return nil }
                let inside = String(characters[(open + 2)..<close]).trimmingCharacters(in: ["-", " ", "\t", "\n"])
                let word = inside.prefix { $0.isLetter || $0 == "_" }
                if word == name {
                    if depth == 0 { return (open, close + 2) }
                    depth -= 1
                } else if "end" + word == name {
                    depth += 1
                }
                offset = close + 2
            }
            return nil
        }

        /// `{{ x }}` in raw text as `` `{{ x }}` ``, so it is shown and not taken for a tag.
        static func bracesAsCode(_ text: String) -> String {
            var result = ""
            var rest = Substring(text)
            while let open = TemplateTags.firstTag(in: rest) {
                let closing = rest[open.lowerBound...].hasPrefix("{{") ? "}}" : "%}"
                guard let close = rest[open.upperBound...].range(of: closing) else { break }
                let tag = rest[open.lowerBound..<close.upperBound]
                let ticks = tag.contains("`") ? "``" : "`"
                result += rest[..<open.lowerBound] + ticks + (ticks.count > 1 ? " \(tag) " : tag) + ticks
                rest = rest[close.upperBound...]
            }
            return result + rest
        }

        /// `{{< name … >}}` or `{{% name … %}}`, or their closing `{{< /name >}}`.
        mutating func shortcode(_ start: Int) -> Bool {
            let closing = starts("{{<", at: start) ? ">}}" : "%}}"
            guard let close = find(closing, from: start + 3, inParagraph: true) else { return false }
            var inside = String(characters[(start + 3)..<close]).trimmingWhitespace()
            if inside.hasPrefix("/*"), inside.hasSuffix("*/") { inside = String(inside.dropFirst(2).dropLast(2)).trimmingWhitespace() }
            index = close + 3
            let isClosing = inside.hasPrefix("/")
            let name = String(inside.drop { $0 == "/" || $0 == " " }.prefix { !$0.isWhitespace && $0 != "/" })
            let said = TemplateTags.words(inside)
            if isClosing {
                if let open = openShortcodes[name], open > 0 {
                    openShortcodes[name] = open - 1
                } else {
                    note("removed the closing Hugo shortcode `\(said)`", at: start)
                }
            } else if !inside.hasSuffix("/"), closesAhead(name, from: index) {
                openShortcodes[name, default: 0] += 1
                note("removed the Hugo shortcode `\(said)` around text that is kept", at: start)
            } else {
                note("removed the Hugo shortcode `\(said)`; write what it showed", at: start)
            }
            removed()
            return true
        }

        /// Whether a `{{< /name >}}` (or `{{% /name %}}`) follows.
        func closesAhead(_ name: String, from position: Int) -> Bool {
            var offset = position
            while let open = find("{{", from: offset, inParagraph: false) {
                var cursor = open + 2
                guard cursor < characters.count, characters[cursor] == "<" || characters[cursor] == "%" else { offset = cursor; continue }
                cursor += 1
                while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
                if cursor < characters.count, characters[cursor] == "/" {
                    cursor += 1
                    while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
                    if starts(name, at: cursor) {
                        let after = cursor + name.count
                        if after < characters.count, characters[after] == " " || characters[after] == ">" || characters[after] == "%" { return true }
                    }
                }
                offset = cursor
            }
            return false
        }
    }
}
