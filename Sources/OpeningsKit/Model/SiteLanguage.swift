/// One language a site publishes postings in: `language:` in site.yml (the main one,
/// at the site's root) and each of `languages:` (under a folder of its own, `de/`).
public struct SiteLanguage: Sendable, Hashable {
    /// The BCP 47 tag as site.yml writes it: `de-DE`.
    public var tag: String
    /// Where its pages are, relative to the site's root: `""` for the main language,
    /// `de/` for another (the whole tag, `pt-br/`, when two languages share `pt`).
    public var prefix: String
    /// The site's `title` and `description` in this language (`languages:` entries
    /// written as `{ language: de, title: …, description: … }`); nil: site.yml's.
    public var title: String? = nil
    public var description: String? = nil

    public var isMain: Bool { prefix.isEmpty }

    /// The primary subtag, lower-cased: `de` of `de-DE`.
    var primary: String { Self.primary(of: tag) }

    static func primary(of tag: String) -> String {
        String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    /// The languages of a site, the main one first, each with its folder. A language
    /// listed twice, or the main one listed again, counts once.
    static func list(main: String, others: [SiteLanguage]) -> [SiteLanguage] {
        var list = [SiteLanguage(tag: main, prefix: "")]
        for other in others where !list.contains(where: { $0.tag.lowercased() == other.tag.lowercased() }) { list.append(other) }
        let tags = list.map(\.tag)
        for index in list.indices.dropFirst() {
            let tag = list[index].tag
            // `de/` unless another language shares `de` (de-DE and de-CH): then the whole tag.
            let shared = tags.filter { primary(of: $0) == primary(of: tag) }.count > 1
            list[index].prefix = (shared ? tag.lowercased() : primary(of: tag)) + "/"
        }
        return list
    }
}

extension SiteConfig {
    /// Whether the site publishes in more than one language.
    public var isMultilingual: Bool { languages.count > 1 }

    /// The site's language a posting or page written in `written` (a tag or an ISO 639-1
    /// code, from its file name or `language:`) belongs to: the main language when it says
    /// none; the language with that very tag; else the only one with its primary subtag
    /// (`de` is `de-DE`). Nil when the site does not publish in it.
    public func siteLanguage(for written: String?) -> SiteLanguage? {
        guard let written else { return languages[0] }
        if let exact = languages.first(where: { $0.tag.lowercased() == written.lowercased() }) { return exact }
        let primary = SiteLanguage.primary(of: written)
        let same = languages.filter { $0.primary == primary }
        // `de` when the site has de-DE and de-CH names neither.
        guard same.count == 1 else { return nil }
        // `de-AT` is not `de-DE`: only a bare code picks a language by its primary subtag.
        return written.contains("-") && same[0].tag.contains("-") ? nil : same[0]
    }
}

extension SiteConfig {
    /// The finding for a posting or page written in a language the site does not publish in.
    func undeclaredLanguage(_ written: String, in document: some KeyedDocument) -> Diagnostic {
        let name = ISOCodes.languages[SiteLanguage.primary(of: written)].map { "\($0), " } ?? ""
        let known = languages.map { "`\($0.tag)`" }.joined(separator: ", ")
        let fromName = document.keyLocations["language"] == nil
        let message = fromName
            ? "the file name says this is written in \(name)`\(written)`, which is not one of the site's languages (\(known))"
            : "`language` `\(written)` is not one of the site's languages (\(known))"
        let hint = "add `\(written)` to `languages:` in Content/site.yml"
            + (fromName ? ", or rename the file so it does not end in `.\(written).md`" : "")
            + (isMultilingual ? "" : "; each language gets its own pages under `/\(SiteLanguage.primary(of: written))/`")
        return Diagnostic(.error, at: document.location(of: "language"), message, hint: hint,
                          related: [file.displayPath])
    }
}
