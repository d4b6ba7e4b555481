import Foundation

/// The default theme compiled into the binary (see `DefaultTheme+Embedded.swift`).
enum DefaultTheme {
    /// How findings name the built-in templates, which are in no file of the site.
    static let pathPrefix = "<built-in default theme>/"

    static func layer() -> (templates: [String: (String, String)], assets: [String: Theme.AssetSource]) {
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
        return (templates, assets)
    }
}
