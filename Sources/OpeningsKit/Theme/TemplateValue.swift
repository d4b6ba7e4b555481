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
///
/// A context may hold a `TemplateValue` made earlier (a job card, made once and shown on
/// many pages): it is taken as it is, and turned back into plain values (`plain`) for
/// swift-mustache and the theme check, which read only those.
enum TemplateValue: Equatable, @unchecked Sendable { // value types only; `Any` never stored
    case text(String)
    /// Text as its UTF-8, valid by construction (the JSON-LD `JSONValue` writes): copied
    /// into a page as it is, made a `String` only where text is asked for.
    case utf8([UInt8])
    case bool(Bool)
    case int(Int)
    /// A `Double`: it renders as its description and answers no name or transform, as in swift-mustache.
    case double(Double)
    case list([TemplateValue])
    case object([String: TemplateValue])

    init?(_ any: Any) {
        // The commonest first: a cast that fails asks the runtime's conformance tables.
        switch any {
        case let text as String: self = .text(text)
        case let value as TemplateValue: self = value
        case let bool as Bool: self = .bool(bool)
        case let int as Int: self = .int(int)
        // Lists and objects made as `TemplateValue`s (a listing's cards) are taken whole,
        // not cast element by element through `[Any]`.
        case let list as [TemplateValue]: self = .list(list)
        case let object as [String: TemplateValue]: self = .object(object)
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

    /// The value as the contexts swift-mustache reads hold it.
    var plain: Any {
        switch self {
        case .text(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        case .bool(let bool): bool
        case .int(let int): int
        case .double(let double): double
        case .list(let values): values.map(\.plain) as [Any]
        case .object(let values): values.mapValues(\.plain) as [String: Any]
        }
    }

    /// `context` with every `TemplateValue` in it, however deep, as plain values.
    static func plain(_ context: [String: Any]) -> [String: Any] { context.mapValues(plain) }

    private static func plain(_ any: Any) -> Any {
        switch any {
        case let value as TemplateValue: value.plain
        case let object as [String: Any]: plain(object)
        // A list of plain values keeps its type (`[String]` stays one).
        case let list as [Any] where list.contains(where: { $0 is TemplateValue || $0 is [String: Any] || $0 is [Any] }):
            list.map(plain)
        default: any
        }
    }

    /// What `{{name}}` writes before escaping: swift-mustache's `String(describing:)`.
    /// Nil for a list or an object, whose description swift-mustache prints in hashing
    /// order; the page then goes to swift-mustache, which writes the same as before.
    var written: String? {
        switch self {
        case .text(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
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
