/// A file of the output, by path relative to the output folder.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case text(String)
        case bytes([UInt8])
        /// Copied from a theme file.
        case copy(String)
        /// Already written to the output by the renderer (see `SiteRenderer.render`'s `sink`).
        case written
    }
}

extension OutputFile {
    /// The text of a file rendered in memory; nil for bytes, copies and files already written.
    public var text: String? {
        if case .text(let text) = contents { return text }
        return nil
    }
}
