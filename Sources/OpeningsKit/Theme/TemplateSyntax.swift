import Mustache

/// A theme template read the way swift-mustache 2.1 reads it, keeping where every tag
/// and name is: swift-mustache's own tokens are internal and carry no positions, and its
/// parser errors point where it gave up (for an unclosed section, the end of the file)
/// rather than where the author has to look.
///
/// The grammar follows `Template+Parser.swift` of swift-mustache: the same tag kinds,
/// name characters, transform syntax, set-delimiter and pragma rules. `Theme.load`
/// still compiles every template with swift-mustache, which decides whether it is valid;
/// this reader only explains the error and gives `ThemeNameCheck` its names.
struct TemplateSyntax: Sendable {
    /// 1-based line and column, columns in characters (as editors and swift-mustache count them).
    struct Position: Hashable, Comparable, Sendable {
        var line: Int
        var column: Int
        static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
    }

    /// A name in a tag: `job.title`, or `uppercased(job.title)` (name `job.title`, transforms `[uppercased]`).
    struct Name: Sendable {
        var path: String
        var transforms: [String]
        /// Where the name starts (its first character after the tag's sigil and spaces).
        var position: Position
        /// The name as written inside the tag, transforms included.
        var written: String
    }

    indirect enum Node: Sendable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case variable(Name)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
        case section(Name, inverted: Bool, children: [Node])
        /// `{{>name}}`; `{{>*name}}` (dynamic: the partial's name is a value) when `dynamic`.
        case partial(String, dynamic: Bool, position: Position)
        /// `{{<name}}{{$block}}…{{/block}}{{/name}}`: the partial `name`, with blocks overridden.
        case parent(String, dynamic: Bool, position: Position, blocks: [(name: String, position: Position, children: [Node])])
        /// `{{$name}}default{{/name}}`: outside a parent, a block an override may replace; directly
        /// inside one, the override (`parent`'s `blocks`).
        case block(String, position: Position, children: [Node])
    }

    struct SyntaxError: Error, Sendable {
        var position: Position
        var message: String
        var hint: String
    }

    let nodes: [Node]

    /// The content types a `{{% CONTENT_TYPE: … }}` pragma may name (swift-mustache's two and Openings' own).
    static let contentTypes = ["HTML", "TEXT", TemplateEscaping.name]

    /// How deep sections, blocks and parents may nest: far beyond any real theme, and far
    /// below what the parsers (swift-mustache's and this one) and the theme check, which all
    /// recurse once per level, can take before the stack runs out (found by fuzz-theme).
    static let maximumNesting = 100

    /// Where a template first opens a section deeper than `maximumNesting`, counting
    /// `{{#`, `{{^`, `{{$` and `{{<` against `{{/`; nil for any real template.
    static func excessiveNesting(_ text: String) -> (line: Int, column: Int)? {
        var depth = 0, line = 1, column = 1
        var previous: (Character, Character) = (" ", " ")
        for character in text {
            if previous == ("{", "{") {
                switch character {
                case "#", "^", "$", "<":
                    depth += 1
                    if depth > maximumNesting { return (line, column - 2) }
                case "/": depth = max(0, depth - 1)
                default: break
                }
            }
            previous = (previous.1, character)
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    static func parse(_ text: String) -> Result<TemplateSyntax, SyntaxError> {
        var reader = Reader(text)
        do {
            let (nodes, _) = try reader.parseSection(open: nil, state: .init())
            return .success(TemplateSyntax(nodes: nodes))
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(SyntaxError(position: Position(line: 1, column: 1), message: "\(error)", hint: "check the template's syntax"))
        }
    }

    /// The message for an error swift-mustache reported where this reader found none
    /// (a difference between the two grammars): the kind in plain words, at its position.
    static func describe(swiftMustacheError error: any Error) -> (message: String, hint: String) {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            return ("a closing tag does not match the section it closes", "close sections in the reverse order they were opened, with the same name")
        case .unfinishedName?:
            return ("a tag is not closed, or its name has a character names cannot have",
                    "end every tag with `}}`; names are letters, digits, `.`, `-`, `_` and `?`")
        case .expectedSectionEnd?:
            return ("a section is never closed", "add `{{/name}}` where the section ends")
        case .invalidSetDelimiter?:
            return ("a delimiter change is malformed", "write it as `{{=<% %>=}}`: two delimiters separated by a space, between `=` signs")
        case .transformAppliedToInheritanceSection?:
            return ("a block `{{$name}}` cannot take a transform", "remove the transform from the block's name")
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            return ("only `{{$block}}…{{/block}}` overrides may stand directly inside `{{<parent}}…{{/parent}}`",
                    "move the rest into one of the blocks")
        case .invalidConfigVariableSyntax?:
            return ("a `{{% … }}` pragma is malformed", "write `{{% CONTENT_TYPE: TEXT }}`, or remove it")
        case .unrecognisedConfigVariable?:
            return ("a `{{% … }}` pragma names an unknown setting", "the only setting is `CONTENT_TYPE`, with `HTML` or `TEXT`")
        case nil:
            return ("the template ends inside a tag or comment", "close it with `}}`")
        }
    }
}

