extension Fuzz {
    /// Whether a link as written in an attribute could run script: its scheme after the
    /// entities are decoded and the characters browsers ignore (controls, spaces) removed.
    /// Images may be `data:` pictures, as libcmark's safe mode allows.
    public static func isDangerousURL(_ attribute: String, image: Bool) -> Bool {
        let decoded = decodeEntities(attribute).unicodeScalars.filter { $0.value > 0x20 }
        let url = String(String.UnicodeScalarView(decoded)).lowercased()
        if url.hasPrefix("javascript:") || url.hasPrefix("vbscript:") || url.hasPrefix("file:") { return true }
        if url.hasPrefix("data:") {
            return !(image && ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { url.hasPrefix($0) })
        }
        return false
    }

    /// `&amp;`, `&#106;`, `&#x6A;` and the few named entities an escaper writes.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            var scalar: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            else { scalar = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "Tab": "\t", "NewLine": "\n"][String(name)] }
            if let scalar {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }
}
