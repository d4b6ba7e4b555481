import Foundation

// Substring search and replacement on UTF-8 bytes. Foundation's `contains`,
// `range(of:)` and `replacingOccurrences(of:with:)` convert through NSString and
// UTF-16 on each call, which showed in profiles when run per posting or per line.
extension String {
    /// Whether `needle` occurs, byte for byte (an empty needle always does).
    func containsBytes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var text = self, needle = needle
        return text.withUTF8 { bytes in needle.withUTF8 { Self.offset(of: $0, in: bytes, from: 0) != nil } }
    }

    /// Every `target` replaced; `self` when it does not occur.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var text = self, target = target
        return text.withUTF8 { bytes in
            target.withUTF8 { needle -> String in
                guard var match = Self.offset(of: needle, in: bytes, from: 0) else { return self }
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count + replacement.utf8.count)
                var copiedUpTo = 0
                while true {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<match]))
                    result.append(contentsOf: replacement.utf8)
                    copiedUpTo = match + needle.count
                    guard let next = Self.offset(of: needle, in: bytes, from: copiedUpTo) else { break }
                    match = next
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
                return String(decoding: result, as: UTF8.self)
            }
        }
    }

    /// The byte offset where the last `needle` begins, searching from the end (the
    /// closing tags of a page are there); nil when it does not occur.
    public func lastByteOffset(of needle: String) -> Int? {
        var text = self, needle = needle
        return text.withUTF8 { bytes in
            needle.withUTF8 { needle -> Int? in
                guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
                var index = bytes.count - needle.count
                while index >= 0 {
                    if bytes[index] == needle[0], memcmp(bytes.baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return index }
                    index -= 1
                }
                return nil
            }
        }
    }

    /// The first offset at or after `start` where `needle` begins in `bytes`.
    private static func offset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, bytes.count - start >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, memcmp(bytes.baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return index }
            index += 1
        }
        return nil
    }
}
