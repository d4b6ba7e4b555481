import Yams

/// A YAML value with the position of its first character in the file on disk.
///
/// Yams' `Node` is not Sendable and resolves `NO` and `on` as booleans; this tree keeps
/// every scalar as the text the author wrote, so the schema decides what it means.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        /// `plain` is false for quoted and block scalars: `"123"` is a string on purpose.
        case scalar(String, plain: Bool)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    /// The text of a scalar, or nil for mappings and sequences.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// A plain scalar that YAML treats as null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        if case .scalar(let text, plain: true) = kind {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// The whole tree in one line, with every node's position (`{plain"title"@2:1: …}`):
    /// what the tests and `fuzz-yaml` compare when two readers must agree.
    var outline: String {
        let place = "@\(line):\(column)"
        switch kind {
        case .scalar(let text, let plain): return "\(plain ? "plain" : "quoted")\(text.debugDescription)\(place)"
        case .sequence(let items): return "[\(items.map(\.outline).joined(separator: ", "))]\(place)"
        case .mapping(let pairs): return "{\(pairs.map { "\($0.key.outline): \($0.value.outline)" }.joined(separator: ", "))}\(place)"
        }
    }

    public var typeName: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// Parses YAML text into `YAMLNode`s, turning every failure and every limit into a diagnostic.
enum YAMLReader {
    /// Nodes allowed after alias expansion: far above any real front matter, far below
    /// what a "billion laughs" document asks for.
    static let maximumNodes = 100_000
    static let maximumDepth = 64

    /// - Parameter firstLine: the file line on which `yaml` starts, so positions are the file's.
    /// - Parameter plainReader: false to read with Yams alone (for the tests that hold
    ///   `PlainYAMLReader` to it).
    static func parse(_ yaml: String, firstLine: Int, file: SourceFile, plainReader: Bool = true) -> Result<YAMLNode?, Diagnostic> {
        if let (line, column) = YAMLNesting.excessive(yaml, limit: maximumDepth) {
            return .failure(Diagnostic(.error, at: file.location(line: firstLine + line - 1, column: column),
                "YAML nesting is deeper than \(maximumDepth) levels", hint: "flatten the structure"))
        }
        // Most front matter is plain `key: value` lines, read without Yams' tree.
        if plainReader, let root = PlainYAMLReader.read(yaml, firstLine: firstLine) { return .success(root) }
        let root: Node?
        do {
            // The basic resolver tags every scalar as a string without running Yams' regular
            // expressions: the schema decides what a value means, and it is much faster.
            // The encoding is given: its default reads the whole environment on every call.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch {
            return .failure(diagnostic(for: error, yaml: yaml, firstLine: firstLine, file: file))
        }
        guard let root else { return .success(nil) }
        var budget = maximumNodes
        let positions = YAMLPositions(yaml)
        do {
            return .success(try convert(root, depth: 0, budget: &budget, firstLine: firstLine, positions: positions))
        } catch let limit as LimitExceeded {
            let message = limit.depth
                ? "YAML nesting is deeper than \(maximumDepth) levels"
                : "YAML expands to more than \(maximumNodes) values (too many aliases?)"
            return .failure(Diagnostic(.error, at: file.location(line: limit.line, column: limit.column), message,
                hint: "simplify the front matter"))
        } catch {
            return .failure(Diagnostic(.error, at: file.location(line: firstLine, column: 1), "\(error)"))
        }
    }

