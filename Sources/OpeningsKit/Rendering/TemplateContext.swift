/// A template context (`[String: Any]`, which is not Sendable) that is built once
/// and then only read, so threads may share it.
struct TemplateContext: @unchecked Sendable { // `[String: Any]` of value types, never mutated after it is made
    let value: [String: Any]
}

extension Dictionary where Key == String, Value == Any {
    /// Sets `key` only to text with something in it. Optional text is absent rather than
    /// empty, so a theme tests it with a plain section: swift-mustache renders a section
    /// for any string, even an empty one.
    mutating func setText(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = value }
    }
}

extension Dictionary where Key == String, Value == TemplateValue {
    /// `setText` above, for contexts made as `TemplateValue`s (a job card).
    mutating func setText(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = .text(value) }
    }
}
