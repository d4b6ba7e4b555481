extension Fuzz {
    /// Any text as a YAML double-quoted scalar: what YAML cannot hold printed
    /// (controls, surrogates' stand-ins, U+FFFE) is escaped, so the fuzzed value, not a
    /// YAML error, reaches the stages after loading.
    public static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                let printable = (0x20...0x7E).contains(v) || v == 0x85 || (0xA0...0xD7FF).contains(v)
                    || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
                if printable && v != 0xFEFF { out.unicodeScalars.append(scalar) }
                else { out += v > 0xFFFF ? "\\U" + hex(v, 8) : "\\u" + hex(v, 4) }
            }
        }
        return out + "\""
    }

    static func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
