import Mustache

/// The content type every theme template is compiled with, so `{{value}}` escapes
/// through `Escaping.html`: the bytes swift-mustache's HTML escaping writes, in a tenth
/// of the time, and safe where a combining mark follows a special character (see
/// `Escaping.html`). Each template starts with a pragma selecting it, added when the
/// theme is compiled (authors never see it).
struct TemplateEscaping: MustacheContentType {
    static let name = "OPENINGS_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"
    private static let installed = LockedValue(false)

    static func install() {
        installed.withLock { done in
            if !done { MustacheContentTypes.register(TemplateEscaping(), named: name); done = true }
        }
    }

    func escapeText(_ text: String) -> String { Escaping.html(text) }
}

/// How `CompiledLibrary` escapes `{{value}}`: the three content types a theme template
/// can select, each writing what swift-mustache's would.
enum TemplateEscaper: Sendable {
    /// `TemplateEscaping`, the one every theme template starts with.
    case openings
    /// swift-mustache's `HTML`: its escaping compares whole characters, so `<` followed
    /// by a combining mark stays as it is (which is why Openings has its own).
    case html
    /// swift-mustache's `TEXT`: no escaping.
    case text

    init?(pragma: String) {
        switch pragma {
        case TemplateEscaping.name: self = .openings
        case "HTML": self = .html
        case "TEXT": self = .text
        default: return nil
        }
    }

    func escape(_ text: String) -> String {
        switch self {
        case .openings: return Escaping.html(text)
        case .text: return text
        case .html:
            var escaped = ""
            escaped.reserveCapacity(text.utf8.count)
            for character in text {
                switch character {
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                case "&": escaped += "&amp;"
                case "\"": escaped += "&quot;"
                case "'": escaped += "&#39;"
                default: escaped.append(character)
                }
            }
            return escaped
        }
    }
}
