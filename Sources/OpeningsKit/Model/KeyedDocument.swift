/// A file of the site whose front matter keys have positions, for findings that
/// point at a key: the one place that answers "where is `salary:` in this file?".
public protocol KeyedDocument {
    var file: SourceFile { get }
    var keyLocations: [String: SourceLocation] { get }
}

extension KeyedDocument {
    /// The key's position, or the top of the file when the key is absent.
    public func location(of key: String) -> SourceLocation {
        keyLocations[key] ?? file.location(line: 1, column: 1)
    }

    /// The position of the first of `keys` the file has (`locations`, then `location`).
    public func location(ofFirst keys: [String]) -> SourceLocation {
        keys.lazy.compactMap { keyLocations[$0] }.first ?? file.location(line: 1, column: 1)
    }
}