// MARK: - The reader

extension TemplateSyntax {
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    fileprivate struct State {
        var start: [Character] = ["{", "{"]
        var end: [Character] = ["}", "}"]
        /// Directly inside `{{<parent}}`, where `{{$name}}` defines an override.
        var parentTopLevel = false
    }

    /// What closed a section: its position and the tag, for messages.
    fileprivate struct Opening {
        var name: String
        var transforms: [String]
        var tag: String
        var position: Position
        var kind: Kind
        enum Kind { case section, parent, block }
    }

    fileprivate struct Reader {
        let characters: [Character]
        let lines: LineIndex

        init(_ text: String) {
            characters = Array(text)
            lines = LineIndex(characters)
        }

        func position(_ index: Int) -> Position {
            let (line, column) = lines.position(of: index)
            return Position(line: line, column: column)
        }

        func matches(_ delimiter: [Character], at index: Int) -> Bool {
            guard index + delimiter.count <= characters.count else { return false }
            return characters[index..<index + delimiter.count].elementsEqual(delimiter)
        }

        func isLineEnd(_ index: Int) -> Bool {
            index >= characters.count || characters[index] == "\n" || characters[index] == "\r\n" || characters[index] == "\r"
        }

        /// The tag starting at `index` as the author wrote it, up to its end delimiter or the end of the line (shortened).
        func tagText(at index: Int, state: State) -> String {
            var end = index + state.start.count
            while !isLineEnd(end) {
                if matches(state.end, at: end) {
                    end += state.end.count
                    if end < characters.count, characters[end] == "}", characters[index + state.start.count] == "{" { end += 1 }
                    break
                }
                end += 1
            }
            let text = String(characters[index..<min(end, characters.count)])
            return text.count > 60 ? String(text.prefix(57)) + "…" : text
        }

        func skipWhitespace(_ index: inout Int) {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
        }

        /// Parses until the end of the template (`open == nil`) or the tag closing `open`.
        /// Returns the nodes and the index after the closing tag.
        mutating func parseSection(open: Opening?, state initial: State, from startIndex: Int = 0) throws -> ([Node], Int) {
            var state = initial
            var nodes: [Node] = []
            var index = startIndex
            while index < characters.count {
                guard characters[index] == state.start[0] else { index += 1; continue }
                if index + state.start.count > characters.count {
                    // swift-mustache reads a whole delimiter's length here and runs out of text.
                    throw SyntaxError(position: position(index),
                        message: "the template ends with `\(String(characters[index...]))`, which starts a tag",
                        hint: "remove it, or end the file with a line break after it")
                }
                guard matches(state.start, at: index) else { index += 1; continue }
                let tagStart = index
                index += state.start.count
                guard index < characters.count else { break } // a start delimiter at the very end is ignored
                let sigil = characters[index]
                switch sigil {
                case "#", "^":
                    index += 1
                    let name = try parseName(&index, tagStart: tagStart, state: state)
                    let opening = Opening(name: name.written, transforms: name.transforms, tag: tagText(at: tagStart, state: state),
                                          position: position(tagStart), kind: .section)
                    var inner = state
                    inner.parentTopLevel = false
                    let (children, next) = try parseSection(open: opening, state: inner, from: index)
                    index = next
                    nodes.append(.section(name, inverted: sigil == "^", children: children))
                    if state.parentTopLevel { try illegalInParent(opening.tag, at: tagStart) }
                case "/":
                    index += 1
                    let nameIndex = index
                    let name = try parseName(&index, tagStart: tagStart, state: state)
                    guard let open, open.name == name.written else {
                        throw closingError(name: name, at: nameIndex, tagStart: tagStart, open: open, state: state)
                    }
                    return (nodes, index)
                case "!":
                    index += 1
                    var found = false
                    while index < characters.count {
                        if matches(state.end, at: index) { index += state.end.count; found = true; break }
                        index += 1
                    }
                    if !found {
                        throw SyntaxError(position: position(tagStart), message: "the comment `{{!` is never closed",
                                          hint: "end it with `\(String(state.end))`")
                    }
                case "{":
                    index += 1
                    let name = try parseName(&index, tagStart: tagStart, state: state, triple: true)
                    guard index < characters.count, characters[index] == "}" else {
                        throw SyntaxError(position: position(tagStart),
                            message: "the tag `\(tagText(at: tagStart, state: state))` is not closed",
                            hint: "a tag that starts with `{{{` ends with `}}}`")
                    }
                    index += 1
                    nodes.append(.variable(name))
                    if state.parentTopLevel { try illegalInParent(tagText(at: tagStart, state: state), at: tagStart) }
                case "&":
                    index += 1
                    nodes.append(.variable(try parseName(&index, tagStart: tagStart, state: state)))
                    if state.parentTopLevel { try illegalInParent(tagText(at: tagStart, state: state), at: tagStart) }
                case ">":
                    index += 1
                    skipWhitespace(&index)
                    var dynamic = false
                    if index < characters.count, characters[index] == "*" { dynamic = true; index += 1 }
                    let namePosition = position(index)
                    let name = try parsePartialName(&index, tagStart: tagStart, state: state)
                    nodes.append(.partial(name, dynamic: dynamic, position: namePosition))
                    if state.parentTopLevel { try illegalInParent(tagText(at: tagStart, state: state), at: tagStart) }
                case "<":
                    index += 1
                    skipWhitespace(&index)
                    let namePosition = position(index)
                    let written = try parsePartialName(&index, tagStart: tagStart, state: state)
                    let opening = Opening(name: written, transforms: [], tag: tagText(at: tagStart, state: state),
                                          position: position(tagStart), kind: .parent)
                    var inner = state
                    inner.parentTopLevel = true
                    let (children, next) = try parseSection(open: opening, state: inner, from: index)
                    index = next
                    var blocks: [(name: String, position: Position, children: [Node])] = []
                    for child in children {
                        if case .block(let blockName, let blockPosition, let blockChildren) = child {
                            blocks.append((blockName, blockPosition, blockChildren))
                        }
                    }
                    let dynamic = written.first == "*"
                    nodes.append(.parent(dynamic ? String(written.dropFirst()) : written, dynamic: dynamic, position: namePosition,
                                         blocks: blocks))
                    if state.parentTopLevel { try illegalInParent(opening.tag, at: tagStart) }
                case "$":
                    index += 1
                    let name = try parseName(&index, tagStart: tagStart, state: state)
                    guard name.transforms.isEmpty else {
                        throw SyntaxError(position: name.position,
                            message: "the block `\(tagText(at: tagStart, state: state))` has a transform, which blocks cannot have",
                            hint: "name the block plainly, e.g. `{{$\(name.written.prefix { $0 != "(" })}}`")
                    }
                    let opening = Opening(name: name.written, transforms: [], tag: tagText(at: tagStart, state: state),
                                          position: position(tagStart), kind: .block)
                    var inner = state
                    inner.parentTopLevel = false
                    let (children, next) = try parseSection(open: opening, state: inner, from: index)
                    index = next
                    nodes.append(.block(name.path, position: name.position, children: children))
                case "=":
                    index += 1
                    state = try parseDelimiters(&index, tagStart: tagStart, state: state)
                case "%":
                    index += 1
                    try parsePragma(&index, tagStart: tagStart, state: state)
                    if state.parentTopLevel { try illegalInParent(tagText(at: tagStart, state: state), at: tagStart) }
                default:
                    nodes.append(.variable(try parseName(&index, tagStart: tagStart, state: state)))
                    if state.parentTopLevel { try illegalInParent(tagText(at: tagStart, state: state), at: tagStart) }
                }
            }
            if let open {
                throw SyntaxError(position: open.position, message: "`\(open.tag)` is never closed",
                                  hint: "add `{{/\(open.name)}}` where the \(open.kind == .section ? "section" : open.kind == .parent ? "parent" : "block") ends")
            }
            return (nodes, index)
        }

        func illegalInParent(_ tag: String, at index: Int) throws {
            throw SyntaxError(position: position(index),
                message: "`\(tag)` stands directly inside a `{{<parent}}`, where only `{{$block}}…{{/block}}` overrides may be",
                hint: "move it into one of the blocks, e.g. `{{$main}}…{{/main}}`")
        }

        func closingError(name: Name, at index: Int, tagStart: Int, open: Opening?, state: State) -> SyntaxError {
            let tag = tagText(at: tagStart, state: state)
            guard let open else {
                return SyntaxError(position: position(index), message: "`\(tag)` closes a section that was never opened",
                                   hint: "remove it, or open the section with `{{#\(name.written)}}` before it")
            }
            let opened = "`\(open.tag)` (line \(open.position.line), column \(open.position.column))"
            var hint = "close \(opened) with `{{/\(open.name)}}` first"
            if let suggestion = Suggestion.closest(to: name.written, in: [open.name]), suggestion != name.written {
                hint = "did you mean `{{/\(open.name)}}`?"
            }
            return SyntaxError(position: position(index), message: "`\(tag)` does not close the open section \(opened)", hint: hint)
        }

        /// A name up to the end delimiter, with spaces around it; then its transforms.
        mutating func parseName(_ index: inout Int, tagStart: Int, state: State, triple: Bool = false) throws -> Name {
            skipWhitespace(&index)
            let nameStart = index
            while index < characters.count, TemplateSyntax.nameCharacters.contains(characters[index]) { index += 1 }
            let written = String(characters[nameStart..<index])
            skipWhitespace(&index)
            guard matches(state.end, at: index) else {
                throw unfinished(at: index, tagStart: tagStart, state: state, triple: triple)
            }
            index += state.end.count
            let namePosition = position(nameStart)
            guard let (path, transforms) = Self.splitTransforms(written) else {
                throw SyntaxError(position: namePosition,
                    message: "`\(written)` is not a name or a transform call",
                    hint: "write a transform as `transform(name)`, e.g. `uppercased(job.title)`, with one `)` for each `(`")
            }
            return Name(path: path, transforms: transforms, position: namePosition, written: written)
        }

        /// The error for a tag whose name is not followed by the end delimiter.
        func unfinished(at index: Int, tagStart: Int, state: State, triple: Bool) -> SyntaxError {
            let tag = tagText(at: tagStart, state: state)
            // Is the tag closed further along its line (a character a name cannot have), or not at all?
            var probe = index
            var closedLater = false
            while !isLineEnd(probe) {
                if matches(state.end, at: probe) { closedLater = true; break }
                if matches(state.start, at: probe) { break }
                probe += 1
            }
            let end = String(state.end) + (triple ? "}" : "")
            guard closedLater, index < characters.count else {
                return SyntaxError(position: position(tagStart), message: "the tag `\(tag)` is not closed",
                                   hint: "end it with `\(end)`")
            }
            let character = characters[index]
            let previous = index > 0 ? characters[index - 1] : " "
            if previous.isWhitespace, TemplateSyntax.nameCharacters.contains(character) {
                return SyntaxError(position: position(index), message: "the tag `\(tag)` has a space inside its name",
                                   hint: "a name has no spaces: join its parts with `.` (`site.title`), or remove the space")
            }
            return SyntaxError(position: position(index),
                message: "the tag `\(tag)` has `\(character)`, which a name cannot contain",
                hint: "names are letters, digits, `.`, `-`, `_` and `?`; transforms are written `uppercased(name)`")
        }

        /// `a(b(c))` → (`c`, [`a`, `b`]); nil when the brackets do not match (swift-mustache's `unfinishedName`).
        static func splitTransforms(_ written: String) -> (String, [String])? {
            let characters = Array(written)
            var index = 0
            func readName() -> String {
                let start = index
                while index < characters.count, TemplateSyntax.nameCharactersWithoutBrackets.contains(characters[index]) { index += 1 }
                return String(characters[start..<index])
            }
            let first = readName()
            if index == characters.count { return (written, []) }
            guard characters[index] == "(" else { return nil }
            index += 1
            var transforms = [first]
            while true {
                let name = readName()
                guard index < characters.count else { return nil }
                if characters[index] == ")" {
                    var closing = 0
                    while index < characters.count, characters[index] == ")" { closing += 1; index += 1 }
                    guard closing == transforms.count, index == characters.count else { return nil }
                    return (name, transforms)
                }
                guard characters[index] == "(" else { return nil }
                index += 1
                transforms.append(name)
            }
        }

        mutating func parsePartialName(_ index: inout Int, tagStart: Int, state: State) throws -> String {
            skipWhitespace(&index)
            let start = index
            while index < characters.count, TemplateSyntax.partialNameCharacters.contains(characters[index]) { index += 1 }
            let name = String(characters[start..<index])
            skipWhitespace(&index)
            guard matches(state.end, at: index) else { throw unfinished(at: index, tagStart: tagStart, state: state, triple: false) }
            index += state.end.count
            return name
        }

        mutating func parseDelimiters(_ index: inout Int, tagStart: Int, state: State) throws -> State {
            let tag = tagText(at: tagStart, state: state)
            let invalid = SyntaxError(position: position(tagStart), message: "the delimiter change `\(tag)` is malformed",
                                      hint: "write it as `{{=<% %>=}}`: the new start and end delimiters, a space between them, inside `=` signs")
            skipWhitespace(&index)
            let start = index
            while index < characters.count, !characters[index].isWhitespace { index += 1 }
            guard index < characters.count else { throw invalid }
            let newStart = Array(characters[start..<index])
            skipWhitespace(&index)
            let endStart = index
            while index < characters.count, characters[index] != "=", !characters[index].isWhitespace { index += 1 }
            guard index < characters.count else { throw invalid }
            let newEnd = Array(characters[endStart..<index])
            skipWhitespace(&index)
            guard index < characters.count, characters[index] == "=" else { throw invalid }
            index += 1
            guard matches(state.end, at: index), !newStart.isEmpty, !newEnd.isEmpty else { throw invalid }
            index += state.end.count
            var next = state
            next.start = newStart
            next.end = newEnd
            next.parentTopLevel = false
            return next
        }

        mutating func parsePragma(_ index: inout Int, tagStart: Int, state: State) throws {
            let tag = tagText(at: tagStart, state: state)
            let malformed = SyntaxError(position: position(tagStart), message: "the pragma `\(tag)` is malformed",
                                        hint: "write `{{% CONTENT_TYPE: TEXT }}` (or `HTML`), or remove it")
            func word() -> String {
                let start = index
                while index < characters.count, TemplateSyntax.nameCharactersWithoutBrackets.contains(characters[index]) { index += 1 }
                return String(characters[start..<index])
            }
            skipWhitespace(&index)
            let variable = word()
            skipWhitespace(&index)
            guard index < characters.count, characters[index] == ":" else { throw malformed }
            index += 1
            skipWhitespace(&index)
            let value = word()
            skipWhitespace(&index)
            guard matches(state.end, at: index), !variable.isEmpty, !value.isEmpty else { throw malformed }
            index += state.end.count
            guard variable == "CONTENT_TYPE" else {
                throw SyntaxError(position: position(tagStart), message: "the pragma `\(tag)` sets `\(variable)`, which does not exist",
                                  hint: "the only setting is `CONTENT_TYPE`")
            }
            guard TemplateSyntax.contentTypes.contains(value) else {
                let suggestion = Suggestion.closest(to: value, in: ["HTML", "TEXT"])
                throw SyntaxError(position: position(tagStart), message: "the pragma `\(tag)` names the content type `\(value)`, which does not exist",
                                  hint: suggestion.map { "did you mean `\($0)`?" } ?? "use `HTML` or `TEXT`")
            }
        }
    }
}
