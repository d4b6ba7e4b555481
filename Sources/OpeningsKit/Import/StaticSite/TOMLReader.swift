/// Reads TOML as Hugo writes front matter between `+++` lines: `key = value` with bare,
/// quoted and dotted keys; basic, literal and multi-line strings; integers (also hex,
/// octal, binary, with `_`), floats, booleans, dates, times and date-times; arrays over
/// several lines; inline tables; `[table]` and `[[array of tables]]` headers; comments.
/// Scalars come back as text: strings as their value, numbers in decimal, dates as
/// written. What it cannot read is an error naming the file's line and what to change.
enum TOMLReader {
    struct Failure: Error, Equatable {
        /// The line of the file (not of the front matter).
        var line: Int
        var message: String
    }

    typealias Value = ForeignFrontMatter.Value

    /// - Parameter firstLine: the file line on which `text` starts.
    static func read(_ text: String, firstLine: Int = 1) throws(Failure) -> [ForeignFrontMatter.Entry] {
        var parser = Parser(characters: Array(text), line: firstLine)
        try parser.document()
        return parser.root.entries
    }

    /// A table while it is being filled: keys in the order written, and how each was
    /// made, so that a second definition is an error rather than a silent overwrite.
    private final class Table {
        enum Item {
            case value(Value, line: Int)
            case table(Table)
            case tables([Table], line: Int)
        }

        var keys: [String] = []
        var items: [String: Item] = [:]
        /// Named by a `[header]` or by dotted keys, or made as a step on the way to one.
        var defined = false
        var line: Int

        init(line: Int) { self.line = line }

        func set(_ key: String, _ item: Item) {
            if items[key] == nil { keys.append(key) }
            items[key] = item
        }

        var entries: [ForeignFrontMatter.Entry] {
            keys.compactMap { key in
                switch items[key] {
                case .value(let value, _): ForeignFrontMatter.Entry(key: key, value: value)
                case .table(let table): ForeignFrontMatter.Entry(key: key, value: .table(table.entries))
                case .tables(let tables, _): ForeignFrontMatter.Entry(key: key, value: .list(tables.map { .table($0.entries) }))
                case nil: nil
                }
            }
        }
    }

    private struct Parser {
        let characters: [Character]
        var index = 0
        var line: Int
        let root: Table
        var current: Table

        init(characters: [Character], line: Int) {
            self.characters = characters
            self.line = line
            root = Table(line: line)
            current = root
        }

        // MARK: Characters

        var peek: Character? { index < characters.count ? characters[index] : nil }

        func peek(_ offset: Int) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }

        func looking(at text: String) -> Bool {
            var offset = 0
            for character in text {
                guard peek(offset) == character else { return false }
                offset += 1
            }
            return true
        }

        mutating func advance() {
            if characters[index] == "\n" { line += 1 }
            index += 1
        }

        mutating func skipSpaces() {
            while let character = peek, character == " " || character == "\t" { advance() }
        }

        mutating func skipComment() {
            guard peek == "#" else { return }
            while let character = peek, character != "\n" { advance() }
        }

        /// Spaces, comments and line breaks, as allowed between array items.
        mutating func skipBlank() {
            while let character = peek {
                if character == " " || character == "\t" || character == "\n" { advance() } else if character == "#" { skipComment() } else { break }
            }
        }

        /// After a value or header only a comment may follow on its line.
        mutating func endOfLine(after what: String) throws(Failure) {
            skipSpaces()
            skipComment()
            guard let character = peek else { return }
            guard character == "\n" else {
                throw failure("unexpected `\(character)` after \(what); put each `key = value` on its own line, and text in quotes")
            }
            advance()
        }

        func failure(_ message: String) -> Failure { Failure(line: line, message: message) }

        // MARK: Document

        mutating func document() throws(Failure) {
            while true {
                skipBlank()
                guard let character = peek else { return }
                if character == "[" {
                    try header()
                } else {
                    let startLine = line
                    let key = try dottedKey()
                    skipSpaces()
                    guard peek == "=" else {
                        if peek == ":" {
                            throw failure("`\(key.joined(separator: "."))` is followed by `:`, which is YAML; in TOML write `\(key.joined(separator: ".")) = …`")
                        }
                        throw failure("`\(key.joined(separator: "."))` has no `=` after it; write `key = value`")
                    }
                    advance()
                    skipSpaces()
                    let value = try self.value()
                    try assign(value, to: key, in: current, line: startLine)
                    try endOfLine(after: "the value of `\(key.joined(separator: "."))`")
                }
            }
        }

