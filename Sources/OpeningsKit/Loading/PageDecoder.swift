import Foundation

/// `Content/pages/<slug>.md` → `Page`.
enum PageDecoder {
    static func decode(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> Page? {
        guard let document = MarkdownDocument.read(file, diagnostics: &diagnostics),
              var reader = MappingReader(document.frontMatter, subject: "page front matter", file: file, diagnostics: &diagnostics)
        else { return nil }
        defer { diagnostics += reader.diagnostics }
        let written = FileLanguage.read(file, reader: &reader)
        var slug = Slug.make(from: written.stem)
        if let node = reader.value("slug"), let explicit = reader.text(node, key: "slug") {
            if Slug.isValid(explicit) { slug = explicit } else {
                reader.error(node, "`slug` `\(explicit)` is not a safe path segment", hint: "use lower-case ASCII letters, digits and single hyphens")
            }
        }
        let title = reader.string("title", required: true)
        let description = reader.string("description")
        var navOrder: Int?
        if let node = reader.value("nav_order"), let number = reader.number(node, key: "nav_order") { navOrder = Int(number) }
        reader.reportUnknownKeys()
        guard let title, !slug.isEmpty else { return nil }
        return Page(file: file, slug: slug, title: title, description: description, navOrder: navOrder,
                    body: document.body, bodyFirstLine: document.bodyFirstLine, keyLocations: reader.keyLocations,
                    language: written.language)
    }
}
