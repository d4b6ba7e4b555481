/// A template context as `CompiledLibrary` reads it: the `[String: Any]` contexts the
/// renderer builds, with every value's type decided once.
///
/// Why: swift-mustache decides what a value is each time a tag names it, with casts to
/// its protocols (`MustacheParent`, `MustacheSequence`, `MustacheTransformable`, …) that
/// go through the runtime's conformance cache; at 10,000 job pages those casts were
/// most of the theme stage. Converting a context costs one concrete cast per value.
///
/// Only the kinds of values Openings puts in contexts have a case. Anything else (a
/// struct, an optional that is nil, a closure) makes `init(_:)` return nil, and the page
/// is rendered by swift-mustache instead, so the output never depends on which renderer
/// ran.
enum TemplateValue: @unchecked Sendable { // value types only; `Any` never stored
    case text(String)
    case bool(Bool)
    case int(Int)
    /// A `Double`: it renders as its description and answers no name or transform, as in swift-mustache.
    case double(Double)
    case list([TemplateValue])
    case object([String: TemplateValue])

    init?(_ any: Any) {
        switch any {
        case let text as String: self = .text(text)
        case let bool as Bool: self = .bool(bool)
        case let int as Int: self = .int(int)
        case let double as Double: self = .double(double)
        case let object as [String: Any]:
            guard let converted = TemplateValue.object(object) else { return nil }
            self = converted
        case let list as [Any]:
            var values: [TemplateValue] = []
            values.reserveCapacity(list.count)
            for element in list {
                guard let value = TemplateValue(element) else { return nil }
                values.append(value)
            }
            self = .list(values)
        default: return nil
        }
    }

    /// An object from a context dictionary; nil when a value has no case.
    static func object(_ dictionary: [String: Any]) -> TemplateValue? {
        var values: [String: TemplateValue] = [:]
        values.reserveCapacity(dictionary.count)
        for (key, element) in dictionary {
            guard let value = TemplateValue(element) else { return nil }
            values[key] = value
        }
        return .object(values)
    }

    /// What `{{name}}` writes before escaping: swift-mustache's `String(describing:)`.
    /// Nil for a list or an object, whose description swift-mustache prints in hashing
    /// order; the page then goes to swift-mustache, which writes the same as before.
    var written: String? {
        switch self {
        case .text(let text): text
        case .bool(let bool): bool ? "true" : "false"
        case .int(let int): String(int)
        case .double(let double): String(describing: double)
        case .list, .object: nil
        }
    }

    /// `name` of this value (a key of an object; nothing else has names).
    func child(_ name: String) -> TemplateValue? {
        if case .object(let values) = self { return values[name] }
        return nil
    }
}
