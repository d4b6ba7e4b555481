/// A JSON document built in code and written with a fixed key order, so output is
/// byte-identical between builds and machines.
///
/// Strings escape `<`, `>` and `&` (and U+2028/2029) as `\u003c`…, as Go's encoder does,
/// so the same bytes are safe inside `<script type="application/ld+json">`.
public indirect enum JSONValue: Sendable, Equatable {
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
            output += "\n"
            output += String(repeating: "  ", count: level)
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

    static func writeString(_ value: String, into output: inout String) {
        var value = value
        value.withUTF8 { utf8 in
            // Escaped into a byte buffer and appended once. Runs of bytes that need no
            // escape (almost all of an HTML description) are copied whole.
            var bytes: [UInt8] = [0x22]
            bytes.reserveCapacity(utf8.count + utf8.count / 8 + 2)
            var runStart = 0
            var index = 0
            func flush(upTo end: Int) {
                if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
            }
            func append(_ text: StaticString) {
                text.withUTF8Buffer { bytes.append(contentsOf: $0) }
            }
            while index < utf8.count {
                let byte = utf8[index]
                let escape: StaticString?
                var width = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x3C: escape = "\\u003c"
                case 0x3E: escape = "\\u003e"
                case 0x26: escape = "\\u0026"
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                    escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                case 0..<0x20:
                    flush(upTo: index)
                    let digits: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes += [0x5C, 0x75, 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
                    index += 1
                    runStart = index
                    continue
                default:
                    escape = nil
                }
                if let escape {
                    flush(upTo: index)
                    append(escape)
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            flush(upTo: index)
            bytes.append(0x22)
            output += String(decoding: bytes, as: UTF8.self)
        }
    }
}
