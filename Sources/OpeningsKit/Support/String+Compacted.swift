extension String {
    /// The same text in storage of its own size. A string built by appending keeps the
    /// capacity its last growth gave it, up to twice its length; what a preview keeps for
    /// its whole life (listing pages, feeds) is copied once at its size.
    func compacted() -> String {
        var text = self
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { target in
                _ = target.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }
}
