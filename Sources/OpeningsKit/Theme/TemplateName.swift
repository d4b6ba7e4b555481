import Foundation

/// A name in a compiled tag (`job.title`, `.`, `first(site.departments)`, `first()`),
/// resolved against the context stack as swift-mustache resolves it.
struct TemplateName: Sendable {
    enum Start: Sendable {
        /// `.`: the innermost context.
        case current
        /// A name starting with `.` (`.title`): looked up in the innermost context only.
        case innermost
        /// The usual case: the first key is looked up from the innermost context outwards,
        /// the rest in what it found.
        case stack
        /// No name but transforms (`{{#first()}}`): the position in the list being iterated.
        case sequence
    }

    let start: Start
    /// The name split at dots, empty parts left out.
    let keys: [String]
    /// In the order they apply: innermost first (`a(b(x))` applies `b`, then `a`).
    let transforms: [TemplateTransform]

    /// Throws for a transform `CompiledLibrary` does not implement.
    init(_ name: String, _ transforms: [String]) throws {
        self.transforms = try transforms.reversed().map { name in
            if TemplateTransform.unsupported.contains(name) { throw TemplateTransform.Unsupported() }
            return TemplateTransform(rawValue: name) ?? .nothing
        }
        keys = name.split(separator: ".").map(String.init)
        if name == "." {
            start = .current
        } else if name.isEmpty, !transforms.isEmpty {
            start = .sequence
        } else if name.first == "." {
            start = .innermost
        } else {
            start = .stack
        }
    }
}

/// The transforms swift-mustache applies to values (`{{#empty(list)}}`), with what each
/// gives for each kind of value; nil where the value's type has no such transform.
enum TemplateTransform: String, Sendable {
    case first, last, reversed, count, empty
    case lowercased, uppercased, capitalized
    case equalzero, plusone, minusone, even, odd
    case index
    /// A name swift-mustache knows for no type: always nil.
    case nothing = "\u{0}"

    struct Unsupported: Error {}

    /// Transforms swift-mustache has whose results `TemplateValue` cannot hold in the same
    /// order (`sorted` of a list depends on its element type, `enumerated` on hashing).
    static let unsupported: Set<String> = ["sorted", "enumerated"]

    func apply(to value: TemplateValue) -> TemplateValue? {
        switch value {
        case .utf8(let bytes):
            return apply(to: .text(String(decoding: bytes, as: UTF8.self)))
        case .text(let text):
            switch self {
            case .empty: return .bool(text.isEmpty)
            case .capitalized: return .text(text.capitalized)
            case .lowercased: return .text(text.lowercased())
            case .uppercased: return .text(text.uppercased())
            case .reversed: return .text(String(text.reversed()))
            default: return nil
            }
        case .list(let values):
            switch self {
            case .first: return values.first
            case .last: return values.last
            case .reversed: return .list(values.reversed())
            case .count: return .int(values.count)
            case .empty: return .bool(values.isEmpty)
            default: return nil
            }
        case .object(let values):
            switch self {
            case .count: return .int(values.count)
            case .empty: return .bool(values.isEmpty)
            default: return nil
            }
        case .int(let int):
            switch self {
            case .equalzero: return .bool(int == 0)
            case .plusone: return .int(int &+ 1)
            case .minusone: return .int(int &- 1)
            case .even: return .bool(int & 1 == 0)
            case .odd: return .bool(int & 1 == 1)
            default: return nil
            }
        case .bool, .double:
            return nil
        }
    }

    /// On the position in a list (`{{#first()}}`).
    func apply(to position: TemplateSequencePosition) -> TemplateValue? {
        switch self {
        case .first: .bool(position.first)
        case .last: .bool(position.last)
        case .index: .int(position.index)
        case .even: .bool(position.index & 1 == 0)
        case .odd: .bool(position.index & 1 == 1)
        default: nil
        }
    }
}

/// Where in a list a section's element is.
struct TemplateSequencePosition: Sendable {
    var first: Bool
    var last: Bool
    var index: Int
}
