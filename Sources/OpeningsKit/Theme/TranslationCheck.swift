/// The languages a site's pages are written in whose words its theme lacks. Such a
/// page still builds, with the words of the site's language or of English in their
/// place (`UIStrings`), so `check` warns once per language and says which file to
/// write, rather than letting a German page ship with English buttons unnoticed.
enum TranslationCheck {
    /// How many missing keys a finding names before it counts the rest.
    static let named = 4

    static func findings(theme: Theme, config: SiteConfig, languages: [String]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var seen: Set<String> = []
        for language in languages where seen.insert(language.lowercased()).inserted {
            let strings = UIStrings(theme: theme, language: language, fallback: config.language)
            guard !strings.borrowed.isEmpty, UIStrings.candidates(language).last != UIStrings.base else { continue }
            let primary = UIStrings.candidates(language).last!
            // The words come from the site's language when the theme has it (and it is another), else English.
            let siteTags = UIStrings.candidates(config.language)
            let fromSite = siteTags.last != primary && siteTags.contains { theme.translations[$0] != nil }
            let fallback = fromSite ? "`\(config.language)`" : "English"
            let own = UIStrings.candidates(language).compactMap { theme.translations[$0] }.first
            guard let own else {
                // The built-in theme has no folder to add a file to; a theme of the site's own does.
                let place = theme.folders.isEmpty
                    ? "a theme of your own that `extends: default` (docs/themes.md, \"Words and languages\")"
                    : "Themes/\(config.theme)/"
                findings.append(Diagnostic(.warning, at: config.location(of: language == config.language ? "language" : "languages"),
                    "theme `\(config.theme)` has no words in `\(language)`: pages show the \(fallback) ones",
                    hint: "add i18n/\(primary).yml to \(place), with the keys of the default theme's i18n/en.yml"))
                continue
            }
            let missing = strings.borrowed
            let names = missing.prefix(named).map { "`\($0)`" }.joined(separator: ", ")
                + (missing.count > named ? " and \(missing.count - named) more" : "")
            findings.append(Diagnostic(.warning, at: SourceLocation(path: own.path, line: 1, column: 1),
                "no `\(language)` words for \(names): pages show the \(fallback) ones",
                hint: "add \(missing.count == 1 ? "it" : "them") to \(own.path) (the default theme's en.yml has every key)"))
        }
        return findings
    }
}
