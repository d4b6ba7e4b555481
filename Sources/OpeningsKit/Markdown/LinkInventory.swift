/// What one Markdown body gives the link check: its links into the site, and the
/// `id`s its raw HTML defines (only with `markdown: { unsafe_html: true }`; CommonMark
/// gives headings no id).
public struct LinkInventory: Sendable, Hashable {
    public var links: [InternalLink] = []
    var ids = AnchorIDs()

    public init() {}
}
