import CLibXML2

/// A job board's HTML description as Markdown, read with libxml2's HTML parser (the
/// tolerant parser browsers' behaviour is measured against): headings, paragraphs,
/// lists, emphasis, links, quotes, code and line breaks are kept; scripts, styles,
/// forms, images, embedded frames and every attribute but a link's target are dropped.
/// Links keep only http, https and mailto targets, as in authored postings; the text
/// is escaped so nothing in it reads as Markdown or HTML it was not.
enum HTMLToMarkdown {
    /// `title`: the posting's title; a first heading that only repeats it is left out
    /// (job boards' editors often start with it, and the page shows the title already).
    /// `leavingOut`: class names whose elements are left out with all they hold (a
    /// board's own block of what the posting's fields already say).
    static func convert(_ html: String, title: String? = nil, leavingOut classes: Set<String> = []) -> String {
        guard let document = parse(html) else { return "" }
        defer { xmlFreeDoc(document) }
        let root = xmlDocGetRootElement(document)
        var converter = Converter()
        converter.droppedClasses = classes
        if let title, let first = Converter.firstHeading(in: root, droppedClasses: classes),
           Converter.trimmed(converter.inline(children: first, emphasis: false)).lowercased() == title.trimmingWhitespace().lowercased() {
            converter.skipped = first
        }
        converter.headingShift = Converter.headingShift(of: root, skipping: converter.skipped, droppedClasses: classes) ?? 0
        converter.block(children: root)
        converter.flush()
        return converter.blocks.joined(separator: "\n\n")
    }

    /// The text of HTML written as text (`&lt;p&gt;Hello&amp;nbsp;…`, as Greenhouse's
    /// `content` is): entities decoded once, tags left as they are.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        // The text is put inside an element so the parser decodes its entities and
        // nothing else: with its `<` escaped, no tag can open in it (its `&`s are the
        // entities to decode, and every HTML entity is decoded, not only the five that
        // escaping makes: Greenhouse's text has `&nbsp;` and `&#8217;` too).
        let escaped = "<p>" + text.replacingAll("<", with: "&lt;") + "</p>"
        guard let document = parse(escaped) else { return text }
        defer { xmlFreeDoc(document) }
        var result = ""
        func collect(_ node: UnsafeMutablePointer<xmlNode>?) {
            var node = node
            while let current = node {
                if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                    result += String(cString: content)
                }
                collect(current.pointee.children)
                node = current.pointee.next
            }
        }
        collect(xmlDocGetRootElement(document))
        return result
    }

    /// libxml2 must be set up once before threads use it (its documentation's rule).
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    private static func parse(_ html: String) -> htmlDocPtr? {
        guard initialised, !html.isEmpty else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        let bytes = Array(html.utf8)
        guard bytes.count < Int32.max else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlReadMemory($0, Int32(bytes.count), nil, "UTF-8", options)
            }
        }
    }

    /// Characters that Markdown would read as markup, escaped (also used for the
    /// compliance report's Markdown): `*`, `_` at a word's
    /// edge, `` ` ``, `[`, `]`, `<`, `\`, and `&` that starts an entity.
    static func escape(_ text: String) -> String {
        var result = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "*", "`", "[", "]", "<":
                result += "\\" + String(character)
            case "_":
                let before = index > 0 ? characters[index - 1] : " ", after = index + 1 < characters.count ? characters[index + 1] : " "
                let inWord = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
                result += inWord ? "_" : "\\_"
            case "&":
                let rest = characters[(index + 1)...].prefix(33)
                if let semicolon = rest.firstIndex(of: ";"), semicolon > index + 1,
                   rest[..<semicolon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }) {
                    result += "\\&"
                } else {
                    result += "&"
                }
            default:
                result.append(character)
            }
        }
        return result
    }
}

