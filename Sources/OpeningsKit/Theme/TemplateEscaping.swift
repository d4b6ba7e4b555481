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
