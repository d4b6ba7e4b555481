extension String {
    /// Every `target` replaced, comparing UTF-8 bytes: Foundation's
    /// `replacingOccurrences(of:with:)` converts through NSString and UTF-16 on each
    /// call, which showed in profiles when run per posting. Returns `self` when
    /// `target` does not occur.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        var result: [UInt8] = []
        var copiedUpTo = 0
        var found = false
        var text = self
        text.withUTF8 { bytes in
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == first, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) {
                    if !found { result.reserveCapacity(bytes.count + replacement.utf8.count); found = true }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
                    result.append(contentsOf: replacement.utf8)
                    index += needle.count
                    copiedUpTo = index
                } else {
                    index += 1
                }
            }
            if found { result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...])) }
        }
        return found ? String(decoding: result, as: UTF8.self) : self
    }
}
