/// A theme template read into the nodes `CompiledLibrary` renders: the tokens
/// swift-mustache 2.x makes of the same text, whitespace included.
///
/// Why a second reader of the grammar: swift-mustache's tokens are internal, and its
/// renderer decides what every value is with protocol casts each time a tag names it
/// (see `TemplateValue`). Rendering the same tokens from typed values gives the same
/// bytes several times faster. So this reader has to cut the text exactly where
/// swift-mustache's `Template+Parser.swift` does: which lines are "standalone" (their
/// whitespace and line end dropped), the indentation a standalone partial or block
/// passes on, and the indentation a parent's overrides lose. Its quirks are kept on
/// purpose (a section's line state after its closing tag is the opening tag's, text
/// that only whitespace ends the template is dropped, …): the differential tests in
/// `TemplateEngineTests` render random templates with both and compare the bytes.
///
/// What it does not take, `parse` returns nil for, and the theme is rendered by
/// swift-mustache alone: delimiter changes (`{{=<% %>=}}`), dynamic partials and
/// parents (`{{>*name}}`), and the transforms `sorted` and `enumerated`. Only templates
/// swift-mustache has compiled are read, so a syntax error here is never the author's:
/// it also gives nil.
struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(TemplateName, escaped: Bool)
        case section(TemplateName, inverted: Bool, body: [Node])
        /// `{{>name}}` (`overrides` nil) or `{{<name}}…{{/name}}`. `indentation` is the
        /// whitespace before a standalone tag, which every line of the partial gets.
        case partial(String, indentation: String?, overrides: [String: [Node]]?)
        /// `{{$name}}fallback{{/name}}` outside a parent: an override of `name`, or `fallback`.
        case block(String, fallback: [Node], indentation: String)
        /// `{{% CONTENT_TYPE: … }}`: how the variables after it are escaped.
        case escaping(TemplateEscaper)
        /// `{{$name}}…{{/name}}` directly inside a parent; only while reading.
        case override(String, [Node])
    }

    let nodes: [Node]

    /// The nodes of `text` as swift-mustache reads it after `escaper`'s pragma line
    /// (every theme template is compiled with one, see `TemplateEscaping`).
    static func parse(_ text: String, escaper: TemplateEscaper = .openings) -> CompiledTemplate? {
        var reader = Reader(Array(text))
        guard let nodes = try? reader.parse(Reader.State()) else { return nil }
        return CompiledTemplate(nodes: [.escaping(escaper)] + nodes)
    }
}

/// Thrown when the reader meets something it does not take, or that is not valid.
private struct Unsupported: Error {}

private struct Reader {
    struct State {
        var newLine = true
        var sectionName: String?
        var sectionTransforms: [String] = []
        /// Inside `{{<parent}}…{{/parent}}`, at any depth.
        var inParent = false
        /// Directly inside a parent, where only overrides may stand.
        var parentTopLevel = false
        /// The whitespace before the first line of an override, which its later lines lose.
        var overrideIndent: Int?

        func section(_ name: String, newLine keepsNewLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.parentTopLevel = false
            if !keepsNewLine { state.newLine = false }
            return state
        }

