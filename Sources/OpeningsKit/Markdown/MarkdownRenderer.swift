import Foundation
import CCmark

/// CommonMark to HTML through libcmark, with the site's safety setting.
///
/// Parsing keeps source positions so links can be checked and reported at their
/// line; rendering drops them so no `data-sourcepos` reaches the page.
public struct MarkdownRenderer: Sendable {
    public var allowUnsafeHTML: Bool
    /// The site's base path (`/careers/`): links written as `/benefits/` are moved under
    /// it, so a site served from a sub-path keeps working links.
    public var basePath: String

    /// site.yml's `language_rules` (`disable`, `severity`), for this stage's rule findings
    /// (`heading-level`, `image-alt`).
    public var ruleSettings = LanguageRuleSettings()
    /// The site's own address (`https://careers.acme.example`): absolute links to it are
    /// checked like site paths (authors copy addresses from the browser).
    public var siteOrigin: String?

    public init(allowUnsafeHTML: Bool, basePath: String = "/") {
        self.allowUnsafeHTML = allowUnsafeHTML
        self.basePath = basePath
    }

    private var renderOptions: Int32 {
        CMARK_OPT_SMART | (allowUnsafeHTML ? CMARK_OPT_UNSAFE : 0)
    }

    /// Renders a body. `firstLine` is the file line where `markdown` starts, so findings
    /// point into the file on disk.
    /// - Parameter headingOffset: added to every heading level (capped at 6), for Markdown
    ///   that sits under a heading of the page, like an interview process's text.
    public func render(_ markdown: Substring, file: SourceFile, firstLine: Int, headingOffset: Int32 = 0,
                       diagnostics: inout [Diagnostic]) -> String {
        var ignored = LinkInventory()
        return render(markdown, file: file, firstLine: firstLine, headingOffset: headingOffset, diagnostics: &diagnostics,
                      links: &ignored)
    }

