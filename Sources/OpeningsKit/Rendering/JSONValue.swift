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

    private func write(into output: inout String, pretty: Bool, indent: Int) {
        func newline(_ level: Int) {
            guard pretty else { return }
            output += "\n"
            output += String(repeating: "  ", count: level)
        }
        switch self {
        case .null: output += "null"
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
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<": output += "\\u003c"
            case ">": output += "\\u003e"
            case "&": output += "\\u0026"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
