/// A link or image in a Markdown body that points into the site: a path (`/benefits/`,
/// `../team/`, `handbook.md`) or a `#fragment`. Collected while the body is rendered,
/// checked by `LinkChecker` once the whole site is known.
public struct InternalLink: Sendable, Hashable {
    /// The target as the author wrote it (after Markdown's escapes).
    public var written: String
    /// The target as the page has it: `written` moved under the site's base path when
    /// it starts with `/` (see `MarkdownRenderer.basePath`).
    public var href: String
    public var isImage: Bool
    /// Where the link starts (its `[`, or the image's `!`).
    public var location: SourceLocation

    /// Whether the checker looks at `url`: no scheme (`https:`, `mailto:`) and not a
    /// network path (`//cdn.example/x`).
    static func isInternal(_ url: String) -> Bool {
        URLPolicy.scheme(of: url) == nil && !url.hasPrefix("//")
    }
}
