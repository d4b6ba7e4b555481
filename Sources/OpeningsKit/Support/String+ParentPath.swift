extension String {
    /// The path without its last name, as `NSString.deletingLastPathComponent` gives it
    /// (`a/b/c` → `a/b`, `/a` → `/`, `a` → ``, trailing and doubled slashes ignored), read
    /// as bytes: NSString's took a visible share of writing 10,000 pages.
    var parentPath: String {
        var bytes = Array(utf8)
        // Trailing slashes are not a name (the root stays).
        while bytes.count > 1, bytes.last == 0x2F { bytes.removeLast() }
        guard let slash = bytes.lastIndex(of: 0x2F) else { return "" }
        if slash == 0 { return "/" }
        var end = slash
        while end > 1, bytes[end - 1] == 0x2F { end -= 1 }
        if end == 1, bytes[0] == 0x2F { return "/" }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
