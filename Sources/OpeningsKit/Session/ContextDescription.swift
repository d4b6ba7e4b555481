/// A stable text of a template context, to tell whether two contexts are the same
/// (`[String: Any]` is not Equatable).
enum ContextDescription {
    static func of(_ value: Any) -> String {
        var text = ""
        func visit(_ value: Any) {
            switch value {
            case let dictionary as [String: Any]:
                text += "{"
                for key in dictionary.keys.sorted() { text += key + ":"; visit(dictionary[key]!); text += "," }
                text += "}"
            case let array as [Any]:
                text += "["
                for element in array { visit(element); text += "," }
                text += "]"
            case let string as String:
                // Length-prefixed, so no string can pass for structure.
                text += "\(string.utf8.count)\"" + string
            default:
                text += "\(value)"
            }
        }
        visit(value)
        return text
    }
}
