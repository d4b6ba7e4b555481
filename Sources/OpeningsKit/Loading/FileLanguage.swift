/// The language a content file says it is written in: `language:` in its front matter,
/// else its name (`engineer.de.md`, `about.pt-BR.md`: an ISO 639-1 code, with a region
/// if need be, before `.md`). A translation is a file of its own beside the original,
/// sharing its `id` (docs/languages.md).
struct FileLanguage {
    /// As written: `de`, `pt-BR`; nil when the file names none (the site's main language).
    var language: String?
    /// The file name without `.md` and without the language it names: `engineer`.
    var stem: String

    /// Reads `language:` (reporting a value that is no language tag) and, when it is
    /// absent, the file's name.
    static func read(_ file: SourceFile, reader: inout MappingReader) -> FileLanguage {
        // After the last `/`, found as a byte: every posting's name comes here.
        let path = file.relativePath
        let name = path.utf8.lastIndex(of: 0x2F).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        let whole = name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name
        if let node = reader.value("language"), let text = reader.text(node, key: "language") {
            guard SiteConfigDecoder.isLanguageTag(text) else {
                reader.error(node, SiteConfigDecoder.notATag("language", text), hint: SiteConfigDecoder.tagHint(text))
                return FileLanguage(language: nil, stem: whole)
            }
            // Said in the file: its name is only its name (`support.it.md` with `language: en`).
            return FileLanguage(language: text, stem: whole)
        }
        return named(whole)
    }

    /// The language a file name without `.md` ends in, if any.
    static func named(_ stem: String) -> FileLanguage {
        guard let dot = stem.lastIndex(of: "."), dot != stem.startIndex else { return FileLanguage(language: nil, stem: stem) }
        let suffix = stem[stem.index(after: dot)...]
        let parts = suffix.split(separator: "-", omittingEmptySubsequences: false)
        // Lower-case two-letter codes only, so `node.JS.md` or `v1.2.md` name no language.
        guard let code = parts.first, code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLowercase }),
              ISOCodes.languages[String(code)] != nil,
              parts.dropFirst().allSatisfy({ (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return FileLanguage(language: nil, stem: stem) }
        return FileLanguage(language: String(suffix), stem: String(stem[..<dot]))
    }
}