        mutating func header() throws(Failure) {
            let startLine = line
            let isArray = looking(at: "[[")
            advance()
            if isArray { advance() }
            skipSpaces()
            let key = try dottedKey()
            skipSpaces()
            let closing = isArray ? "]]" : "]"
            guard looking(at: closing) else { throw failure("the header `[\(key.joined(separator: "."))` is not closed; end it with `\(closing)`") }
            for _ in closing { advance() }
            let name = key.joined(separator: ".")
            var table = root
            for (position, part) in key.enumerated() {
                let last = position == key.count - 1
                switch table.items[part] {
                case nil:
                    let made = Table(line: startLine)
                    if last && isArray {
                        table.set(part, .tables([made], line: startLine))
                    } else {
                        table.set(part, .table(made))
                    }
                    made.defined = last
                    table = made
                case .table(let existing):
                    if last {
                        if isArray { throw failure("`[[\(name)]]` names a table that is already defined (line \(existing.line)); use `[\(name)]`") }
                        if existing.defined { throw failure("the table `[\(name)]` is defined twice (also on line \(existing.line)); keep one of them") }
                        existing.defined = true
                        existing.line = startLine
                    }
                    table = existing
                case .tables(var tables, let firstLine):
                    if last {
                        guard isArray else { throw failure("`[\(name)]` names an array of tables (line \(firstLine)); use `[[\(name)]]`") }
                        let made = Table(line: startLine)
                        made.defined = true
                        tables.append(made)
                        table.set(part, .tables(tables, line: firstLine))
                        table = made
                    } else if let lastTable = tables.last {
                        table = lastTable
                    }
                case .value(_, let valueLine):
                    throw failure("`\(key[...position].joined(separator: "."))` is already a value (line \(valueLine)), so `[\(name)]` cannot be a table under it")
                }
            }
            current = table
            try endOfLine(after: "the header `[\(name)]`")
        }

        /// `a.b.c = value` in `table`: the tables on the way are made as needed.
        mutating func assign(_ value: Value, to key: [String], in table: Table, line startLine: Int) throws(Failure) {
            var target = table
            for (position, part) in key.dropLast().enumerated() {
                switch target.items[part] {
                case nil:
                    let made = Table(line: startLine)
                    made.defined = true
                    target.set(part, .table(made))
                    target = made
                case .table(let existing):
                    target = existing
                case .value(_, let valueLine), .tables(_, let valueLine):
                    throw failure("`\(key[...position].joined(separator: "."))` is already set (line \(valueLine)), so `\(key.joined(separator: "."))` cannot be set under it")
                }
            }
            let last = key[key.count - 1]
            if let existing = target.items[last] {
                let earlier: Int = switch existing {
                case .value(_, let line), .tables(_, let line): line
                case .table(let table): table.line
                }
                throw failure("`\(key.joined(separator: "."))` is set twice (also on line \(earlier)); keep one of them")
            }
            target.set(last, .value(value, line: startLine))
        }

        // MARK: Keys

        mutating func dottedKey() throws(Failure) -> [String] {
            var parts = [try simpleKey()]
            while true {
                skipSpaces()
                guard peek == "." else { return parts }
                advance()
                skipSpaces()
                parts.append(try simpleKey())
            }
        }

        mutating func simpleKey() throws(Failure) -> String {
            if peek == "\"" { return try basicString() }
            if peek == "'" { return try literalString() }
            var key = ""
            while let character = peek, character.isASCII, character.isLetter || character.isNumber || character == "_" || character == "-" {
                key.append(character)
                advance()
            }
            guard !key.isEmpty else {
                let found = peek.map { $0 == "\n" ? "the end of the line" : "`\($0)`" } ?? "the end"
                throw failure("a key is missing before \(found); keys are letters, digits, `_` and `-`, or text in quotes")
            }
            return key
        }

        // MARK: Values

        mutating func value() throws(Failure) -> Value {
            guard let character = peek, character != "\n" else { throw failure("a value is missing after `=`; write text in quotes, a number, true or false, or a date") }
            switch character {
            case "\"": return .text(looking(at: "\"\"\"") ? try multilineBasicString() : try basicString())
            case "'": return .text(looking(at: "'''") ? try multilineLiteralString() : try literalString())
            case "[": return try array()
            case "{": return try inlineTable()
            default: return .text(try bareValue())
            }
        }

        mutating func array() throws(Failure) -> Value {
            let startLine = line
            advance()
            var items: [Value] = []
            while true {
                skipBlank()
                guard let character = peek else { throw Failure(line: startLine, message: "the list opened here with `[` is never closed; end it with `]`") }
                if character == "]" { advance(); return .list(items) }
                items.append(try value())
                skipBlank()
                if peek == "," { advance(); continue }
                if peek == "]" { advance(); return .list(items) }
                throw failure("list items must be separated by `,`; put text in quotes")
            }
        }