/// The walk over the parsed tree: blocks as Markdown text, inline content gathered
/// into the paragraph being built.
private struct Converter {
    var blocks: [String] = []
    var paragraph = ""
    /// How many levels headings move so the largest becomes `##` (the page's `#` is the title).
    var headingShift = 0
    /// The level of the last real heading written: a bold-paragraph heading sits below it.
    var lastHeadingLevel: Int?
    /// The heading that repeats the title, left out.
    var skipped: UnsafeMutablePointer<xmlNode>?
    /// Elements with one of these classes are left out (`HTMLToMarkdown.convert`'s `leavingOut`).
    var droppedClasses: Set<String> = []

    /// Elements whose content is never shown to a reader of the page.
    static let dropped: Set<String> = ["script", "style", "noscript", "iframe", "object", "embed", "form", "input",
                                       "button", "select", "textarea", "svg", "math", "template", "head", "title",
                                       "meta", "link", "img", "picture", "video", "audio", "canvas", "map", "frame",
                                       "frameset", "applet", "base"]
    static let blockElements: Set<String> = ["p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
                                             "figure", "figcaption", "address", "center", "body", "html", "dl", "dt", "dd",
                                             "details", "summary", "fieldset", "caption", "tbody", "thead", "tfoot"]

    /// The first `<h1>`…`<h6>` in document order.
    static func firstHeading(in root: UnsafeMutablePointer<xmlNode>?, droppedClasses: Set<String>) -> UnsafeMutablePointer<xmlNode>? {
        var node = root
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, !hasClass(current, in: droppedClasses) {
                if headingLevel(name(current)) != nil { return current }
                if !dropped.contains(name(current)),
                   let found = firstHeading(in: current.pointee.children, droppedClasses: droppedClasses) { return found }
            }
            node = current.pointee.next
        }
        return nil
    }

    static func headingShift(of root: UnsafeMutablePointer<xmlNode>?, skipping: UnsafeMutablePointer<xmlNode>?,
                             droppedClasses: Set<String>) -> Int? {
        var smallest = 7
        func visit(_ node: UnsafeMutablePointer<xmlNode>?) {
            var node = node
            while let current = node {
                if current.pointee.type == XML_ELEMENT_NODE, hasClass(current, in: droppedClasses) {
                    node = current.pointee.next
                    continue
                }
                if current.pointee.type == XML_ELEMENT_NODE, current != skipping, let level = headingLevel(name(current)) {
                    smallest = min(smallest, level)
                }
                visit(current.pointee.children)
                node = current.pointee.next
            }
        }
        visit(root)
        return smallest == 7 ? nil : 2 - smallest
    }

    /// Whether the element's `class` names one of `classes` (class names are
    /// case-sensitive and separated by white space, as in CSS).
    static func hasClass(_ node: UnsafeMutablePointer<xmlNode>, in classes: Set<String>) -> Bool {
        guard !classes.isEmpty, let value = attribute(node, "class") else { return false }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            .contains { classes.contains(String($0)) }
    }

    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let digit = name.last?.wholeNumberValue, (1...6).contains(digit) else { return nil }
        return digit
    }

    static func name(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func attribute(_ node: UnsafeMutablePointer<xmlNode>, _ wanted: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
                var text = ""
                var child = current.pointee.children
                while let value = child {
                    if let content = value.pointee.content { text += String(cString: content) }
                    child = value.pointee.next
                }
                return text
            }
            attribute = current.pointee.next
        }
        return nil
    }

    // MARK: Blocks

    mutating func block(children parent: UnsafeMutablePointer<xmlNode>?) {
        var node = parent?.pointee.children
        while let current = node {
            block(current)
            node = current.pointee.next
        }
    }

    mutating func block(_ node: UnsafeMutablePointer<xmlNode>) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            paragraph += HTMLToMarkdown.escape(Self.collapse(node.pointee.content.map { String(cString: $0) } ?? ""))
            return
        case XML_ELEMENT_NODE:
            break
        default:
            return
        }
        let name = Self.name(node)
        if Self.dropped.contains(name) || node == skipped || Self.hasClass(node, in: droppedClasses) { return }
        if let level = Self.headingLevel(name) {
            flush()
            let text = Self.trimmed(inline(children: node, emphasis: false))
            let shifted = max(2, min(6, level + headingShift))
            if !text.isEmpty {
                blocks.append(String(repeating: "#", count: shifted) + " " + text)
                lastHeadingLevel = shifted
            }
            return
        }
        switch name {
        case "p":
            flush()
            // `<p><strong>About the role</strong></p>`: job boards' editors make headings so.
            if let heading = pseudoHeading(node) {
                // Below the section it sits in, or a section of its own before any heading.
                blocks.append(String(repeating: "#", count: lastHeadingLevel.map { min($0 + 1, 6) } ?? 2) + " " + heading)
                return
            }
            paragraph += inline(children: node, emphasis: true)
            flush()
        case "ul", "ol", "menu":
            flush()
            let list = self.list(node, ordered: name == "ol")
            if !list.isEmpty { blocks.append(list) }
        case "li":
            // An item outside a list: a list of one.
            flush()
            let list = self.list(node, ordered: false, single: true)
            if !list.isEmpty { blocks.append(list) }
        case "blockquote":
            flush()
            var inner = nested()
            inner.block(children: node)
            inner.flush()
            if !inner.blocks.isEmpty {
                blocks.append(inner.blocks.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n"))
            }
        case "pre":
            flush()
            let code = Self.text(of: node).trimmingTrailingNewlines()
            if !code.trimmingWhitespace().isEmpty {
                let fence = code.contains("```") ? "~~~~" : "```"
                blocks.append(fence + "\n" + code + "\n" + fence)
            }
        case "hr":
            flush()
            blocks.append("* * *")
        case "br":
            paragraph += "\\\n"
        case "table":
            flush()
            tableRows(node)
        case "tr":
            flush()
            row(node)
        default:
            if Self.blockElements.contains(name) {
                flush()
                // Lever and others write paragraphs as `<div>`s, headings as bold ones.
                if name == "div", let heading = pseudoHeading(node) {
                    blocks.append(String(repeating: "#", count: lastHeadingLevel.map { min($0 + 1, 6) } ?? 2) + " " + heading)
                    return
                }
                block(children: node)
                flush()
            } else {
                paragraph += inline(node, emphasis: true)
            }
        }
    }


    /// The text of a paragraph that is nothing but one short bold phrase, as a heading.
    func pseudoHeading(_ node: UnsafeMutablePointer<xmlNode>) -> String? {
        var only: UnsafeMutablePointer<xmlNode>?
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE {
                if !Self.text(of: current).trimmingWhitespace().isEmpty { return nil }
            } else if current.pointee.type == XML_ELEMENT_NODE {
                if Self.name(current) == "br" { child = current.pointee.next; continue }
                guard only == nil, ["strong", "b"].contains(Self.name(current)) else { return nil }
                only = current
            }
            child = current.pointee.next
        }
        guard let only else { return nil }
        var text = Self.trimmed(inline(children: only, emphasis: false))
        guard !text.isEmpty, text.count <= 80, !text.hasSuffix("."), !text.contains("\\\n") else { return nil }
        // `Requirements:` is a label's punctuation, not a heading's.
        while text.hasSuffix(":") { text.removeLast() }
        return text.isEmpty ? nil : text.trimmingWhitespace()
    }

    mutating func flush() {
        var text = Self.trimmed(paragraph)
        paragraph = ""
        guard !text.isEmpty else { return }
        text = text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.escapeLineStart(String($0)) }.joined(separator: "\n")
        blocks.append(text)
    }

    func list(_ node: UnsafeMutablePointer<xmlNode>, ordered: Bool, single: Bool = false) -> String {
        var items: [String] = []
        var number = 1
        if ordered, let start = Self.attribute(node, "start").flatMap({ Int($0.trimmingWhitespace()) }), (0...999_999).contains(start) {
            number = start
        }
        func item(_ content: [String]) {
            guard !content.isEmpty else { return }
            let marker = ordered ? "\(number). " : "- "
            number += 1
            let indent = String(repeating: " ", count: marker.count)
            var text = ""
            for (index, block) in content.enumerated() {
                let digits = block.prefix(while: \.isASCIIDigit)
                let isList = block.hasPrefix("- ") || (!digits.isEmpty && block.dropFirst(digits.count).hasPrefix(". "))
                if index > 0 { text += isList ? "\n" : "\n\n" }
                text += block.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
                    (index == 0 && offset == 0) ? marker + line : (line.isEmpty ? "" : indent + line)
                }.joined(separator: "\n")
            }
            items.append(text)
        }
        if single {
            item(itemBlocks(node))
        } else {
            var child = node.pointee.children
            var loose = nested()
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, Self.name(current) == "li" {
                    loose.flush()
                    item(loose.blocks)
                    loose.blocks = []
                    item(itemBlocks(current))
                } else {
                    // Text or elements straight inside `<ul>` (invalid, but written): an item of their own.
                    loose.block(current)
                }
                child = current.pointee.next
            }
            loose.flush()
            item(loose.blocks)
        }
        return items.joined(separator: "\n")
    }

    /// A converter for the blocks inside a list item or quote, with this one's settings.
    func nested() -> Converter {
        var converter = Converter()
        converter.headingShift = headingShift
        converter.droppedClasses = droppedClasses
        converter.lastHeadingLevel = lastHeadingLevel
        return converter
    }

    func itemBlocks(_ node: UnsafeMutablePointer<xmlNode>) -> [String] {
        var inner = nested()
        inner.block(children: node)
        inner.flush()
        return inner.blocks
    }

    mutating func tableRows(_ node: UnsafeMutablePointer<xmlNode>) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = Self.name(current)
                if name == "tr" { row(current) } else if ["tbody", "thead", "tfoot"].contains(name) { tableRows(current) }
                else if name == "caption" { block(current) }
            }
            child = current.pointee.next
        }
    }

    /// A table row as one line of its cells: Markdown without extensions has no tables,
    /// and job boards use them for layout more than for data.
    mutating func row(_ node: UnsafeMutablePointer<xmlNode>) {
        var cells: [String] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, ["td", "th"].contains(Self.name(current)) {
                let text = Self.trimmed(inline(children: current, emphasis: true).replacingAll("\\\n", with: " "))
                if !text.isEmpty { cells.append(text) }
            }
            child = current.pointee.next
        }
        if !cells.isEmpty { blocks.append(Self.escapeLineStart(cells.joined(separator: " · "))) }
    }

    // MARK: Inline

    func inline(children parent: UnsafeMutablePointer<xmlNode>, emphasis: Bool) -> String {
        var result = ""
        var node = parent.pointee.children
        while let current = node {
            result += inline(current, emphasis: emphasis)
            node = current.pointee.next
        }
        return result
    }

    func inline(_ node: UnsafeMutablePointer<xmlNode>, emphasis: Bool) -> String {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return HTMLToMarkdown.escape(Self.collapse(node.pointee.content.map { String(cString: $0) } ?? ""))
        case XML_ELEMENT_NODE:
            break
        default:
            return ""
        }
        let name = Self.name(node)
        if Self.dropped.contains(name) || Self.hasClass(node, in: droppedClasses) { return "" }
        switch name {
        case "br":
            return "\\\n"
        case "strong", "b":
            return emphasis ? Self.wrap(inline(children: node, emphasis: emphasis), in: "**") : inline(children: node, emphasis: emphasis)
        case "em", "i", "cite":
            return emphasis ? Self.wrap(inline(children: node, emphasis: emphasis), in: "*") : inline(children: node, emphasis: emphasis)
        case "code", "kbd", "samp", "tt":
            let text = Self.collapse(Self.text(of: node))
            guard !text.trimmingWhitespace().isEmpty else { return text }
            let fence = text.contains("`") ? "`` " : "`"
            return fence + text.trimmingWhitespace() + String(fence.reversed())
        case "a":
            let text = inline(children: node, emphasis: emphasis)
            guard let href = Self.attribute(node, "href")?.trimmingWhitespace(), URLPolicy.problem(with: href) == nil else { return text }
            let label = Self.trimmed(text)
            let target = href.contains(where: { " ()<>".contains($0) }) ? "<\(href.replacingAll(" ", with: "%20").replacingAll("<", with: "%3C").replacingAll(">", with: "%3E"))>" : href
            if label.isEmpty { return "<\(href)>".contains(" ") ? "" : "[\(HTMLToMarkdown.escape(href))](\(target))" }
            let leading = text.hasPrefix(" ") ? " " : "", trailing = text.hasSuffix(" ") ? " " : ""
            return leading + "[\(label)](\(target))" + trailing
        default:
            if Self.blockElements.contains(name) || Self.headingLevel(name) != nil || ["li", "ul", "ol", "p", "tr", "table", "pre", "blockquote"].contains(name) {
                // A block inside inline content (a `<div>` in a `<span>`): a space keeps words apart.
                return " " + inline(children: node, emphasis: emphasis) + " "
            }
            return inline(children: node, emphasis: emphasis)
        }
    }

    /// `**bold**` around the words, with the spaces at the ends left outside so the
    /// markers touch the words (CommonMark needs that).
    static func wrap(_ text: String, in marker: String) -> String {
        let core = trimmed(text)
        guard !core.isEmpty else { return text }
        let leading = text.first == " " ? " " : "", trailing = text.last == " " ? " " : ""
        return leading + marker + core + marker + trailing
    }

    // MARK: Text

    /// Every run of HTML whitespace as one space, as a browser shows it (a no-break
    /// space included: job boards pad with them).
    static func collapse(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" || scalar == "\u{A0}" {
                if !lastWasSpace { result.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                continue
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return result
    }

    /// A line that would start a heading, quote, list or rule, escaped at its start.
    static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#>+=".contains(first) || (first == "-" && (line.count == 1 || line.dropFirst().first == " " || line.allSatisfy { $0 == "-" || $0 == " " })) {
            return "\\" + line
        }
        // `1. ` or `1) ` at the start: an ordered list to Markdown.
        let digits = line.prefix(while: \.isASCIIDigit)
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")", rest.count == 1 || rest.dropFirst().first == " " {
                return digits + "\\" + rest
            }
        }
        return line
    }

    /// Spaces and hard breaks trimmed from both ends, and the spaces around a break.
    static func trimmed(_ text: String) -> String {
        var text = text
        while text.contains("  ") { text = text.replacingAll("  ", with: " ") }
        text = text.replacingAll(" \\\n", with: "\\\n").replacingAll("\\\n ", with: "\\\n")
        while true {
            let before = text
            while text.hasSuffix("\\\n") { text.removeLast(2) }
            while text.hasPrefix("\\\n") { text.removeFirst(2) }
            while let last = text.unicodeScalars.last, last == " " || last == "\n" { text.unicodeScalars.removeLast() }
            while let first = text.unicodeScalars.first, first == " " || first == "\n" { text.unicodeScalars.removeFirst() }
            if text == before { return text }
        }
    }

    /// All the text under a node, as written (for `<pre>` and `<code>`).
    static func text(of node: UnsafeMutablePointer<xmlNode>) -> String {
        if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
            return node.pointee.content.map { String(cString: $0) } ?? ""
        }
        guard node.pointee.type == XML_ELEMENT_NODE, !dropped.contains(name(node)) else { return "" }
        if name(node) == "br" { return "\n" }
        var result = ""
        var child = node.pointee.children
        while let current = child {
            result += text(of: current)
            child = current.pointee.next
        }
        return result
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        while text.hasPrefix("\n") { text.removeFirst() }
        return text
    }
}
