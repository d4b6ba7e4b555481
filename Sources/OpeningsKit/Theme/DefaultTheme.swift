import Foundation

/// The default theme compiled into the binary (see `DefaultTheme+Embedded.swift`).
enum DefaultTheme {
    static func layer() -> (templates: [String: (String, String)], assets: [String: Theme.AssetSource]) {
        var templates: [String: (String, String)] = [:]
        var assets: [String: Theme.AssetSource] = [:]
        for (path, base64) in embeddedFiles {
            guard let data = Data(base64Encoded: base64) else { continue }
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                templates[name] = (String(decoding: data, as: UTF8.self), "<built-in default theme>/" + path)
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = .embedded([UInt8](data))
            }
        }
        return (templates, assets)
    }
}
