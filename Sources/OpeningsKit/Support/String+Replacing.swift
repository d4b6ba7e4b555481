import Foundation

// Substring search and replacement on UTF-8 bytes. Foundation's `contains`,
// `range(of:)` and `replacingOccurrences(of:with:)` convert through NSString and
// UTF-16 on each call, which showed in profiles when run per posting or per line.
extension String {
    /// Whether `needle` occurs, byte for byte (an empty needle always does).
    func containsBytes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var text = self, needle = needle
        return text.withUTF8 { bytes in needle.withUTF8 { Self.byteOffset(of: $0, in: bytes, from: 0) != nil } }
    }

    /// Every `target` replaced; `self` when it does not occur.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var text = self, target = target
        return text.withUTF8 { bytes in
            target.withUTF8 { needle -> String in
                guard var match = Self.byteOffset(of: needle, in: bytes, from: 0) else { return self }
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count + replacement.utf8.count)
                var copiedUpTo = 0
                while true {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<match]))
                    result.append(contentsOf: replacement.utf8)
                    copiedUpTo = match + needle.count
                    guard let next = Self.byteOffset(of: needle, in: bytes, from: copiedUpTo) else { break }
                    match = next
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
                return String(decoding: result, as: UTF8.self)
            }
        }
    }

    /// The byte offset where the first `needle` begins; nil when it does not occur.
    func firstByteOffset(of needle: String) -> Int? {
        if needle.isEmpty { return nil }
        var text = self, needle = needle
        return text.withUTF8 { bytes in needle.withUTF8 { Self.byteOffset(of: $0, in: bytes, from: 0) } }
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

    /// The first offset at or after `start` where `needle` begins in `bytes` (also for
    /// callers holding bytes already: a heading being classified, a link being checked).
    static func byteOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let needleBase = needle.baseAddress, bytes.count - start >= needle.count, let base = bytes.baseAddress else { return nil }
        // A short text (a heading, a host) is looked through directly: choosing an anchor
        // and calling memchr cost more than the search.
        if bytes.count - start <= 48 {
            for offset in start...(bytes.count - needle.count) where base[offset] == needleBase[0] {
                if memcmp(base + offset, needleBase, needle.count) == 0 { return offset }
            }
            return nil
        }
        // memchr finds one byte a word at a time; it looks for the needle's first byte
        // that is not a letter or a space (rarer in prose), as a loop stopping at each `o`
        // of `openings-disable` was a fiftieth of checking 10,000 postings.
        let anchor = needle.firstIndex { !($0 >= 0x61 && $0 <= 0x7A) && $0 != 0x20 } ?? 0
        let byte = Int32(needle[anchor])
        var from = base + start + anchor
        let end = base + bytes.count - (needle.count - anchor - 1)
        while from < end, let found = memchr(from, byte, end - from) {
            let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - anchor
            if memcmp(candidate, needleBase, needle.count) == 0 { return base.distance(to: candidate) }
            from = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return nil
    }
}
