import Mustache

/// The content type every theme template is compiled with, so `{{value}}` escapes
/// through `Escaping.html`: same bytes as swift-mustache's HTML escaping, a tenth of
/// the time. Each template starts with a pragma selecting it, added when the theme is
/// compiled (authors never see it).
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