        func parent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.inParent = true
            state.parentTopLevel = true
            return state
        }
    }

    let characters: [Character]
    var index = 0

    init(_ characters: [Character]) { self.characters = characters }

    var atEnd: Bool { index >= characters.count }
    /// The character at the reader, or NUL at the end (as swift-mustache's `current()`).
    var current: Character { atEnd ? "\0" : characters[index] }

    mutating func skip(while predicate: (Character) -> Bool) -> [Character] {
        let start = index
        while !atEnd, predicate(characters[index]) { index += 1 }
        return Array(characters[start..<index])
    }

    /// Reads `literal` if it comes next; past the end that is an error, as in swift-mustache.
    mutating func read(_ literal: String) throws -> Bool {
        let wanted = Array(literal)
        guard characters.count - index >= wanted.count else { throw Unsupported() }
        guard Array(characters[index..<index + wanted.count]) == wanted else { return false }
        index += wanted.count
        return true
    }

    static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let nameCharactersWithoutBrackets = nameCharacters.subtracting("()")
    static let partialNameCharacters = nameCharacters.union("/")

    mutating func parse(_ initial: State) throws -> [CompiledTemplate.Node] {
        var nodes: [CompiledTemplate.Node] = []
        var state = initial
        var whitespaceBefore = ""
        func flushWhitespace() {
            if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)); whitespaceBefore = "" }
        }
        while !atEnd {
            if state.newLine {
                let whitespace = skip { $0 == " " || $0 == "\t" }
                if state.inParent, !state.parentTopLevel {
                    if let indent = state.overrideIndent {
                        whitespaceBefore = String(whitespace.dropFirst(indent))
                    } else {
                        state.overrideIndent = whitespace.count
                    }
                } else {
                    whitespaceBefore = String(whitespace)
                }
            }
            let text = try readText()
            if current.isNewline {
                nodes.append(.text(whitespaceBefore + text + String(current)))
                state.newLine = true
                index += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespaceBefore + text))
                whitespaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                index += 1
                let (name, transforms) = try readName()
                if standalone(state) { setNewLine = true } else { flushWhitespace() }
                let body = try parse(state.section(name, newLine: setNewLine, transforms: transforms))
                nodes.append(.section(try TemplateName(name, transforms), inverted: inverted, body: body))
            case "/":
                index += 1
                let (name, transforms) = try readName()
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Unsupported() }
                if !standalone(state) { flushWhitespace() }
                return nodes
            case "!":
                index += 1
                try skipComment()
                setNewLine = standalone(state)
            case "{":
                flushWhitespace()
                index += 1
                let (name, transforms) = try readName()
                guard try read("}") else { throw Unsupported() }
                nodes.append(.variable(try TemplateName(name, transforms), escaped: false))
            case "&":
                flushWhitespace()
                index += 1
                let (name, transforms) = try readName()
                nodes.append(.variable(try TemplateName(name, transforms), escaped: false))
            case ">":
                index += 1
                _ = skip(while: \.isWhitespace)
                guard current != "*" else { throw Unsupported() }
                let name = try readPartialName()
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                if standalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whitespaceBefore, overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whitespaceBefore = ""
            case "<":
                index += 1
                _ = skip(while: \.isWhitespace)
                let name = try readPartialName()
                guard name.first != "*" else { throw Unsupported() }
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                if standalone(state) { setNewLine = true }
                var overrides: [String: [CompiledTemplate.Node]] = [:]
                for node in try parse(state.parent(name)) {
                    switch node {
                    case .override(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw Unsupported()
                    }
                }
                nodes.append(.partial(name, indentation: whitespaceBefore, overrides: overrides))
                whitespaceBefore = ""
            case "$":
                index += 1
                let (name, transforms) = try readName()
                guard transforms.isEmpty else { throw Unsupported() }
                if state.parentTopLevel {
                    if standalone(state) { setNewLine = true }
                    nodes.append(.override(name, try parse(state.section(name, newLine: setNewLine))))
                } else {
                    if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                    if standalone(state) { setNewLine = true }
                    let fallback = try parse(state.section(name, newLine: setNewLine))
                    nodes.append(.block(name, fallback: fallback, indentation: whitespaceBefore))
                    whitespaceBefore = ""
                }
            case "=":
                throw Unsupported()
            case "%":
                index += 1
                nodes.append(.escaping(try readPragma()))
                setNewLine = standalone(state)
            default:
                flushWhitespace()
                let (name, transforms) = try readName()
                nodes.append(.variable(try TemplateName(name, transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return nodes
    }

    /// Text up to a line end (not read) or past the next `{{`.
    mutating func readText() throws -> String {
        var text = ""
        while !atEnd {
            let character = characters[index]
            if character == "\n" || character == "\r\n" { break }
            if character == "{" {
                if try read("{{") { break }
                text.append("{")
                index += 1
                continue
            }
            text.append(character)
            index += 1
        }
        return text
    }

    /// Whether the tag just read stands alone on its line; if so its line end is read too.
    mutating func standalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var probe = index
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        guard probe < characters.count, characters[probe].isNewline else { return false }
        index = probe + 1
        return true
    }

    mutating func skipComment() throws {
        while index + 1 < characters.count {
            if characters[index] == "}", characters[index + 1] == "}" { index += 2; return }
            index += 1
        }
        throw Unsupported()
    }

    /// A tag's name up to and including `}}`, split into the name and its transforms
    /// (`first(site.departments)` is `site.departments` with `[first]`).
    mutating func readName() throws -> (String, [String]) {
        _ = skip(while: \.isWhitespace)
        let written = skip { Self.nameCharacters.contains($0) }
        _ = skip(while: \.isWhitespace)
        guard try read("}}") else { throw Unsupported() }
        guard written.contains("(") else {
            guard !written.contains(")") else { throw Unsupported() }
            return (String(written), [])
        }
        // `a(b(c))`: transforms a, b and the name c, closed by as many brackets.
        var transforms: [String] = []
        var rest = written[...]
        while let bracket = rest.firstIndex(of: "(") {
            let head = rest[..<bracket]
            guard head.allSatisfy(Self.nameCharactersWithoutBrackets.contains) else { throw Unsupported() }
            transforms.append(String(head))
            rest = rest[(bracket + 1)...]
        }
        let name = rest.prefix { Self.nameCharactersWithoutBrackets.contains($0) }
        let closing = rest.dropFirst(name.count)
        guard closing.count == transforms.count, closing.allSatisfy({ $0 == ")" }) else { throw Unsupported() }
        return (String(name), transforms)
    }

    mutating func readPartialName() throws -> String {
        _ = skip(while: \.isWhitespace)
        let name = String(skip { Self.partialNameCharacters.contains($0) })
        _ = skip(while: \.isWhitespace)
        guard try read("}}") else { throw Unsupported() }
        return name
    }

    mutating func readPragma() throws -> TemplateEscaper {
        _ = skip(while: \.isWhitespace)
        let setting = String(skip { Self.nameCharactersWithoutBrackets.contains($0) })
        _ = skip(while: \.isWhitespace)
        guard try read(":") else { throw Unsupported() }
        _ = skip(while: \.isWhitespace)
        let value = String(skip { Self.nameCharactersWithoutBrackets.contains($0) })
        _ = skip(while: \.isWhitespace)
        guard try read("}}"), setting == "CONTENT_TYPE", let escaper = TemplateEscaper(pragma: value) else { throw Unsupported() }
        return escaper
    }
}