        mutating func inlineTable() throws(Failure) -> Value {
            let startLine = line
            advance()
            let table = Table(line: startLine)
            skipBlank()
            if peek == "}" { advance(); return .table([]) }
            while true {
                skipBlank()
                let key = try dottedKey()
                skipSpaces()
                guard peek == "=" else { throw failure("`\(key.joined(separator: "."))` in `{ … }` has no `=` after it; write `{ key = value }`") }
                advance()
                skipSpaces()
                try assign(try value(), to: key, in: table, line: line)
                skipBlank()
                guard let character = peek else { throw Failure(line: startLine, message: "the table opened here with `{` is never closed; end it with `}`") }
                if character == "," { advance(); continue }
                if character == "}" { advance(); return .table(table.entries) }
                throw failure("the fields of `{ … }` must be separated by `,`")
            }
        }

        mutating func basicString() throws(Failure) -> String {
            advance()
            var text = ""
            while true {
                guard let character = peek, character != "\n" else { throw failure("this text is not closed on its line; end it with `\"`, or use `\"\"\"` for text over several lines") }
                advance()
                if character == "\"" { return text }
                if character == "\\" { text.append(contentsOf: try escape()) } else { text.append(character) }
            }
        }

        mutating func literalString() throws(Failure) -> String {
            advance()
            var text = ""
            while true {
                guard let character = peek, character != "\n" else { throw failure("this text is not closed on its line; end it with `'`, or use `'''` for text over several lines") }
                advance()
                if character == "'" { return text }
                text.append(character)
            }
        }

        mutating func multilineBasicString() throws(Failure) -> String {
            let startLine = line
            for _ in 0..<3 { advance() }
            if peek == "\n" { advance() }
            var text = ""
            while true {
                guard let character = peek else { throw Failure(line: startLine, message: "the text opened here with `\"\"\"` is never closed; end it with `\"\"\"`") }
                if looking(at: "\"\"\"") {
                    // Up to two quotes right before the closing three belong to the text.
                    var quotes = 0
                    while peek(quotes) == "\"" { quotes += 1 }
                    guard quotes <= 5 else { throw failure("too many `\"` in a row to end the text") }
                    text += String(repeating: "\"", count: quotes - 3)
                    for _ in 0..<quotes { advance() }
                    return text
                }
                advance()
                if character == "\\" {
                    // A backslash at the end of a line joins the next line, without the white space.
                    var offset = 0
                    while peek(offset) == " " || peek(offset) == "\t" { offset += 1 }
                    if peek(offset) == "\n" {
                        while let next = peek, next.isWhitespace { advance() }
                        continue
                    }
                    text.append(contentsOf: try escape())
                } else {
                    text.append(character)
                }
            }
        }

        mutating func multilineLiteralString() throws(Failure) -> String {
            let startLine = line
            for _ in 0..<3 { advance() }
            if peek == "\n" { advance() }
            var text = ""
            while true {
                guard let character = peek else { throw Failure(line: startLine, message: "the text opened here with `'''` is never closed; end it with `'''`") }
                if looking(at: "'''") {
                    var quotes = 0
                    while peek(quotes) == "'" { quotes += 1 }
                    guard quotes <= 5 else { throw failure("too many `'` in a row to end the text") }
                    text += String(repeating: "'", count: quotes - 3)
                    for _ in 0..<quotes { advance() }
                    return text
                }
                advance()
                text.append(character)
            }
        }

