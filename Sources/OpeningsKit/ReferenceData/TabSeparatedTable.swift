/// The generated reference tables' format: one record per line, a key and a value
/// separated by the first tab.
enum TabSeparatedTable {
    /// Key → value; lines without a tab, or with an empty key or value, are left out.
    ///
    /// Read as bytes: splitting the text as `Character`s (grapheme clusters) cost ~13,000
    /// instructions a line, and the 5,000 subdivisions were a twentieth of a
    /// 1,000-posting build, before any posting was read.
    static func parse(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                if let tab = bytes[start..<end].firstIndex(of: 0x09), tab > start, tab + 1 < end {
                    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<tab]), as: UTF8.self)
                    result[key] = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<end]), as: UTF8.self)
                }
                start = end + 1
            }
        }
        return result
    }
}
