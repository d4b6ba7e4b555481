/// A theme's templates compiled to render from `TemplateValue`s: the same bytes
/// swift-mustache writes for the same templates and contexts, without its run-time
/// casts (see `TemplateValue` and `CompiledTemplate`).
///
/// `render` gives nil when a context has a value `TemplateValue` has no case for, or a
/// template writes a list or an object as text; `PageRenderer` then renders that page
/// with swift-mustache. A theme using what `CompiledTemplate` does not read has no
/// compiled library at all.
struct CompiledLibrary: Sendable {
    let templates: [String: CompiledTemplate]

    /// Nil when any template uses what `CompiledTemplate` does not read.
    init?(sources: [String: String]) {
        var templates: [String: CompiledTemplate] = [:]
        for (name, text) in sources {
            guard let template = CompiledTemplate.parse(text) else { return nil }
            templates[name] = template
        }
        self.templates = templates
    }

    func render(_ root: [String: TemplateValue], template name: String) -> String? {
        renderUTF8(root, template: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The page's UTF-8, for a page written as it is: its text is never made. Appending
    /// to a byte buffer costs a copy; appending to a `String` cost several hundred
    /// instructions a value (a job page has a few hundred).
    /// `capacity`: what to reserve, for a page about that long.
    func renderUTF8(_ root: [String: TemplateValue], template name: String, capacity: Int = 0) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(templates: templates, stack: [.object(root)])
        var output: [UInt8] = []
        output.reserveCapacity(capacity)
        renderer.render(template.nodes, Renderer.Scope(escaper: .html), into: &output)
        return renderer.failed ? nil : output
    }
}

extension Array where Element == UInt8 {
    /// `text`'s UTF-8 appended: the bytes a `String` append would add.
    @inline(__always)
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}

/// One render: the context stack, pushed and popped as sections open and close.
private struct Renderer {
    typealias Node = CompiledTemplate.Node

    /// What swift-mustache's `MustacheContext` carries besides the stack.
    struct Scope {
        var sequence: TemplateSequencePosition?
        /// Written before every line a partial or block renders after its first.
        var indentation: String?
        /// The blocks parents override, the outermost parent's first.
        var overrides: [String: [Node]]?
        var escaper: TemplateEscaper

        init(sequence: TemplateSequencePosition? = nil, indentation: String? = nil, overrides: [String: [Node]]? = nil,
             escaper: TemplateEscaper) {
            self.sequence = sequence
            self.indentation = indentation
            self.overrides = overrides
            self.escaper = escaper
        }
    }

    let templates: [String: CompiledTemplate]
    var stack: [TemplateValue]
    /// Set when the page needs swift-mustache.
    var failed = false

    mutating func render(_ nodes: [Node], _ initial: Scope, into output: inout [UInt8]) {
        var scope = initial
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, &scope, into: &output) }
            return
        }
        // As swift-mustache: each node's output, indented when what this template has
        // written so far ends a line and the node writes something. swift-mustache writes
        // each node into a string of its own to know; here the indentation is written
        // first and taken back when the node wrote nothing, the same bytes without a
        // string per node.
        let start = output.count
        let width = indentation.utf8.count
        for node in nodes {
            let before = output.count
            guard Self.endsLine(output, from: start) else {
                render(node, &scope, into: &output)
                continue
            }
            output.append(utf8: indentation)
            render(node, &scope, into: &output)
            if output.count == before + width { output.removeLast(width) }
        }
    }

    /// Whether what was written since `start` ends with a line end that is a character of
    /// its own: "\n", not the second half of "\r\n" (Swift's `last == "\n"` on that text).
    static func endsLine(_ output: [UInt8], from start: Int) -> Bool {
        let count = output.count
        guard count > start, output[count - 1] == 0x0A else { return false }
        return count - 1 == start || output[count - 2] != 0x0D
    }

    mutating func render(_ node: Node, _ scope: inout Scope, into output: inout [UInt8]) {
        switch node {
        case .text(let text):
            output.append(utf8: text)
        case .variable(let name, let escaped):
            guard let value = resolve(name, scope) else { return }
            if case .utf8(let bytes) = value, !escaped || scope.escaper == .text {
                output.append(contentsOf: bytes)
                return
            }
            guard let written = value.written else { failed = true; return }
            output.append(utf8: escaped ? scope.escaper.escape(written) : written)
        case .section(let name, let inverted, let body):
            let value = resolve(name, scope)
            if inverted {
                switch value {
                case .list(let values)?:
                    if values.isEmpty { inside(value!, body, scope, into: &output) }
                case .bool(let bool)?:
                    if !bool { render(body, scope, into: &output) }
                case .some: break
                case nil: render(body, scope, into: &output)
                }
            } else {
                switch value {
                case .list(let values)?:
                    for (index, element) in values.enumerated() {
                        let position = TemplateSequencePosition(first: index == 0, last: index == values.count - 1, index: index)
                        stack.append(element)
                        render(body, Scope(sequence: position, indentation: scope.indentation, overrides: scope.overrides,
                                           escaper: scope.escaper), into: &output)
                        stack.removeLast()
                    }
                case .bool(let bool)?:
                    if bool { render(body, scope, into: &output) }
                case let value?: inside(value, body, scope, into: &output)
                case nil: break
                }
            }
        case .partial(let name, let indentation, let overrides):
            guard let template = templates[name] else { return }
            var inherited = scope.overrides
            if let overrides {
                // An override from an outer parent wins over the parent's own.
                inherited = inherited.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
            }
            let indented = indentation.map { (scope.indentation ?? "") + $0 } ?? scope.indentation
            render(template.nodes, Scope(indentation: indented, overrides: inherited, escaper: .html), into: &output)
        case .block(let name, let fallback, let indentation):
            render(scope.overrides?[name] ?? fallback,
                   Scope(indentation: (scope.indentation ?? "") + indentation, overrides: scope.overrides, escaper: scope.escaper),
                   into: &output)
        case .escaping(let escaper):
            scope.escaper = escaper
        case .override:
            break
        }
    }

    /// A section's body with `value` as the innermost context.
    mutating func inside(_ value: TemplateValue, _ body: [Node], _ scope: Scope, into output: inout [UInt8]) {
        stack.append(value)
        render(body, Scope(indentation: scope.indentation, overrides: scope.overrides, escaper: scope.escaper), into: &output)
        stack.removeLast()
    }

    func resolve(_ name: TemplateName, _ scope: Scope) -> TemplateValue? {
        var transforms = name.transforms[...]
        var value: TemplateValue?
        switch name.start {
        case .current:
            value = stack.last
        case .sequence:
            guard let position = scope.sequence, let first = transforms.popFirst() else { return nil }
            value = first.apply(to: position)
        case .innermost:
            value = stack.last
            for key in name.keys { value = value?.child(key) }
        case .stack:
            guard let first = name.keys.first else { value = stack.last; break }
            for context in stack.reversed() {
                if let found = context.child(first) {
                    value = found
                    for key in name.keys.dropFirst() { value = value?.child(key) }
                    break
                }
            }
        }
        for transform in transforms {
            guard let current = value else { return nil }
            value = transform.apply(to: current)
        }
        return value
    }
}