        /// After a `\`: the character it stands for.
        mutating func escape() throws(Failure) -> String {
            guard let character = peek else { throw failure("the text ends in `\\`") }
            advance()
            switch character {
            case "b": return "\u{08}"
            case "t": return "\t"
            case "n": return "\n"
            case "f": return "\u{0C}"
            case "r": return "\r"
            case "e": return "\u{1B}"
            case "\"": return "\""
            case "\\": return "\\"
            case "x", "u", "U":
                let count = character == "x" ? 2 : character == "u" ? 4 : 8
                var digits = ""
                for _ in 0..<count {
                    guard let digit = peek, digit.isHexDigit else { throw failure("`\\\(character)` needs \(count) hexadecimal digits") }
                    digits.append(digit)
                    advance()
                }
                guard let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw failure("`\\\(character)\(digits)` is not a Unicode character")
                }
                return String(Character(scalar))
            default:
                throw failure("`\\\(character)` is not an escape TOML knows; write `\\\\` for a backslash, or use 'single quotes'")
            }
        }

        /// A number, boolean, date or time: the characters up to the next separator
        /// (a date-time may have one space before its time).
        mutating func bareValue() throws(Failure) -> String {
            var token = ""
            func ends(_ character: Character) -> Bool {
                character == " " || character == "\t" || character == "\n" || character == "," || character == "]" || character == "}" || character == "#"
            }
            while let character = peek, !ends(character) {
                token.append(character)
                advance()
            }
            if token.count == 10, Self.isDate(token), peek == " ", let first = peek(1), let second = peek(2), first.isASCIIDigit, second.isASCIIDigit {
                advance()
                token.append(" ")
                while let character = peek, !ends(character) {
                    token.append(character)
                    advance()
                }
            }
            if token == "true" || token == "false" { return token }
            if let number = Self.integer(token) ?? Self.float(token) { return number }
            if Self.isDate(token) || Self.isDateTime(token) || Self.isTime(token) { return token }
            throw failure("`\(token)` is not a TOML value; put text in quotes: `\"\(token)\"`")
        }

        // MARK: Scalars

        /// `1_000`, `+5`, `0x1F`, `0o17`, `0b101` in decimal; nil when it is not an integer.
        static func integer(_ token: String) -> String? {
            for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where token.hasPrefix(prefix) {
                let digits = String(token.dropFirst(2))
                guard digitGroups(digits, allowed: { $0.isHexDigit && Int(String($0), radix: radix) != nil }),
                      let value = Int(digits.replacingAll("_", with: ""), radix: radix) else { return nil }
                return String(value)
            }
            var digits = Substring(token)
            var sign = ""
            if let first = digits.first, first == "+" || first == "-" {
                sign = first == "-" ? "-" : ""
                digits = digits.dropFirst()
            }
            guard digitGroups(String(digits), allowed: \.isASCIIDigit), !(digits.count > 1 && digits.hasPrefix("0")) else { return nil }
            return sign + String(digits).replacingAll("_", with: "")
        }

        /// `3.14`, `-1e6`, `6.02_2e23`, `inf`, `nan`, as written without `_`; nil otherwise.
        static func float(_ token: String) -> String? {
            var body = Substring(token)
            if let first = body.first, first == "+" || first == "-" { body = body.dropFirst() }
            if body == "inf" || body == "nan" { return token }
            let exponentSplit = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "e" || $0 == "E" })
            guard exponentSplit.count <= 2, let mantissa = exponentSplit.first else { return nil }
            let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, digitGroups(String(parts[0]), allowed: \.isASCIIDigit),
                  !(parts[0].count > 1 && parts[0].hasPrefix("0")) else { return nil }
            if parts.count == 2, !digitGroups(String(parts[1]), allowed: \.isASCIIDigit) { return nil }
            if exponentSplit.count == 2 {
                var exponent = exponentSplit[1]
                if let first = exponent.first, first == "+" || first == "-" { exponent = exponent.dropFirst() }
                guard digitGroups(String(exponent), allowed: \.isASCIIDigit) else { return nil }
            }
            guard parts.count == 2 || exponentSplit.count == 2 else { return nil }
            return token.replacingAll("_", with: "")
        }

        /// Digits with single `_` only between them.
        static func digitGroups(_ text: String, allowed: (Character) -> Bool) -> Bool {
            guard let first = text.first, let last = text.last, first != "_", last != "_", !text.contains("__") else { return false }
            return text.allSatisfy { $0 == "_" || allowed($0) }
        }

        static func isDate(_ token: String) -> Bool {
            CalendarDate(iso: token) != nil
        }

        /// `07:32`, `07:32:00`, `07:32:00.999`.
        static func isTime(_ token: String) -> Bool {
            let parts = token.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3, parts[0].count == 2, parts[1].count == 2,
                  parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
                  let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return false }
            guard parts.count == 3 else { return true }
            let seconds = parts[2].split(separator: ".", omittingEmptySubsequences: false)
            guard seconds[0].count == 2, seconds[0].allSatisfy(\.isASCIIDigit), let second = Int(seconds[0]), second <= 60 else { return false }
            return seconds.count == 1 || (seconds.count == 2 && !seconds[1].isEmpty && seconds[1].allSatisfy(\.isASCIIDigit))
        }

        /// `1979-05-27T07:32:00` (or with a space for the `T`), with `Z` or `±hh:mm` or neither.
        static func isDateTime(_ token: String) -> Bool {
            guard token.count > 11, isDate(String(token.prefix(10))) else { return false }
            let separator = token[token.index(token.startIndex, offsetBy: 10)]
            guard separator == "T" || separator == "t" || separator == " " else { return false }
            var time = token.dropFirst(11)
            if time.hasSuffix("Z") || time.hasSuffix("z") {
                time = time.dropLast()
            } else if time.count > 6, let sign = time.dropLast(5).last, sign == "+" || sign == "-" {
                guard isTime(String(time.suffix(5))) else { return false }
                time = time.dropLast(6)
            }
            return isTime(String(time))
        }
    }
}
