/// A file of the output, by path relative to the output folder.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case text(String)
        /// Text as its UTF-8 (a page `CompiledLibrary` rendered), written as it is.
        case utf8([UInt8])
        case bytes([UInt8])
        /// Copied from a theme file.
        case copy(String)
        /// Already written to the output by the renderer (see `SiteRenderer.render`'s `sink`).
        case written
        /// A page kept compressed by a session for `openings serve` (see `DeflatedText`).
        case deflated(DeflatedText)
        /// A document a session keeps as the pieces it is made of, most of them kept per
        /// job (`jobs.json`, the feeds, the sitemap): joined only when written or served,
        /// so an edit to one posting neither joins nor holds the whole document again.
        case parts([String])
    }
}

extension OutputFile {
    /// The text of the file's contents (`Contents.text`).
    public var text: String? { contents.text }
}

extension OutputFile.Contents {
    /// The text of contents rendered in memory (compressed ones uncompressed); nil for
    /// bytes, copies and files already written.
    public var text: String? {
        switch self {
        case .text(let text): return text
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .deflated(let deflated): return deflated.text
        case .parts(let parts): return parts.joined()
        case .bytes, .copy, .written: return nil
        }
    }
}

extension OutputFile {
    /// The same file with its text kept compressed (`DeflatedText`); any other file as it is.
    func deflated() -> OutputFile {
        guard case .text(let text) = textual().contents else { return self }
        return OutputFile(path: path, contents: .deflated(DeflatedText(text)))
    }

    /// The same file with text made of its UTF-8 (`.utf8`), for what reads pages as text
    /// (the preview server, the tests); any other file as it is.
    public func textual() -> OutputFile {
        guard case .utf8(let bytes) = contents else { return self }
        return OutputFile(path: path, contents: .text(String(decoding: bytes, as: UTF8.self)))
    }

    /// The same file with its parts joined into one text; any other file as it is.
    func joined() -> OutputFile {
        guard case .parts(let parts) = contents else { return self }
        return OutputFile(path: path, contents: .text(parts.joined()))
    }

    /// The same file with its text compacted (`String.compacted`).
    func compacted() -> OutputFile {
        guard case .text(let text) = contents else { return self }
        return OutputFile(path: path, contents: .text(text.compacted()))
    }
}
