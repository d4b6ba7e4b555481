import Mustache

/// A theme's templates with the page language's words written in: each `{{t.key}}`
/// whose value is plain text becomes that text, escaped as `{{…}}` would escape it.
///
/// Why: a job page names eighty-odd words, and swift-mustache resolves every name at
/// run time, walking the context stack with dynamic casts; at 10,000 pages that cost
/// a quarter of the theme stage. The words are the same on every page of a build, so
/// they are resolved once, when the templates are compiled. The output is the same
/// bytes (a variable tag is never "standalone" in Mustache, so no whitespace moves),
/// and the theme check still reads the templates as written.
struct WordedLibrary: Sendable {
    /// The templates for swift-mustache, compiled the first time a page needs them: with
    /// a theme `CompiledLibrary` reads, only a context it has no case for does, and
    /// swift-mustache's parser took as long as a few hundred pages (its reading of a
    /// template grows with the square of its length), on one core, before any page.
    var reference: MustacheLibrary { store.reference }
    /// The same templates for `CompiledLibrary`, nil when the theme uses what it does not read.
    let compiled: CompiledLibrary?
    private let store: Store

    /// The worded texts, and their swift-mustache library once made.
    private final class Store: Sendable {
        let texts: [String: String]
        /// The theme as written, for a worded text swift-mustache would not take.
        let unworded: MustacheLibrary
        let made = LockedValue<MustacheLibrary?>(nil)

        init(texts: [String: String], unworded: MustacheLibrary) {
            self.texts = texts
            self.unworded = unworded
        }

        var reference: MustacheLibrary {
            made.withLock { made in
                if let made { return made }
                var library = MustacheLibrary()
                for (name, text) in texts {
                    guard let template = try? MustacheTemplate(string: TemplateEscaping.pragma + text) else {
                        // Cannot happen for a theme that compiled (`writeIn` adds no syntax); the words by name then.
                        made = unworded
                        return unworded
                    }
                    library.register(template, named: name)
                }
                made = library
                return library
            }
        }
    }

    /// The last libraries made, by the theme's sources and the words.
    private static let made = LockedValue<[String: WordedLibrary]>([:])

    static func library(_ theme: Theme, strings: UIStrings) -> WordedLibrary {
        let key = theme.sourcesKey + "\u{1}" + strings.signature
        if let library = made.withLock({ $0[key] }) { return library }
        var texts: [String: String] = [:]
        for (name, source) in theme.sources { texts[name] = writeIn(source.text, strings) }
        let library = WordedLibrary(compiled: CompiledLibrary(sources: texts), store: Store(texts: texts, unworded: theme.library))
        made.withLock { kept in
            if kept.count >= 8 { kept.removeAll() }
            kept[key] = library
        }
        return library
    }
    /// `text` with every `{{t.key}}` of a text entry replaced. Values holding a brace, a
    /// line break or NUL stay tags (they render the same): a word can never become or join
    /// template syntax, nor make the tags after it stand alone on a line, nor end the text
    /// for swift-mustache's reader, so the worded text reads as the theme did, less those tags.
    static func writeIn(_ text: String, _ strings: UIStrings) -> String {
        guard text.contains("{{t.") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "{{t.") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let key = rest[open.upperBound..<close.lowerBound]
            if key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), let word = strings.plainText(String(key)),
               !word.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D || $0 == 0x0A || $0 == 0x0D || $0 == 0 }), close.upperBound == rest.endIndex || rest[close.upperBound] != "}" {
                result += Escaping.html(word)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
