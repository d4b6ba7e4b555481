/// A JSON document built in code and written with a fixed key order, so output is
/// byte-identical between builds and machines.
///
/// Strings escape `<`, `>` and `&` (and U+2028/2029) as `\u003c`…, as Go's encoder does,
/// so the same bytes are safe inside `<script type="application/ld+json">`.
public enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    /// Already serialized (by `fragment`), written as it is: lets a long list reuse
    /// the entries of the previous build.
    case raw(String)

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// Object from pairs, leaving out nil values.
    static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    static func string(_ value: String?) -> JSONValue? { value.map { .string($0) } }

    public func serialized(pretty: Bool = false) -> String {
        let output = JSONBytes()
        write(into: output, pretty: pretty, indent: 0)
        if pretty { output.append(0x0A) }
        return output.text
    }

    /// `serialized()` as its UTF-8, for a page that copies it in (the JSON-LD): no `String`
    /// is made, which would check every byte again.
    func serializedUTF8() -> [UInt8] {
        let output = JSONBytes()
        write(into: output, pretty: false, indent: 0)
        return output.bytes
    }

    /// The value as it appears nested `indent` levels deep in a pretty document.
    func fragment(indent: Int) -> String { String(decoding: fragmentUTF8(indent: indent), as: UTF8.self) }

    /// `fragment` as its UTF-8, for a document written as bytes (jobs.json).
    func fragmentUTF8(indent: Int) -> [UInt8] {
        let output = JSONBytes()
        write(into: output, pretty: true, indent: indent)
        return output.bytes
    }

    /// Written as UTF-8 bytes and made a `String` once: a job page's JSON-LD carries the
    /// whole description, and escaping it string by string (a new string per value, each
    /// checked and copied again into the document) was a visible share of the theme stage.
    private func write(into output: JSONBytes, pretty: Bool, indent: Int) {
        func newline(_ level: Int) {
            guard pretty else { return }
            output.append(0x0A)
            for _ in 0..<level { output.append(0x20); output.append(0x20) }
        }
        switch self {
        case .null: output.append("null")
        case .raw(let text): output.append(text)
        case .bool(let value): output.append(value ? "true" : "false")
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 { output.append(String(Int(value))) } else { output.append("\(value)") }
        case .string(let value): JSONValue.writeString(value, into: output)
        case .array(let items):
            if items.isEmpty { output.append("[]"); return }
            output.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(0x2C) }
                newline(indent + 1)
                item.write(into: output, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            output.append(0x5D)
        case .object(let pairs):
            if pairs.isEmpty { output.append("{}"); return }
            output.append(0x7B)
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { output.append(0x2C) }
                newline(indent + 1)
                JSONValue.writeString(key, into: output)
                output.append(pretty ? ": " : ":")
                value.write(into: output, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            output.append(0x7D)
        }
    }

    /// `value` as a JSON string: quotes, backslashes and control characters escaped as
    /// JSON requires, `<`, `>`, `&`, U+2028 and U+2029 as `\u…` (see the type's comment).
    static func writeString(_ value: String, into output: JSONBytes) {
        var value = value
        value.withUTF8 { utf8 in
            // Six bytes at most for each byte (`\u003c`), and the quotes.
            output.write(atMost: utf8.count * 6 + 2) { out in escapeTable.withUnsafeBufferPointer { escapes in
                let hex: StaticString = "0123456789abcdef"
                var at = 0
                @inline(__always) func put(_ byte: UInt8) { out[at] = byte; at += 1 }
                @inline(__always) func putUnicode(_ code: UInt16) {
                    put(0x5C); put(0x75)
                    put(hex.utf8Start[Int(code >> 12)]); put(hex.utf8Start[Int((code >> 8) & 0xF)])
                    put(hex.utf8Start[Int((code >> 4) & 0xF)]); put(hex.utf8Start[Int(code & 0xF)])
                }
                put(0x22)
                let count = utf8.count
                var index = 0
                // (An empty text may have no address; it has no bytes to read either.)
                let input = utf8.baseAddress ?? UnsafePointer(out)
                while index < count {
                    // The run up to the next byte to escape, copied at once: most of a
                    // description is such runs.
                    var end = index
                    while end < count, !escapes[Int(input[end])] { end &+= 1 }
                    if end > index {
                        (out + at).update(from: input + index, count: end &- index)
                        at &+= end &- index
                        index = end
                        guard index < count else { break }
                    }
                    let byte = utf8[index]
                    index += 1
                    switch byte {
                    case 0x22: put(0x5C); put(0x22)
                    case 0x5C: put(0x5C); put(0x5C)
                    case 0x0A: put(0x5C); put(0x6E)
                    case 0x0D: put(0x5C); put(0x72)
                    case 0x09: put(0x5C); put(0x74)
                    case 0xE2:
                        // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript; other
                        // characters led by E2 (dashes, quotes, €) are copied as they are.
                        if index + 1 < count, utf8[index] == 0x80, utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9 {
                            putUnicode(utf8[index + 1] == 0xA8 ? 0x2028 : 0x2029)
                            index += 2
                        } else {
                            put(byte)
                        }
                    default: putUnicode(UInt16(byte)) // <, >, & and the other control characters
                    }
                }
                put(0x22)
                return at
            } }
        }
    }

    /// Whether a byte must be escaped inside a JSON string (see `writeString`), by byte:
    /// one look-up per byte of every description in JSON-LD.
    private static let escapeTable: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
    }
}
