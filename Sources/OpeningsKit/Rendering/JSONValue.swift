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
        var output = ""
        write(into: &output, pretty: pretty, indent: 0)
        if pretty { output += "\n" }
        return output
    }

    /// The value as it appears nested `indent` levels deep in a pretty document.
    func fragment(indent: Int) -> String {
        var output = ""
        write(into: &output, pretty: true, indent: indent)
        return output
    }

    private func write(into output: inout String, pretty: Bool, indent: Int) {
        func newline(_ level: Int) {
            guard pretty else { return }
            output += level < JSONValue.newlines.count ? JSONValue.newlines[level] : "\n" + String(repeating: "  ", count: level)
        }
        switch self {
        case .null: output += "null"
        case .raw(let text): output += text
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 { output += String(Int(value)) } else { output += "\(value)" }
        case .string(let value): JSONValue.writeString(value, into: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                newline(indent + 1)
                item.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            output += "]"
        case .object(let pairs):
            if pairs.isEmpty { output += "{}"; return }
            output += "{"
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { output += "," }
                newline(indent + 1)
                JSONValue.writeString(key, into: &output)
                output += pretty ? ": " : ":"
                value.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            output += "}"
        }
    }

    /// A line break and the indentation of each depth, made once.
    private static let newlines = (0..<12).map { "\n" + String(repeating: "  ", count: $0) }

    /// Whether a byte must be escaped inside a JSON string (see `writeString`).
    @inline(__always) private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
    }

    static func writeString(_ value: String, into output: inout String) {
        // Keys, ids, dates and most names need no escape: appended as they are.
        if !value.utf8.contains(where: needsEscape) {
            output += "\""
            output += value
            output += "\""
            return
        }
        var value = value
        // Escaped straight into the new string's storage, sized for the worst case
        // (six bytes per byte): HTML descriptions in JSON-LD have a `<` or `>` every
        // few bytes, and appending escapes one by one was a visible share of a build.
        let escaped = value.withUTF8 { utf8 in
            String(unsafeUninitializedCapacity: utf8.count * 6 + 2) { buffer -> Int in
                let hex: StaticString = "0123456789abcdef"
                var at = 0
                @inline(__always) func put(_ byte: UInt8) { buffer[at] = byte; at += 1 }
                @inline(__always) func putEscape(_ letter: UInt8) { put(0x5C); put(letter) }
                @inline(__always) func putUnicode(_ code: UInt16) {
                    put(0x5C); put(0x75)
                    put(hex.utf8Start[Int(code >> 12)]); put(hex.utf8Start[Int((code >> 8) & 0xF)])
                    put(hex.utf8Start[Int((code >> 4) & 0xF)]); put(hex.utf8Start[Int(code & 0xF)])
                }
                put(0x22)
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    index += 1
                    switch byte {
                    case 0x22: putEscape(0x22)
                    case 0x5C: putEscape(0x5C)
                    case 0x0A: putEscape(0x6E)
                    case 0x0D: putEscape(0x72)
                    case 0x09: putEscape(0x74)
                    case 0x3C, 0x3E, 0x26: putUnicode(UInt16(byte))
                    case 0xE2 where index + 1 < utf8.count && utf8[index] == 0x80 && (utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9):
                        // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                        putUnicode(utf8[index + 1] == 0xA8 ? 0x2028 : 0x2029)
                        index += 2
                    case 0..<0x20: putUnicode(UInt16(byte))
                    default: put(byte)
                    }
                }
                put(0x22)
                return at
            }
        }
        output += escaped
    }
}
