/// What a template context can hold, learnt from real context values (see
/// `Rendering/ContextSpecimen.swift`): the names each dictionary has, what each list
/// holds, which kinds of scalar. Several values merge into one shape, so a key that
/// only some jobs have (a salary, a closing date) is known once any of them has it.
struct ContextShape: Sendable {
    enum Scalar: Sendable, Hashable { case text, number, bool }

    /// Keys of a dictionary value, when `isObject`.
    var fields: [String: ContextShape] = [:]
    var isObject = false
    /// The merged shape of a list's elements (zero or one entry: a struct cannot hold itself directly).
    var elements: [ContextShape] = []
    var isList = false
    var scalars: Set<Scalar> = []
    /// Anything: a value whose shape is not known, where every name resolves.
    var isOpen = false

    static let open: ContextShape = { var shape = ContextShape(); shape.isOpen = true; return shape }()

    init() {}

    init(fields: [String: ContextShape]) {
        self.fields = fields
        isObject = true
    }

    /// The shape of a value as the renderer passes it: dictionaries, arrays, strings, numbers, booleans.
    init(of value: Any) {
        switch value {
        case let dictionary as [String: Any]:
            isObject = true
            fields = dictionary.mapValues { ContextShape(of: $0) }
        case is Bool:
            scalars = [.bool]
        case is String, is Substring:
            scalars = [.text]
        case is any BinaryInteger, is any BinaryFloatingPoint:
            scalars = [.number]
        case let array as [Any]:
            isList = true
            var element = ContextShape()
            for item in array { element.merge(ContextShape(of: item)) }
            elements = [element]
        default:
            isOpen = true
        }
    }

    var element: ContextShape { elements.first ?? ContextShape() }

    mutating func merge(_ other: ContextShape) {
        isOpen = isOpen || other.isOpen
        if other.isObject {
            isObject = true
            for (key, value) in other.fields { fields[key, default: ContextShape()].merge(value) }
        }
        if other.isList {
            var merged = element
            merged.merge(other.element)
            isList = true
            elements = [merged]
        }
        scalars.formUnion(other.scalars)
    }

    /// The value of `name` in this value, as swift-mustache looks it up (a dictionary's
    /// key; lists and scalars have no names).
    func child(_ name: String) -> ContextShape? {
        if isOpen { return .open }
        return fields[name]
    }

    /// The names this value has, sorted.
    var names: [String] { fields.keys.sorted() }

    /// What a section over this value puts on top of the context stack: a list's
    /// element (with the sequence transforms), a dictionary or scalar itself; nothing
    /// for a plain boolean. `sequence` says whether the section iterates.
    var sectionFrame: (shape: ContextShape, sequence: Bool)? {
        if isOpen { return (.open, true) }
        var shape = ContextShape()
        var pushes = false
        if isList { shape.merge(element); pushes = true }
        if isObject { shape.isObject = true; shape.fields.merge(fields) { a, _ in a }; pushes = true }
        let values = scalars.subtracting([.bool])
        if !values.isEmpty { shape.scalars.formUnion(values); pushes = true }
        return pushes ? (shape, isList) : nil
    }

    // MARK: Transforms (swift-mustache's `Transform.swift`)

    /// The transforms swift-mustache applies to each kind of value.
    static let textTransforms = ["capitalized", "empty", "lowercased", "reversed", "uppercased"]
    static let listTransforms = ["count", "empty", "first", "last", "reversed", "sorted"]
    static let objectTransforms = ["count", "empty", "enumerated", "sorted"]
    static let numberTransforms = ["equalzero", "even", "minusone", "odd", "plusone"]
    /// On the position in a list, written with no name: `{{#first()}}`, `{{index()}}`.
    static let sequenceTransforms = ["even", "first", "index", "last", "odd"]
    static let allTransforms = Set(textTransforms + listTransforms + objectTransforms + numberTransforms + sequenceTransforms)

    /// The transforms this value takes.
    var transforms: [String] {
        if isOpen { return Self.allTransforms.sorted() }
        var names: Set<String> = []
        if scalars.contains(.text) { names.formUnion(Self.textTransforms) }
        if scalars.contains(.number) { names.formUnion(Self.numberTransforms) }
        if isList { names.formUnion(Self.listTransforms) }
        if isObject { names.formUnion(Self.objectTransforms) }
        return names.sorted()
    }

    /// The value after `transform`, or nil when no kind of this value takes it.
    func applying(_ transform: String) -> ContextShape? {
        if isOpen { return Self.allTransforms.contains(transform) ? .open : nil }
        var result = ContextShape()
        var applies = false
        func add(_ shape: ContextShape) { result.merge(shape); applies = true }
        let bool = { var s = ContextShape(); s.scalars = [.bool]; return s }()
        let number = { var s = ContextShape(); s.scalars = [.number]; return s }()
        let text = { var s = ContextShape(); s.scalars = [.text]; return s }()
        if scalars.contains(.text), Self.textTransforms.contains(transform) { add(transform == "empty" ? bool : text) }
        if scalars.contains(.number), Self.numberTransforms.contains(transform) {
            add(["plusone", "minusone"].contains(transform) ? number : bool)
        }
        if isList, Self.listTransforms.contains(transform) {
            switch transform {
            case "first", "last": add(element)
            case "count": add(number)
            case "empty": add(bool)
            default: var list = ContextShape(); list.isList = true; list.elements = elements; add(list)
            }
        }
        if isObject, Self.objectTransforms.contains(transform) {
            switch transform {
            case "count": add(number)
            case "empty": add(bool)
            default: var pairs = ContextShape(); pairs.isList = true; pairs.elements = [.open]; add(pairs)
            }
        }
        return applies ? result : nil
    }
}
