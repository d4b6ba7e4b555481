import CZlib

/// A text kept compressed with zlib (deflate, fastest level). `openings serve` keeps
/// every job page of the site in memory between rebuilds, and pages of one theme are
/// alike: compressed they take about a tenth of the room, so a preview of 10,000
/// postings fits in a few hundred MiB. Compressing a page costs about as much as
/// copying it a few times, and only a page that was rendered again is compressed.
///
/// The same text gives the same bytes (one zlib, one level), so two are equal exactly
/// when their texts are; comparing a page kept from the last build with itself is a
/// comparison of one storage.
public struct DeflatedText: Sendable, Equatable {
    /// zlib's format (RFC 1950).
    let bytes: [UInt8]
    /// The text's length in UTF-8 bytes.
    public let count: Int

    public init(_ text: String) {
        var text = text
        let count = text.utf8.count
        self.count = count
        bytes = text.withUTF8 { source in
            var length = compressBound(uLong(count))
            var output = [UInt8](repeating: 0, count: Int(length))
            let status = output.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(count), Z_BEST_SPEED)
            }
            // compressBound is enough by zlib's own guarantee; nothing else can fail here.
            precondition(status == Z_OK, "zlib compress2 failed (\(status))")
            // Copied out at its size: `removeSubrange` keeps the worst-case capacity, which
            // held four times the compressed bytes of every page a preview kept.
            return Array(output[..<Int(length)])
        }
    }

    /// The text again.
    public var text: String {
        String(unsafeUninitializedCapacity: count) { target in
            var length = uLongf(count)
            let status = bytes.withUnsafeBufferPointer { source in
                uncompress(target.baseAddress, &length, source.baseAddress, uLong(source.count))
            }
            precondition(status == Z_OK && Int(length) == count, "zlib uncompress failed (\(status))")
            return count
        }
    }
}
