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
    /// The templates for swift-mustache.
    let reference: MustacheLibrary
    /// The same templates for `CompiledLibrary`, nil when the theme uses what it does not read.
    let compiled: CompiledLibrary?

    /// The last libraries made, by the theme's sources and the words.
    private static let made = LockedValue<[String: WordedLibrary]>([:])

    static func library(_ theme: Theme, strings: UIStrings) -> WordedLibrary {
        let key = theme.sourcesKey + "\u{1}" + strings.signature
        if let library = made.withLock({ $0[key] }) { return library }
        var reference = MustacheLibrary()
        var texts: [String: String] = [:]
        for (name, source) in theme.sources {
            let text = writeIn(source.text, strings)
            guard let template = try? MustacheTemplate(string: TemplateEscaping.pragma + text) else {
                // Cannot happen for a theme that compiled; the words by name then.
                return WordedLibrary(reference: theme.library, compiled: nil)
            }
            reference.register(template, named: name)
            texts[name] = text
        }
        let library = WordedLibrary(reference: reference, compiled: CompiledLibrary(sources: texts))
        made.withLock { kept in
            if kept.count >= 8 { kept.removeAll() }
            kept[key] = library
        }
        return library
    }
    /// `text` with every `{{t.key}}` of a text entry replaced. Values holding `{{` or
    /// `}}` stay tags, so a word can never become template syntax.
    static func writeIn(_ text: String, _ strings: UIStrings) -> String {
        guard text.contains("{{t.") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "{{t.") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let key = rest[open.upperBound..<close.lowerBound]
            if key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), let word = strings.plainText(String(key)),
               !word.contains("{{"), !word.contains("}}"), close.upperBound == rest.endIndex || rest[close.upperBound] != "}" {
                result += Escaping.html(word)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