    /// Renders a body and collects its links into the site (and its raw HTML's ids) for
    /// `LinkChecker`, from the same walk over the parsed document that checks them.
    public func render(_ markdown: Substring, file: SourceFile, firstLine: Int, headingOffset: Int32 = 0,
                       diagnostics: inout [Diagnostic], links: inout LinkInventory) -> String {
        var text = markdown
        return text.withUTF8 { buffer -> String in
            guard let document = buffer.withMemoryRebound(to: CChar.self, { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS | renderOptions)
            }) else { return "" }
            defer { cmark_node_free(document) }
            inspect(document, source: buffer, file: file, firstLine: firstLine, headingOffset: headingOffset,
                    diagnostics: &diagnostics, links: &links)
            guard let html = cmark_render_html(document, renderOptions) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// Where a link written as `url` points on the page: a site path (`/benefits/`) moves
    /// under the base path unless it is already there (`/careers/benefits/`, `/careers`).
    func href(_ url: String) -> String {
        guard basePath != "/", url.hasPrefix("/"), !url.hasPrefix("//"), !url.hasPrefix(basePath) else { return url }
        let bare = basePath.dropLast()
        if url == bare || url.hasPrefix(bare + "?") || url.hasPrefix(bare + "#") { return url }
        return basePath + url.dropFirst()
    }

    /// Renders one line of inline Markdown (a list item from front matter) without the
    /// surrounding paragraph.
    public func renderInline(_ markdown: String) -> String {
        if basePath != "/", markdown.contains("](/") {
            var ignored: [Diagnostic] = []
            let file = SourceFile(relativePath: "", displayPath: "", text: markdown)
            return Self.unwrapParagraph(render(markdown[...], file: file, firstLine: 1, diagnostics: &ignored))
        }
        var text = markdown
        let html: String = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let output = cmark_markdown_to_html(chars.baseAddress, chars.count, renderOptions) else { return "" }
                defer { free(output) }
                return String(cString: output)
            }
        }
        return Self.unwrapParagraph(html)
    }

    static func unwrapParagraph(_ html: String) -> String {
        var trimmed = Substring(html)
        while trimmed.last == "\n" { trimmed.removeLast() }
        if trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>"), !trimmed.dropFirst(3).contains("<p>") {
            trimmed = trimmed.dropFirst(3).dropLast(4)
        }
        return String(trimmed)
    }

    private func inspect(_ document: OpaquePointer, source: UnsafeBufferPointer<UInt8>, file: SourceFile,
                         firstLine: Int, headingOffset: Int32, diagnostics: inout [Diagnostic], links: inout LinkInventory) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var lineStarts: [Int]?
        /// Where `node` starts, or `characters` further on its line when that stays on
        /// the line (a text node's position can be off, see below: then the node's own).
        func location(_ node: OpaquePointer, characters: Int = 0) -> SourceLocation {
            var line = Int(cmark_node_get_start_line(node))
            let byteColumn = Int(cmark_node_get_start_column(node))
            if lineStarts == nil {
                // Once per body, and only for one with a finding or a link into the site.
                var starts = [0]
                if let base = source.baseAddress {
                    var offset = 0
                    while offset < source.count, let newline = memchr(base + offset, 10, source.count - offset) {
                        offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                        starts.append(offset)
                    }
                }
                lineStarts = starts
            }
            var column = byteColumn
            if let starts = lineStarts, line >= 1, line <= starts.count {
                func end(of line: Int) -> Int { line < starts.count ? starts[line] - 1 : source.count }
                func firstWord(of line: Int) -> Int {
                    let start = starts[line - 1]
                    return (source[start..<end(of: line)].firstIndex { $0 != 32 && $0 != 9 } ?? start) - start + 1
                }
                var start = starts[line - 1]
                var offset = max(0, byteColumn - 1)
                // libcmark does not count a line break inside a link's destination or
                // title, so an inline after one gets the earlier line and a column past
                // its end (found by fuzz-markdown): carry the overflow onto the lines that
                // follow, each without its indentation, as libcmark's paragraph text is.
                while start + offset > end(of: line), line < starts.count {
                    offset -= end(of: line) - start + 1
                    line += 1
                    start = starts[line - 1] + firstWord(of: line) - 1
                }
                if start + offset <= end(of: line) {
                    column = String(decoding: UnsafeBufferPointer(rebasing: source[starts[line - 1]..<start + offset]), as: UTF8.self).count + 1
                    if characters > 0, column + characters <= String(decoding: UnsafeBufferPointer(rebasing: source[starts[line - 1]..<end(of: line)]), as: UTF8.self).count {
                        column += characters
                    }
                } else {
                    // Past the body's end: the finding goes to the line's first word.
                    column = firstWord(of: line)
                }
            }
            return file.location(line: line + firstLine - 1, column: column)
        }
        // The same link finding twice at one place (libcmark's positions after a line
        // break can coincide) is one finding, not two.
        func once(_ finding: Diagnostic) {
            if !diagnostics.contains(finding) { diagnostics.append(finding) }
        }
        var warnedAboutHTML = false
        var warnedAboutBullets = false
        // Template tags from another generator: the first is reported, with how many follow.
        var templateTags: (location: SourceLocation, tag: String, count: Int)?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING where headingOffset != 0:
                cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + headingOffset))
            case CMARK_NODE_HEADING where cmark_node_get_heading_level(node) == 1:
                // The theme shows the title as the page's one `#` heading.
                ruleFinding(Diagnostic(.warning, at: location(node), "a level-1 heading in the body; the page's title is already its `#` heading",
                                       hint: "start sections at `##`", rule: "heading-level"), into: &diagnostics)
            case CMARK_NODE_TEXT:
                guard let literal = cmark_node_get_literal(node) else { break }
                // "• Dental" pasted from a document is a paragraph to Markdown, not a list.
                if !warnedAboutBullets, literal[0] == CChar(bitPattern: 0xE2), literal[1] == CChar(bitPattern: 0x80), literal[2] == CChar(bitPattern: 0xA2) {
                    warnedAboutBullets = true
                    ruleFinding(Diagnostic(.warning, at: location(node), "a line starting with “•” is not a list item in Markdown: the lines run together in one paragraph",
                                           hint: "start each item with `- ` on its own line", rule: "bullet-character"), into: &diagnostics)
                }
                let tags = Self.templateTags(in: literal)
                guard let first = tags.first else { break }
                if let found = templateTags {
                    templateTags?.count = found.count + tags.count
                } else {
                    // A text node is one line; the tag starts that many characters in
                    // (after a line break inside a link destination libcmark's position for
                    // the node is off, found by fuzz-markdown: then the node's own place).
                    templateTags = (location(node, characters: first.offset), first.tag, tags.count)
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if cmark_node_get_type(node) == CMARK_NODE_IMAGE, cmark_node_first_child(node) == nil {
                    ruleFinding(Diagnostic(.warning, at: location(node), "an image without a description: screen readers have nothing to say for it",
                                           hint: "write what it shows between the brackets: `![The team at the Denver office](…)`", rule: "image-alt"),
                                into: &diagnostics)
                }
                if let problem = URLPolicy.problem(with: url, relativeAllowed: true) {
                    once(Diagnostic(.error, at: location(node), "link target \(problem)",
                                    hint: "link to an https://, http:// or mailto: address, or a path in the site"))
                } else if let path = ownPath(url) {
                    links.links.append(InternalLink(written: url, href: path, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                                                    location: location(node)))
                } else if let host = URLPolicy.loopbackHost(url) {
                    once(Diagnostic(.warning, at: location(node),
                        "link to `\(host)`, which is the reader's own computer: it works only where it was copied from",
                        hint: "link to the published address, or to a path in the site (`/benefits/`)"))
                } else if InternalLink.isInternal(url) {
                    let href = self.href(url)
                    if href != url { cmark_node_set_url(node, href) }
                    links.links.append(InternalLink(written: url, href: href, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                                                    location: location(node)))
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if allowUnsafeHTML {
                    // Kept on the page: its ids are link targets too.
                    if let literal = cmark_node_get_literal(node) {
                        links.ids.formUnion(AnchorIDs.scan(String(cString: literal), template: false))
                    }
                } else if !warnedAboutHTML {
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    if !literal.hasPrefix("<!--") {
                        warnedAboutHTML = true
                        diagnostics.append(Diagnostic(.warning, at: location(node), "raw HTML is left out of the page",
                                                      hint: "write it in Markdown, or set `markdown: { unsafe_html: true }` in site.yml if you trust every author"))
                    }
                }
            default: break
            }
        }
        if let found = templateTags {
            diagnostics.append(Diagnostic(.error, at: found.location,
                "template tags are not run, so `\(found.tag)` would be published as written\(found.count > 1 ? " (and \(found.count - 1) more in this file)" : "")",
                hint: "remove them or write the text they stood for; Openings does not run Liquid, Go or Hugo templates in postings (to show braces, put them in `code`)",
                rule: "template-tags"))
        }
    }

    /// The site path of an absolute link to this site (`https://careers.acme.example/benefits/`
    /// → `/benefits/`), http or https alike; nil for any other link.
    func ownPath(_ url: String) -> String? {
        guard var origin = siteOrigin else { return nil }
        // ASCII addresses (nearly all) are compared as bytes: Foundation's search for the
        // scheme was most of reading each link. Others are compared by characters.
        var bytes = url
        if let answer = bytes.withUTF8({ url in origin.withUTF8 { Self.asciiOwnPath(url, origin: $0) } }) { return answer }
        return Self.characterOwnPath(url, origin: origin)
    }

    /// `ownPath` compared by characters (`ByteReadingTests` holds `asciiOwnPath` to it).
    static func characterOwnPath(_ url: String, origin: String) -> String? {
        guard let schemeEnd = origin.range(of: "://") else { return nil }
        let host = origin[schemeEnd.upperBound...]
        for scheme in ["https://", "http://"] where url.hasPrefix(scheme) && url.dropFirst(scheme.count).hasPrefix(host) {
            let rest = url.dropFirst(scheme.count + host.count)
            if rest.isEmpty { return "/" }
            if let first = rest.first, first == "/" || first == "?" || first == "#" { return first == "/" ? String(rest) : "/" + rest }
        }
        return nil
    }

    /// `ownPath` of ASCII texts; nil (not an answer) when either has another byte.
    static func asciiOwnPath(_ url: UnsafeBufferPointer<UInt8>, origin: UnsafeBufferPointer<UInt8>) -> String?? {
        guard url.allSatisfy({ $0 < 0x80 }), origin.allSatisfy({ $0 < 0x80 }) else { return nil }
        func starts(_ text: UnsafeBufferPointer<UInt8>, at start: Int, with prefix: some Collection<UInt8>) -> Bool {
            text.count - start >= prefix.count && zip(text[start...], prefix).allSatisfy { $0 == $1 }
        }
        guard let schemeEnd = (0..<max(0, origin.count - 2)).first(where: { starts(origin, at: $0, with: "://".utf8) }) else { return .some(nil) }
        let host = origin[(schemeEnd + 3)...]
        for scheme in ["https://", "http://"] where starts(url, at: 0, with: scheme.utf8) && starts(url, at: scheme.utf8.count, with: host) {
            let rest = UnsafeBufferPointer(rebasing: url[(scheme.utf8.count + host.count)...])
            guard let first = rest.first else { return "/" }
            if first == 0x2F { return String(decoding: rest, as: UTF8.self) }
            if first == 0x3F || first == 0x23 { return "/" + String(decoding: rest, as: UTF8.self) }
        }
        return .some(nil)
    }

    /// A finding of a rule site.yml may turn off or re-grade, as the language rules are.
    private func ruleFinding(_ diagnostic: Diagnostic, into diagnostics: inout [Diagnostic]) {
        guard let rule = diagnostic.rule, !ruleSettings.disabled.contains(rule) else { return }
        var diagnostic = diagnostic
        if let severity = ruleSettings.severities[rule] { diagnostic.severity = severity }
        diagnostics.append(diagnostic)
    }

    /// The Liquid (`{{ page.title }}`, `{% include x %}`) and Go/Hugo (`{{< shortcode >}}`)
    /// tags in a text: each as written (shortened), and its offset in characters.
    static func templateTags(in literal: UnsafePointer<CChar>) -> [(tag: String, offset: Int)] {
        var result: [(String, Int)] = []
        var cursor = literal
        while let brace = strchr(cursor, 0x7B /* { */) {
            let kind = brace[1]
            guard kind == 0x7B || kind == 0x25 /* { or % */ else { cursor = UnsafePointer(brace + 1); continue }
            guard let close = strstr(brace + 2, kind == 0x25 ? "%}" : "}}") else { break }
            let tag = String(decoding: UnsafeRawBufferPointer(start: brace, count: brace.distance(to: close) + 2), as: UTF8.self)
            let offset = String(decoding: UnsafeRawBufferPointer(start: literal, count: literal.distance(to: brace)), as: UTF8.self).count
            result.append((tag.count > 40 ? String(tag.prefix(37)) + "…" : tag, offset))
            cursor = UnsafePointer(close + 2)
        }
        return result
    }
}
