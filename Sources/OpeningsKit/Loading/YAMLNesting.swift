/// Where YAML nests deeper than a limit, found before Yams reads it.
///
/// Why: Yams composes recursively, and hashes a mapping's keys recursively to find
/// repeated ones, so nesting tens of thousands deep exhausts the stack before any limit
/// applied to the composed nodes (`YAMLReader`) could. Both ways to nest are counted:
/// flow brackets, and block collections (`- - - ?`, or each line indented further).
enum YAMLNesting {
    /// The line and column (1-based, in `yaml`) where nesting passes `limit`, or nil.
    static func excessive(_ yaml: String, limit: Int) -> (Int, Int)? {
        excessiveFlow(yaml, limit: limit) ?? excessiveBlock(yaml, limit: limit)
    }

    /// Flow nesting: `[` and `{` that open a value.
    static func excessiveFlow(_ yaml: String, limit maximumDepth: Int) -> (Int, Int)? {
        // Only brackets YAML reads as structure count: those that open a value or sit
        // inside one, not text in quotes (`\"` is an escaped quote), a comment, or a plain
        // value (`title: Engineer [[[…`, which an import may write; found by fuzzing).
        // Nesting deeper than the limit needs more brackets than the limit; front matter
        // almost never has that many, and counting bytes spares walking its characters
        // (a twentieth of loading 10,000 postings).
        var text = yaml
        let brackets = text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { count &+= 1 }
            return count
        }
        guard brackets > maximumDepth else { return nil }
        var depth = 0, line = 1, column = 0
        var quote: Character?
        var escaped = false, comment = false
        var last: Character = "\n", lastSolid: Character = "\n"
        for character in yaml {
            column += 1
            if character == "\n" {
                line += 1; column = 0; comment = false; last = "\n"; lastSolid = "\n"
                continue
            }
            defer {
                last = character
                if character != " " && character != "\t" { lastSolid = character }
            }
            if comment { continue }
            if let open = quote {
                if escaped { escaped = false } else if open == "\"" && character == "\\" { escaped = true } else if character == open { quote = nil }
                continue
            }
            let opensValue = depth > 0 || ":-?\n".contains(lastSolid)
            switch character {
            case "\"", "'": if opensValue || ",[{".contains(lastSolid) { quote = character }
            case "#": if last == " " || last == "\t" || last == "\n" { comment = true }
            case "[", "{":
                guard opensValue else { break }
                depth += 1
                if depth > maximumDepth { return (line, column) }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    /// Block nesting is bounded by the column where a line's node starts: every level
    /// inside another starts further right, or at the same column for a list that is a
    /// mapping's value, so the depth is at most twice the column plus the indicators
    /// (`- `, `? `, `: `) chained before it. The count is loose (a deeply indented line
    /// inside a block scalar counts too, unless its `|` or `>` is seen), so it is held
    /// against four times the limit: no real front matter comes near, and the exact
    /// depth is checked on the composed nodes.
    static func excessiveBlock(_ yaml: String, limit: Int) -> (Int, Int)? {
        let bound = 4 * limit
        // The depth counted below is at most three times a line's run of leading spaces
        // and indicators: one pass over the bytes finds whether any run is that long
        // (front matter almost never has one), without splitting the text into lines.
        // (Read through `withUTF8`: iterating `String.utf8` cost ~30 instructions a byte.)
        var text = yaml
        let longest = text.withUTF8 { bytes in
            var run = 0, longest = 0, leading = true
            for byte in bytes {
                if byte == UInt8(ascii: "\n") {
                    run = 0
                    leading = true
                } else if leading {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
                        || byte == UInt8(ascii: "\t") {
                        run &+= 1
                        longest = max(longest, run)
                    } else {
                        leading = false
                    }
                }
            }
            return longest
        }
        guard 3 * longest > bound else { return nil }
        var line = 0
        // Lines more indented than this one are a block scalar's text.
        var scalarIndent: Int?
        for text in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            line += 1
            var index = text.startIndex
            var column = 0
            while index < text.endIndex, text[index] == UInt8(ascii: " ") { column += 1; index = text.index(after: index) }
            if index == text.endIndex || text[index] == UInt8(ascii: "#") { continue }
            if let indent = scalarIndent {
                if column > indent { continue }
                scalarIndent = nil
            }
            let indent = column
            var depth = 0
            while index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "?") || text[index] == UInt8(ascii: ":") {
                let next = text.index(after: index)
                guard next == text.endIndex || text[next] == UInt8(ascii: " ") || text[next] == UInt8(ascii: "\t") else { break }
                depth += 1
                index = next
                column += 1
                while index < text.endIndex, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t") {
                    column += 1
                    index = text.index(after: index)
                }
                if 2 * column + depth > bound { return (line, column + 1) }
            }
            if 2 * column + depth > bound { return (line, column + 1) }
            // `key: |`, `- >-`, `text: |2 # comment`: the lines after it are text.
            var last = text.endIndex
            if let hash = text.lastIndex(of: UInt8(ascii: "#")), hash > index { last = hash }
            let trimmed = text[index..<last].reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                .drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            if let indicator = trimmed.first, indicator == UInt8(ascii: "|") || indicator == UInt8(ascii: ">") {
                scalarIndent = indent
            }
        }
        return nil
    }
}
