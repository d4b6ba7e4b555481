/// The UTF-8 of a JSON document as `JSONValue` writes it, made a `String` once at the end.
struct JSONBytes {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(256) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        if !run.isEmpty { bytes.append(contentsOf: run) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `\uXXXX` with lower-case hex digits, as Go's encoder writes them.
    mutating func appendUnicodeEscape(_ code: UInt16) {
        bytes.append(0x5C)
        bytes.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((code >> UInt16(shift)) & 0xF)
            bytes.append(digit < 10 ? 0x30 + digit : 0x61 + digit - 10)
        }
    }

    /// The document. Every byte came from a `String` or is ASCII, and runs are cut only
    /// before ASCII bytes or a whole U+2028/2029, so the bytes are valid UTF-8.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
