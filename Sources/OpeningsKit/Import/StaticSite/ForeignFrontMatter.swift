/// The front matter of a Jekyll or Hugo file, in whichever of the three formats Hugo
/// accepts (YAML between `---` lines, TOML between `+++` lines, a JSON object), as one
/// small tree of values; and the body after it.
struct ForeignFrontMatter: Sendable, Equatable {
    enum Format: String, Sendable { case yaml = "YAML", toml = "TOML", json = "JSON" }

    /// A value as the file wrote it. Scalars stay text (`15`, `true`, `2024-04-18`):
    /// what one means depends on the key it is under, and text is what an Openings
    /// file gets.
    indirect enum Value: Sendable, Equatable {
        case text(String)
        case list([Value])
        case table([Entry])
        /// YAML's null, or a key with nothing after it.
        case empty
    }

    struct Entry: Sendable, Equatable {
        var key: String
        var value: Value
    }

    var format: Format
    var entries: [Entry]
    var body: String
    /// The line of the file the body starts on, so notes about the body name the file's lines.
    var bodyFirstLine: Int

    enum Problem: Error, Equatable {
        /// The file does not start (after blank lines) with `---`, `+++` or `{`.
        case missing
        /// Opened on this line and never closed.
        case unclosed(Format, line: Int)
        /// The format's reader failed at this line of the file.
        case invalid(Format, line: Int, message: String)
        /// A list or a single value where `key: value` fields belong.
        case notFields(Format)
    }

    /// Splits `text` (already with LF line ends). Blank lines before the opening fence
    /// are allowed: real files have them, and Jekyll and Hugo read such files too.
    static func read(_ text: String) -> Result<ForeignFrontMatter, Problem> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let opening = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else { return .failure(.missing) }
        let fence = lines[opening].trimmingTrailingSpaces()
        func rest(after index: Int) -> String { lines[(index + 1)...].joined(separator: "\n") }
        switch fence {
        case "---", "+++":
            let format: Format = fence == "---" ? .yaml : .toml
            let closes: Set<Substring> = format == .yaml ? ["---", "..."] : ["+++"]
            guard let closing = lines[(opening + 1)...].firstIndex(where: { closes.contains($0.trimmingTrailingSpaces()) }) else {
                return .failure(.unclosed(format, line: opening + 1))
            }
            let inner = lines[(opening + 1)..<closing].joined(separator: "\n")
            return parse(inner, format: format, firstLine: opening + 2)
                .map { ForeignFrontMatter(format: format, entries: $0, body: rest(after: closing), bodyFirstLine: closing + 2) }
        default:
            guard fence.hasPrefix("{") else { return .failure(.missing) }
            guard let closing = jsonEnd(lines, from: opening) else { return .failure(.unclosed(.json, line: opening + 1)) }
            let object = lines[opening...closing.line].enumerated()
                .map { $0.offset == closing.line - opening ? $0.element[...closing.index] : $0.element }.joined(separator: "\n")
            return parse(object, format: .json, firstLine: opening + 1)
                .map { ForeignFrontMatter(format: .json, entries: $0, body: rest(after: closing.line), bodyFirstLine: closing.line + 2) }
        }
    }

    private static func parse(_ text: String, format: Format, firstLine: Int) -> Result<[Entry], Problem> {
        switch format {
        case .toml:
            do {
                return .success(try TOMLReader.read(text, firstLine: firstLine))
            } catch {
                return .failure(.invalid(.toml, line: error.line, message: error.message))
            }
        case .yaml, .json:
            // JSON is YAML's flow style, so one reader (with its explanations) serves both.
            let file = SourceFile(relativePath: "", displayPath: "", text: text)
            switch YAMLReader.parse(text, firstLine: firstLine, file: file) {
            case .failure(let diagnostic):
                let message = diagnostic.hint.map { "\(diagnostic.message); \($0)" } ?? diagnostic.message
                return .failure(.invalid(format, line: diagnostic.location.line, message: message))
            case .success(nil):
                return .success([])
            case .success(let root?):
                guard case .table(let entries) = value(root) else { return .failure(.notFields(format)) }
                return .success(entries)
            }
        }
    }

    private static func value(_ node: YAMLNode) -> Value {
        switch node.kind {
        case .scalar(let text, _): return node.isNull ? .empty : .text(text)
        case .sequence(let items): return .list(items.map(value))
        case .mapping(let pairs):
            return .table(pairs.map { Entry(key: $0.key.scalar ?? value($0.key).flowText, value: value($0.value)) })
        }
    }

    /// Where the JSON object opened on line `start` closes: the line, and the index of its `}`.
    private static func jsonEnd(_ lines: [Substring], from start: Int) -> (line: Int, index: Substring.Index)? {
        var depth = 0
        var inString = false, escaped = false
        for lineNumber in start..<lines.count {
            let line = lines[lineNumber]
            var index = line.startIndex
            while index < line.endIndex {
                let character = line[index]
                if inString {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                } else if character == "\"" {
                    inString = true
                } else if character == "{" || character == "[" {
                    depth += 1
                } else if character == "}" || character == "]" {
                    depth -= 1
                    if depth == 0 { return (lineNumber, index) }
                }
                index = line.index(after: index)
            }
        }
        return nil
    }
}

extension ForeignFrontMatter.Value {
    /// The text of a scalar; nil for lists, tables and nothing.
    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// Nothing worth keeping: null, blank text, or a list or table of such.
    var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .list(let items): items.allSatisfy(\.isEmpty)
        case .table(let entries): entries.allSatisfy(\.value.isEmpty)
        }
    }

    /// One line for a person to read: scalars as they are, lists as `[a, b]`, tables as
    /// `{key: value}`, white space (line breaks too) folded to single spaces.
    /// The value as lines for a person to read: text with its lines, a list's items as
    /// `- item`, a table's entries as `key: value`, nested values indented.
    var blockText: String {
        func indented(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 ? String($0.element) : "  " + $0.element }.joined(separator: "\n")
        }
        switch self {
        case .empty: return ""
        case .text(let text): return text.trimmingWhitespace()
        case .list(let items): return items.filter { !$0.isEmpty }.map { "- " + indented($0.blockText) }.joined(separator: "\n")
        case .table(let entries):
            return entries.filter { !$0.value.isEmpty }.map { entry in
                if case .text = entry.value, !entry.value.blockText.contains("\n") { return "\(entry.key): \(entry.value.blockText)" }
                return "\(entry.key):\n  " + indented(entry.value.blockText)
            }.joined(separator: "\n")
        }
    }

    var flowText: String {
        switch self {
        case .empty: ""
        case .text(let text): text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        case .list(let items): "[" + items.filter { !$0.isEmpty }.map(\.flowText).joined(separator: ", ") + "]"
        case .table(let entries):
            "{" + entries.filter { !$0.value.isEmpty }.map { "\($0.key): \($0.value.flowText)" }.joined(separator: ", ") + "}"
        }
    }
}
