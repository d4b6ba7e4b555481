import Foundation
import Mustache

/// A theme with its `extends` chain flattened: the child's files win.
public struct Theme: Sendable {
    public enum AssetSource: Sendable, Hashable {
        case file(String)
        case embedded([UInt8])
    }

    public var name: String
    /// Compiled templates, by name without `.mustache`.
    public var library: MustacheLibrary
    /// Assets by path relative to `assets/`.
    public var assets: [String: AssetSource]
    /// Theme folders the site's theme is made of, nearest first (for the preview server's watcher).
    public var folders: [String]
    /// By template name: the `id`s its HTML can have, with those of the partials and
    /// parents it names (for checking `#fragment` links, see `LinkChecker`).
    var anchorIDs: [String: AnchorIDs] = [:]
    /// Every template's text and where it came from, by name: what the theme check reads.
    public var sources: [String: TemplateSource]
    /// A hash of every template's name, path and text: the same theme gives the same key.
    public var sourcesKey: String
    /// The words of each language the theme speaks (`i18n/<language>.yml`, a child's
    /// keys over its parent's), by lowercased language tag.
    public var translations: [String: TranslationTable] = [:]

    /// A template as the author wrote it.
    public struct TemplateSource: Sendable {
        public var name: String
        /// The path printed in findings (`Themes/x/templates/job.mustache`).
        public var path: String
        public var text: String
    }

    /// Templates every theme must have, so no page silently renders empty.
    public static let requiredTemplates = ["index", "listing", "job", "page", "404"]

    static let maximumChain = 8

    /// The last theme compiled, by a hash of its template sources, with its templates' ids.
    private static let compiled = LockedValue<(key: String, library: MustacheLibrary, anchorIDs: [String: AnchorIDs])?>(nil)

