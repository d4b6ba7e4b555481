import Foundation

/// The default theme compiled into the binary (see `DefaultTheme+Embedded.swift`).
enum DefaultTheme {
    /// How findings name the built-in templates, which are in no file of the site.
    static let pathPrefix = "<built-in default theme>/"

    static func layer() -> (templates: [String: (String, String)], assets: [String: Theme.AssetSource], words: [TranslationTable]) {
        var templates: [String: (String, String)] = [:]
        var assets: [String: Theme.AssetSource] = [:]
        for (path, base64) in embeddedFiles {
            guard let data = Data(base64Encoded: base64) else { continue }
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                templates[name] = (String(decoding: data, as: UTF8.self), pathPrefix + path)
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = .embedded([UInt8](data))
            }
        }
        return (templates, assets, builtInWords)
    }

    /// The built-in translation tables, read once per process: every build uses them.
    static let builtInWords: [TranslationTable] = embeddedFiles.compactMap { path, base64 in
        guard path.hasPrefix("i18n/"), path.hasSuffix(".yml"), let data = Data(base64Encoded: base64) else { return nil }
        let file = SourceFile(relativePath: path, displayPath: pathPrefix + path, text: String(decoding: data, as: UTF8.self))
        var ignored: [Diagnostic] = [] // the tests read the built-in tables and fail on any finding
        return TranslationTable.parse(file, language: String(path.dropFirst("i18n/".count).dropLast(".yml".count)),
                                      diagnostics: &ignored)
    }
}