    /// Whether YAML may hold `scalar` as printed text (its c-printable set, which libyaml
    /// checks as it reads): not the C0 and C1 controls but tab, line feed and NEL, DEL,
    /// surrogates, U+FEFF, U+FFFE and U+FFFF.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x20...0x7E).contains(value) || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x85
            || (0xA0...0xD7FF).contains(value) || ((0xE000...0xFFFD).contains(value) && value != 0xFEFF) || value >= 0x10000
    }

    private struct LimitExceeded: Error { var depth: Bool; var line: Int; var column: Int }

    private static func convert(_ node: Node, depth: Int, budget: inout Int, firstLine: Int,
                                positions: YAMLPositions) throws -> YAMLNode {
        let mark = node.mark
        var (line, column) = (mark?.line ?? 1, mark?.column ?? 1)
        (line, column) = positions.map(line: line, column: column)
        line += firstLine - 1
        budget -= 1
        guard budget >= 0 else { throw LimitExceeded(depth: false, line: line, column: column) }
        guard depth <= maximumDepth else { throw LimitExceeded(depth: true, line: line, column: column) }
        switch node {
        case .scalar(let scalar):
            return YAMLNode(kind: .scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any),
                            line: line, column: column)
        case .mapping(let mapping):
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                pairs.append((try convert(key, depth: depth + 1, budget: &budget, firstLine: firstLine, positions: positions),
                              try convert(value, depth: depth + 1, budget: &budget, firstLine: firstLine, positions: positions)))
            }
            return YAMLNode(kind: .mapping(pairs), line: line, column: column)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(try convert(item, depth: depth + 1, budget: &budget, firstLine: firstLine, positions: positions))
            }
            return YAMLNode(kind: .sequence(items), line: line, column: column)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one has no value to offer.
            return YAMLNode(kind: .scalar("", plain: true), line: line, column: column)
        }
    }

    private static func diagnostic(for error: Error, yaml: String, firstLine: Int, file: SourceFile) -> Diagnostic {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        // At the end of a file without a final line break libyaml's mark is on the line
        // after the last; the finding goes to the end of the last line the editor shows.
        func at(_ mark: Mark) -> SourceLocation {
            let (line, column) = YAMLPositions(yaml).map(line: mark.line, column: mark.column)
            return file.location(line: line + firstLine - 1, column: column)
        }
        let hint = "check the indentation and quote values that contain `: ` or start with a special character"
        switch error {
        case let YamlError.scanner(context, problem, mark, _),
             let YamlError.parser(context, problem, mark, _),
             let YamlError.composer(context, problem, mark, _):
            // A word processor's non-breaking space looks like a space and is not one to YAML.
            // libyaml stumbles on it there or on the line after.
            for lineNumber in [mark.line - 1, mark.line] where lineNumber >= 1 && lineNumber <= lines.count {
                guard let index = lines[lineNumber - 1].firstIndex(of: "\u{00A0}") else { continue }
                let column = lines[lineNumber - 1].distance(from: lines[lineNumber - 1].startIndex, to: index) + 1
                return Diagnostic(.error, at: file.location(line: lineNumber + firstLine - 1, column: column),
                                  "a non-breaking space (U+00A0, from a word processor) here: YAML needs ordinary spaces",
                                  hint: "retype the spaces on this line")
            }
            // libyaml names the token it could not start, not the tab that caused it.
            if let tab = tabNear(mark, in: lines) {
                return Diagnostic(.error, at: file.location(line: tab.line + firstLine - 1, column: tab.column),
                                  "a tab character here: YAML indents and separates with spaces only",
                                  hint: "replace the tab with spaces (most editors can insert spaces for the Tab key)")
            }
            if let explained = specialStart(mark, in: lines) {
                return Diagnostic(.error, at: file.location(line: explained.line + firstLine - 1, column: explained.column),
                                  explained.message, hint: explained.hint)
            }
            if problem.hasPrefix("did not find expected"), let explained = misaligned(mark, in: lines, firstLine: firstLine) {
                return Diagnostic(.error, at: file.location(line: explained.line + firstLine - 1, column: explained.column),
                                  explained.message, hint: explained.hint)
            }
            if problem.hasPrefix("mapping values are not allowed"), let explained = colonInValue(mark, in: lines) {
                return Diagnostic(.error, at: file.location(line: explained.line + firstLine - 1, column: explained.column),
                                  explained.message, hint: explained.hint)
            }
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(.error, at: at(mark), "invalid YAML: \(detail)", hint: hint)
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "\($0)" }
            // `{ min: 95,000, max: 120,000 }`: each `,000` becomes a key `000`, twice.
            if !keys.isEmpty, keys.allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }),
               let (line, column, number) = separatedNumber(after: context.mark.line, in: lines) {
                return Diagnostic(.error, at: file.location(line: line + firstLine - 1, column: column),
                                  "`\(number)` has a thousands separator; inside `{ … }` the comma ends the value",
                                  hint: "write `\(number.replacingAll(",", with: ""))`, without separators")
            }
            if keys.count == 1, let (first, second, column) = repeatedKey(keys[0], in: lines) {
                return Diagnostic(.error, at: file.location(line: second + firstLine - 1, column: column),
                                  "`\(keys[0])` is set twice (also on line \(first + firstLine - 1))", hint: "keep one of them")
            }
            return Diagnostic(.error, at: at(context.mark), "duplicate key \(keys.map { "`\($0)`" }.joined(separator: ", ")) in the same mapping",
                              hint: "keep one of them")
        case let YamlError.reader(problem, _, _, _):
            // libyaml's reader names no place; the character it refused is found here.
            for (number, line) in lines.enumerated() {
                guard let bad = line.unicodeScalars.firstIndex(where: { !isPrintable($0) }) else { continue }
                let column = line[..<bad].count + 1
                let code = String(line.unicodeScalars[bad].value, radix: 16, uppercase: true)
                return Diagnostic(.error, at: file.location(line: number + firstLine, column: column),
                    "a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)) here: YAML does not allow it",
                    hint: "delete it (it is invisible in most editors; retype the text around it)")
            }
            return Diagnostic(.error, at: file.location(line: firstLine, column: 1), "invalid YAML: \(problem)")
        default:
            return Diagnostic(.error, at: file.location(line: firstLine, column: 1), "invalid YAML: \(error)", hint: hint)
        }
    }

    /// A plain value that starts with a character YAML reserves (`*Equity*` is an alias,
    /// `[Hybrid] Engineer` a list, `@maria` is reserved): the author meant text.
    private static func specialStart(_ mark: Mark, in lines: [Substring]) -> (line: Int, column: Int, message: String, hint: String)? {
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let line = lines[mark.line - 1]
        var content = line.drop { $0 == " " }
        var prefix = ""
        if content.hasPrefix("- ") { content = content.dropFirst(2).drop { $0 == " " }; prefix = "- " }
        var key = ""
        if let separator = content.range(of: ": "), !content[..<separator.lowerBound].contains(where: { "[{*&!@`\"'".contains($0) }) {
            key = String(content[..<separator.lowerBound])
            content = content[separator.upperBound...].drop { $0 == " " }
        }
        guard let first = content.first else { return nil }
        let meaning: [Character: String] = ["*": "an alias", "&": "an anchor", "!": "a tag", "@": "reserved", "`": "reserved",
                                            "%": "a directive", "[": "the start of a list", "{": "the start of a mapping"]
        guard let what = meaning[first] else { return nil }
        // A whole flow list or mapping on the line is fine YAML; only text after it is not.
        if first == "[" || first == "{" {
            let closing: Character = first == "[" ? "]" : "}"
            guard let end = content.lastIndex(of: closing), !content[content.index(after: end)...].trimmingCharacters(in: .whitespaces).isEmpty
            else { return nil }
        }
        let value = content.trimmingCharacters(in: .whitespaces).replacingAll("\"", with: "\\\"")
        let shown = value.count > 60 ? "\(value.prefix(30))…\(value.suffix(20))" : value
        let column = line.distance(from: line.startIndex, to: content.startIndex) + 1
        let written = key.isEmpty ? "\(prefix)\"\(shown)\"" : "\(prefix)\(key): \"\(shown)\""
        return (mark.line, column, "a value that starts with `\(first)` is YAML syntax (\(what)), not text",
                "put the value in quotes: `\(written)`")
    }

    /// "mapping values are not allowed here" is libyaml's word for two mistakes: a
    /// value with `: ` in it (`title: Engineer: Platform`), and a key indented under a
    /// key that already has a value. Says which, at the line's own position.
    private static func colonInValue(_ mark: Mark, in lines: [Substring])
        -> (line: Int, column: Int, message: String, hint: String)? {
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let line = lines[mark.line - 1]
        let indent = line.prefix { $0 == " " }.count
        let content = line.dropFirst(indent)
        guard let separator = content.range(of: ": ") else { return nil }
        let key = content[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
        // The line above, skipping blanks and comments.
        var above = mark.line - 2
        while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).isEmpty || lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            above -= 1
        }
        if above >= 0 {
            let previous = lines[above]
            var previousIndent = previous.prefix { $0 == " " }.count
            var previousContent = previous.dropFirst(previousIndent)
            // `- city: Denver`: the item's keys start after the dash.
            if previousContent.hasPrefix("- ") {
                previousContent = previousContent.dropFirst(2)
                previousIndent += 2
            }
            if previousIndent < indent, let colon = previousContent.range(of: ": "),
               !previousContent[colon.upperBound...].trimmingCharacters(in: .whitespaces).isEmpty {
                let previousKey = previousContent[..<colon.lowerBound]
                return (mark.line, indent + 1,
                        "`\(key):` is indented under `\(previousKey):`, which already has a value",
                        "start `\(key):` in the same column as `\(previousKey):`")
            }
        }
        let value = content[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        let valueColumn = indent + content.distance(from: content.startIndex, to: separator.upperBound) + 1
        let escaped = value.replacingAll("\"", with: "\\\"")
        let shown = escaped.count > 60 ? "\(escaped.prefix(30))…\(escaped.suffix(20))" : escaped
        return (mark.line, valueColumn, "the value of `\(key)` contains `: `, which YAML reads as another key",
                "put the value in quotes: `\(key): \"\(shown)\"`")
    }

    /// "did not find expected key / '-' indicator": a key that is not lined up with
    /// the one above it, in a list item or a nested mapping.
    /// - Parameter firstLine: the file line of `lines[0]`, for the line numbers in messages.
    private static func misaligned(_ mark: Mark, in lines: [Substring], firstLine: Int)
        -> (line: Int, column: Int, message: String, hint: String)? {
        guard mark.line >= 2, mark.line <= lines.count else { return nil }
        func keyColumn(_ line: Substring) -> (column: Int, key: Substring)? {
            var content = line.drop { $0 == " " }
            var column = line.count - content.count
            if content.hasPrefix("- ") { content = content.dropFirst(2); column += 2 }
            guard let colon = content.firstIndex(of: ":"), !content.hasPrefix("#") else { return nil }
            return (column, content[..<colon])
        }
        let line = lines[mark.line - 1]
        let indent = line.prefix { $0 == " " }.count
        if line.dropFirst(indent).hasPrefix("- ") {
            // A list item out of line with its siblings: `  - Medical` then ` - Dental`; or
            // `  - title: …` items, then one `- title: …`. A sibling starts the same way.
            let content = line.dropFirst(indent)
            let lead = content.firstIndex(of: ":").map { content[...$0] } ?? "- "
            var above = mark.line - 2
            while above >= 0 {
                let previous = lines[above]
                let previousIndent = previous.prefix { $0 == " " }.count
                if previous.dropFirst(previousIndent).hasPrefix(lead), previousIndent != indent, abs(previousIndent - indent) <= 4 {
                    return (mark.line, indent + 1,
                            "this list item is not lined up with the one on line \(above + firstLine) (\(indent) space\(indent == 1 ? "" : "s"), not \(previousIndent))",
                            "start every `- ` of a list in the same column")
                }
                if previous.dropFirst(previousIndent).hasPrefix(lead), previousIndent == indent { break }
                above -= 1
            }
        }
        guard let current = keyColumn(line) else { return nil }
        var above = mark.line - 2
        while above >= 0 {
            if let previous = keyColumn(lines[above]), previous.column != current.column, abs(previous.column - current.column) <= 2 {
                return (mark.line, current.column + 1,
                        "`\(current.key):` is not lined up with `\(previous.key):` above it (column \(current.column + 1), not \(previous.column + 1))",
                        "YAML groups keys by indentation: start `\(current.key):` in column \(previous.column + 1)")
            }
            if !lines[above].trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            above -= 1
        }
        return nil
    }

    /// The first and second line on which `key:` starts a line (after indentation or `- `).
    private static func repeatedKey(_ key: String, in lines: [Substring]) -> (Int, Int, Int)? {
        var first: Int?
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " || $0 == "-" }.count
            guard line.dropFirst(indent).hasPrefix(key + ":") else { continue }
            if let first { return (first, index + 1, indent + 1) }
            first = index + 1
        }
        return nil
    }

    /// The tab at or just before the failing position, or leading the failing line.
    private static func tabNear(_ mark: Mark, in lines: [Substring]) -> (line: Int, column: Int)? {
        for lineNumber in [mark.line, mark.line - 1] where lineNumber >= 1 && lineNumber <= lines.count {
            let characters = Array(lines[lineNumber - 1])
            if lineNumber == mark.line, mark.column >= 1, mark.column <= characters.count, characters[mark.column - 1] == "\t" {
                return (lineNumber, mark.column)
            }
            let leading = characters.prefix { $0 == " " || $0 == "\t" }
            if let index = leading.firstIndex(of: "\t") { return (lineNumber, index + 1) }
        }
        return nil
    }

    /// The first `95,000`-style number from `line` on.
    private static func separatedNumber(after line: Int, in lines: [Substring]) -> (Int, Int, String)? {
        for lineNumber in max(1, line)...max(1, lines.count) where lineNumber <= lines.count {
            let characters = Array(lines[lineNumber - 1])
            var index = 0
            while index < characters.count {
                guard characters[index].isASCIIDigit, index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isASCIIDigit)
                else { index += 1; continue }
                var end = index
                while end < characters.count, characters[end].isASCIIDigit { end += 1 }
                var groups = 0
                while end + 3 < characters.count + 0, characters[end] == ",", characters[(end + 1)...(end + 3)].allSatisfy(\.isASCIIDigit),
                      end + 4 == characters.count || !characters[end + 4].isASCIIDigit {
                    groups += 1
                    end += 4
                }
                if groups > 0 { return (lineNumber, index + 1, String(characters[index..<end])) }
                index = end
            }
        }
        return nil
    }
}