    /// Loads `name` from `Themes/`, falling back to the built-in default theme.
    static func load(named name: String, files: SiteFiles, requestedAt location: SourceLocation,
                     diagnostics: inout [Diagnostic]) -> Theme? {
        var templateSources: [String: (text: String, path: String)] = [:]
        var assets: [String: AssetSource] = [:]
        var layers: [(templates: [String: (String, String)], assets: [String: AssetSource], words: [TranslationTable])] = []
        var folders: [String] = []
        var current: String? = name
        var seen: [String] = []
        var requestedBy = location
        while let themeName = current {
            if seen.contains(themeName) {
                diagnostics.append(Diagnostic(.error, at: requestedBy,
                    "theme `\(themeName)` extends itself through \(seen.joined(separator: " → ")) → \(themeName)",
                    hint: "remove one `extends`"))
                return nil
            }
            guard seen.count < maximumChain else {
                diagnostics.append(Diagnostic(.error, at: requestedBy, "theme chain is longer than \(maximumChain)"))
                return nil
            }
            seen.append(themeName)
            let folder = "Themes/\(themeName)"
            if files.kind(folder, diagnostics: &diagnostics) == .directory {
                folders.append(files.absolute(folder))
                let layer = loadFolder(folder, files: files, diagnostics: &diagnostics)
                layers.append((layer.templates, layer.assets, layer.words))
                current = layer.extends?.name
                if let extends = layer.extends { requestedBy = extends.location }
            } else if themeName == "default" {
                let builtIn = DefaultTheme.layer()
                layers.append((builtIn.templates, builtIn.assets, builtIn.words))
                current = nil
            } else {
                let available = files.list("Themes", suffix: "theme.yml", recursive: true, diagnostics: &diagnostics)
                    .compactMap { $0.split(separator: "/").dropFirst().first.map(String.init) }
                diagnostics.append(Diagnostic(.error, at: requestedBy, "theme `\(themeName)` not found in Themes/",
                    hint: (Suggestion.closest(to: themeName, in: ["default"] + available).map { "did you mean `\($0)`? " } ?? "")
                        + "available: \(Set(["default"] + available).sorted().joined(separator: ", "))"))
                return nil
            }
        }
        var translations: [String: TranslationTable] = [:]
        for layer in layers.reversed() {
            templateSources.merge(layer.templates.mapValues { (text: $0.0, path: $0.1) }) { _, child in child }
            assets.merge(layer.assets) { _, child in child }
            for table in layer.words {
                guard var merged = translations[table.language] else { translations[table.language] = table; continue }
                merged.entries.merge(table.entries) { _, child in child }
                merged.locations.merge(table.locations) { _, child in child }
                merged.path = table.path
                translations[table.language] = merged
            }
        }
        var sourcesKey = ContentHasher()
        for (templateName, source) in templateSources.sorted(by: { $0.key < $1.key }) {
            sourcesKey.add(templateName)
            sourcesKey.add(source.path)
            sourcesKey.add(source.text)
        }
        // The preview server loads the theme on every rebuild; parsing is the costly part.
        let sources = Dictionary(uniqueKeysWithValues: templateSources.map {
            ($0.key, TemplateSource(name: $0.key, path: $0.value.path, text: $0.value.text))
        })
        if let (library, ids) = compiled.withLock({ $0?.key == sourcesKey.hex ? $0.map { ($0.library, $0.anchorIDs) } : nil }) {
            return Theme(name: name, library: library, assets: assets, folders: folders,
                         anchorIDs: ids, sources: sources, sourcesKey: sourcesKey.hex, translations: translations)
        }
        TemplateEscaping.install()
        var library = MustacheLibrary()
        var failed = false
        let ordered = templateSources.sorted(by: { $0.key < $1.key })
        // Parsed side by side: swift-mustache's parser is most of loading a theme (its
        // reading grows with the square of a template's length), before any page.
        // Nesting first: too deep a template would exhaust the parser's stack.
        let parsed = ordered.map(\.value.text).parallelMap { text -> (nested: (line: Int, column: Int)?, template: Result<MustacheTemplate, any Error>?) in
            if let nested = TemplateSyntax.excessiveNesting(text) { return (nested, nil) }
            return (nil, Result { try MustacheTemplate(string: TemplateEscaping.pragma + text) })
        }
        for ((templateName, source), (nested, parsedTemplate)) in zip(ordered, parsed) {
            guard let result = parsedTemplate else {
                let (line, column) = nested ?? (1, 1)
                diagnostics.append(Diagnostic(.error, at: SourceLocation(path: source.path, line: line, column: column),
                    "sections are nested more than \(TemplateSyntax.maximumNesting) deep here",
                    hint: "close some of the sections above (`{{/name}}`), or move a part into a partial"))
                failed = true
                continue
            }
            do {
                library.register(try result.get(), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma sits on a line of its own before the author's first line.
                let line = max(1, error.context.lineNumber - 1), column = error.context.columnNumber
                diagnostics.append(syntaxError(in: source, reported: error.error, line: line, column: column))
                failed = true
            } catch {
                diagnostics.append(syntaxError(in: source, reported: error, line: 1, column: 1))
                failed = true
            }
        }
        for required in requiredTemplates where templateSources[required] == nil {
            diagnostics.append(Diagnostic(.error, at: location,
                "theme `\(name)` has no `\(required).mustache` template", hint: "add it, or `extends: default` in theme.yml"))
            failed = true
        }
        if failed { return nil }
        let ids = anchorIDs(templateSources.mapValues(\.text))
        compiled.withLock { $0 = (sourcesKey.hex, library, ids) }
        return Theme(name: name, library: library, assets: assets, folders: folders,
                     anchorIDs: ids, sources: sources, sourcesKey: sourcesKey.hex, translations: translations)
    }

    /// The ids of each template, following `{{>partial}}` and `{{<parent}}` (names
    /// written out; a dynamic partial's cannot be known).
    static func anchorIDs(_ sources: [String: String]) -> [String: AnchorIDs] {
        let own = sources.mapValues { AnchorIDs.scan($0, template: true) }
        let references = sources.mapValues { text -> [String] in
            var names: [String] = []
            var rest = text[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                let tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !name.hasPrefix("*") { names.append(name) }
                }
                rest = rest[close.upperBound...]
            }
            return names
        }
        var result: [String: AnchorIDs] = [:]
        for name in sources.keys {
            var ids = AnchorIDs()
            var seen: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                if let own = own[next] { ids.formUnion(own) }
                for reference in references[next] ?? [] where seen.insert(reference).inserted { pending.append(reference) }
            }
            result[name] = ids
        }
        return result
    }

    /// The ids a page made from `templates` can have.
    func anchorIDs(of templates: [String]) -> AnchorIDs {
        templates.reduce(into: AnchorIDs()) { ids, name in anchorIDs[name].map { ids.formUnion($0) } }
    }

    /// A template swift-mustache refused, explained: `TemplateSyntax` reads it again to say
    /// what is wrong in plain words and where the author has to look (the opening tag of
    /// an unclosed section, not the end of the file). Should the two ever disagree, the
    /// kind of swift-mustache's error is described at the position it gave.
    static func syntaxError(in source: (text: String, path: String), reported: any Error, line: Int, column: Int) -> Diagnostic {
        if case .failure(let error) = TemplateSyntax.parse(source.text) {
            return Diagnostic(.error, at: SourceLocation(path: source.path, line: error.position.line, column: error.position.column),
                              error.message, hint: error.hint)
        }
        let (message, hint) = TemplateSyntax.describe(swiftMustacheError: reported)
        return Diagnostic(.error, at: SourceLocation(path: source.path, line: line, column: column), message, hint: hint)
    }

    private static func loadFolder(_ folder: String, files: SiteFiles, diagnostics: inout [Diagnostic])
        -> (templates: [String: (String, String)], assets: [String: AssetSource], words: [TranslationTable],
            extends: (name: String, location: SourceLocation)?) {
        var extends: (String, SourceLocation)?
        if files.kind(folder + "/theme.yml", diagnostics: &diagnostics) == .file {
            switch files.read(folder + "/theme.yml") {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let file):
                switch YAMLReader.parse(file.text, firstLine: 1, file: file) {
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                case .success(let node?):
                    if var reader = MappingReader(node, subject: "theme.yml", file: file, diagnostics: &diagnostics) {
                        _ = reader.string("name")
                        if let parentNode = reader.value("extends"), let parent = reader.text(parentNode, key: "extends") {
                            extends = (parent, reader.at(parentNode))
                        }
                        reader.reportUnknownKeys(known: ["description", "author", "version"])
                        diagnostics += reader.diagnostics
                    }
                case .success(nil):
                    break
                }
            }
        }
        var templates: [String: (String, String)] = [:]
        for path in files.list(folder + "/templates", suffix: ".mustache", recursive: true, diagnostics: &diagnostics) {
            let name = String(path.dropFirst(folder.count + "/templates/".count).dropLast(".mustache".count))
            switch files.read(path) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let file): templates[name] = (file.text, file.displayPath)
            }
        }
        var assets: [String: AssetSource] = [:]
        for path in files.list(folder + "/assets", suffix: "", recursive: true, diagnostics: &diagnostics) {
            assets[String(path.dropFirst(folder.count + "/assets/".count))] = .file(files.absolute(path))
        }
        var words: [TranslationTable] = []
        for path in files.list(folder + "/i18n", suffix: ".yml", recursive: false, diagnostics: &diagnostics) {
            let language = String(path.dropFirst(folder.count + "/i18n/".count).dropLast(".yml".count))
            switch files.read(path) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let file): words.append(TranslationTable.parse(file, language: language, diagnostics: &diagnostics))
            }
        }
        return (templates, assets, words, extends.map { (name: $0.0, location: $0.1) })
    }
}
