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
        output += "\""
        // Copy runs of bytes that need no escaping in one append; escape the rest.
        var utf8 = value.utf8[...]
        while !utf8.isEmpty {
            let run = utf8.prefix { byte in
                byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x3C && byte != 0x3E && byte != 0x26 && byte != 0xE2
            }
            if !run.isEmpty {
                output += Substring(run)
                utf8 = utf8[run.endIndex...]
                continue
            }
            let byte = utf8.first!
            switch byte {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x0A: output += "\\n"
            case 0x0D: output += "\\r"
            case 0x09: output += "\\t"
            case 0x3C: output += "\\u003c"
            case 0x3E: output += "\\u003e"
            case 0x26: output += "\\u0026"
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                let next = Array(utf8.dropFirst().prefix(2))
                if next == [0x80, 0xA8] { output += "\\u2028"; utf8 = utf8.dropFirst(3); continue }
                if next == [0x80, 0xA9] { output += "\\u2029"; utf8 = utf8.dropFirst(3); continue }
                output += Substring(utf8.prefix(1 + next.count))
                utf8 = utf8.dropFirst(1 + next.count)
                continue
            default:
                let hex = String(byte, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            utf8 = utf8.dropFirst()
        }
        output += "\""
    }
}
