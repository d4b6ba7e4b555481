/// Finds the names in a theme's templates that no page will ever have: swift-mustache
/// renders an unknown `{{site.titel}}`, `{{>job-cards}}` or `{{$mian}}` as nothing,
/// silently, so a typo would otherwise ship as a blank.
///
/// Each template the build renders is walked once from the context it is rendered
/// with (`entries`, learnt from the renderer's own contexts), following what
/// swift-mustache does at render time: a section over a list or a dictionary puts its
/// value on top of the context stack, a name is looked up from the top of the stack
/// down by its first part, partials and parents are walked with the stack of the tag
/// that includes them, and a parent's `{{$block}}` is replaced by the including
/// template's override. A name counts as known when it resolves on any walk that
/// reaches it (a layout shared by every page may test `{{#job}}`, which only job
/// pages have). Templates no walk reaches are checked against everything any page has.
struct ThemeNameCheck {
    struct Template {
        var path: String
        var syntax: TemplateSyntax
    }

    let templates: [String: Template]
    let entries: [String: ContextShape]

    private struct Frame {
        var shape: ContextShape
        /// The section iterates a list, so `first()`, `index()` … apply.
        var sequence: Bool
    }

    private struct Override {
        var children: [TemplateSyntax.Node]
        var path: String
        var id: String
    }

    /// Where a finding is and what it says, until every walk is done.
    private struct Site: Hashable {
        var path: String
        var position: TemplateSyntax.Position
        var text: String
    }

    private var resolved: Set<Site> = []
    private var failures: [Site: (message: String, hint: String?)] = [:]
    private var visited: Set<String> = []
    private var expandedOverrides: Set<String> = []
    private var overrides: [String: (site: Site, parent: String, name: String)] = [:]
    /// The template being walked is included by no template (so checked against every page's names).
    private var unreached: String?

    init(templates: [String: Template], entries: [String: ContextShape]) {
        self.templates = templates
        self.entries = entries
    }

    /// The findings, one per name that no walk resolves.
    mutating func run() -> [(path: String, position: TemplateSyntax.Position, message: String, hint: String?)] {
        for (name, shape) in entries.sorted(by: { $0.key < $1.key }) {
            guard let template = templates[name] else { continue }
            walk(template.syntax.nodes, path: template.path, stack: [Frame(shape: shape, sequence: false)], overrides: [:], chain: [name])
        }
        // Partials no page includes: checked against everything a page can have.
        var everything = ContextShape()
        for shape in entries.values { everything.merge(shape) }
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) where !visited.contains(name) {
            unreached = name
            defer { unreached = nil }
            walk(template.syntax.nodes, path: template.path, stack: [Frame(shape: everything, sequence: false)], overrides: [:], chain: [name])
        }
        for (id, override) in overrides where !expandedOverrides.contains(id) {
            let blocks = blockNames(in: override.parent, seen: [])
            let suggestion = Suggestion.closest(to: override.name, in: blocks)
            failures[override.site] = ("`\(override.parent)` has no block `\(override.name)`, so this override is never shown",
                suggestion.map { "did you mean `{{$\($0)}}`?" }
                    ?? (blocks.isEmpty ? "`\(override.parent)` has no blocks" : "its blocks: \(blocks.sorted().joined(separator: ", "))"))
        }
        return failures.filter { !resolved.contains($0.key) }
            .map { (path: $0.key.path, position: $0.key.position, message: $0.value.message, hint: $0.value.hint) }
            .sorted { ($0.path, $0.position, $0.message) < ($1.path, $1.position, $1.message) }
    }

    private mutating func walk(_ nodes: [TemplateSyntax.Node], path: String, stack: [Frame], overrides: [String: Override],
                               chain: [String]) {
        if let name = chain.last { visited.insert(name) }
        for node in nodes {
            switch node {
            case .variable(let name):
                _ = resolve(name, path: path, stack: stack)
            case .section(let name, let inverted, let children):
                let value = resolve(name, path: path, stack: stack)
                var inner = stack
                if !inverted {
                    if let value {
                        if let frame = value.sectionFrame { inner.append(Frame(shape: frame.shape, sequence: frame.sequence)) }
                    } else {
                        // Unknown: reported once; what is inside is not blamed for it.
                        inner.append(Frame(shape: .open, sequence: true))
                    }
                }
                walk(children, path: path, stack: inner, overrides: overrides, chain: chain)
            case .partial(let name, let dynamic, let position):
                if dynamic {
                    _ = resolve(TemplateSyntax.Name(path: name, transforms: [], position: position, written: name), path: path, stack: stack)
                } else {
                    include(name, sigil: ">", at: Site(path: path, position: position, text: "partial \(name)"),
                            stack: stack, overrides: overrides, chain: chain)
                }
            case .parent(let name, let dynamic, let position, let blocks):
                var merged = overrides
                for block in blocks {
                    let id = "\(path):\(block.position.line):\(block.position.column)"
                    // The outermost override of a block wins, as in swift-mustache.
                    if merged[block.name] == nil { merged[block.name] = Override(children: block.children, path: path, id: id) }
                    if !dynamic, templates[name] != nil {
                        self.overrides[id] = (Site(path: path, position: block.position, text: "block \(block.name)"), name, block.name)
                    }
                }
                if dynamic {
                    _ = resolve(TemplateSyntax.Name(path: name, transforms: [], position: position, written: name), path: path, stack: stack)
                    for block in blocks { walk(block.children, path: path, stack: stack, overrides: overrides, chain: chain) }
                } else if templates[name] == nil {
                    include(name, sigil: "<", at: Site(path: path, position: position, text: "parent \(name)"),
                            stack: stack, overrides: merged, chain: chain)
                    for block in blocks { walk(block.children, path: path, stack: stack, overrides: overrides, chain: chain) }
                } else {
                    include(name, sigil: "<", at: Site(path: path, position: position, text: "parent \(name)"),
                            stack: stack, overrides: merged, chain: chain)
                }
            case .block(let name, _, let children):
                if let override = overrides[name] {
                    expandedOverrides.insert(override.id)
                    // A block of the same name inside the override is its own (and an error,
                    // see `PartialCycles`): expanding it again would never end.
                    var inner = overrides
                    inner[name] = nil
                    walk(override.children, path: override.path, stack: stack, overrides: inner, chain: chain)
                } else {
                    walk(children, path: path, stack: stack, overrides: overrides, chain: chain)
                }
            }
        }
    }

    /// Walks the partial or parent `name` with the including tag's stack.
    private mutating func include(_ name: String, sigil: String, at site: Site, stack: [Frame], overrides: [String: Override],
                                  chain: [String]) {
        guard let template = templates[name] else {
            let suggestion = Suggestion.closest(to: name, in: templates.keys)
            let known = templates.keys.sorted().joined(separator: ", ")
            failures[site] = ("unknown \(sigil == ">" ? "partial" : "parent") `{{\(sigil)\(name)}}`: no template `\(name).mustache`",
                              suggestion.map { "did you mean `{{\(sigil)\($0)}}`?" } ?? "templates of this theme: \(known)")
            return
        }
        resolved.insert(site)
        // A template that includes itself is walked once more at most; deeper nesting adds nothing new.
        guard chain.filter({ $0 == name }).count < 2, chain.count < 32 else { return }
        walk(template.syntax.nodes, path: template.path, stack: stack, overrides: overrides, chain: chain + [name])
    }

    /// The `{{$block}}` names a template offers, through the parents and partials it includes.
    private func blockNames(in name: String, seen: Set<String>) -> Set<String> {
        guard let template = templates[name], !seen.contains(name) else { return [] }
        var names: Set<String> = []
        func collect(_ nodes: [TemplateSyntax.Node]) {
            for node in nodes {
                switch node {
                case .block(let block, _, let children): names.insert(block); collect(children)
                case .section(_, _, let children): collect(children)
                case .partial(let partial, false, _): names.formUnion(blockNames(in: partial, seen: seen.union([name])))
                case .parent(let parent, false, _, let blocks):
                    names.formUnion(blockNames(in: parent, seen: seen.union([name])))
                    for block in blocks { collect(block.children) }
                default: break
                }
            }
        }
        collect(template.syntax.nodes)
        return names
    }

    /// Looks `name` up as swift-mustache would in a context of this shape; records
    /// the outcome at its position and returns the value's shape (nil when unknown).
    private mutating func resolve(_ name: TemplateSyntax.Name, path: String, stack: [Frame]) -> ContextShape? {
        let site = Site(path: path, position: name.position, text: name.written)
        let top = stack.last ?? Frame(shape: .open, sequence: false)
        var value: ContextShape
        if name.path == "." || (name.path.isEmpty && name.transforms.isEmpty) {
            value = top.shape
        } else if name.path.isEmpty {
            // `first()`, `index()`: the position in the list the innermost section iterates.
            guard let transform = name.transforms.last, ContextShape.sequenceTransforms.contains(transform) else {
                let transform = name.transforms.last ?? ""
                return fail(site, "unknown transform `\(transform)()`",
                            hint: Suggestion.closest(to: transform, in: ContextShape.sequenceTransforms).map { "did you mean `\($0)()`?" }
                                ?? "inside a section over a list: \(ContextShape.sequenceTransforms.map { "`\($0)()`" }.joined(separator: ", "))")
            }
            guard top.sequence || top.shape.isOpen else {
                return fail(site, "`\(name.written)` is only set directly inside a section over a list",
                            hint: "use it inside `{{#list}}…{{/list}}`, not in a section nested in it")
            }
            var shape = ContextShape()
            shape.scalars = [transform == "index" ? .number : .bool]
            value = shape
            for outer in name.transforms.dropLast().reversed() {
                guard let next = value.applying(outer) else { return unknownTransform(outer, in: name, shape: value, site: site) }
                value = next
            }
            resolved.insert(site)
            return value
        } else {
            let parts = name.path.split(separator: ".").map(String.init)
            if name.path.hasPrefix(".") {
                guard let found = lookUp(parts, in: top.shape) else {
                    return unknownName(name, parts: parts, candidates: [top.shape], site: site)
                }
                value = found
            } else {
                let holders = stack.reversed().filter { $0.shape.child(parts[0]) != nil }.map(\.shape)
                guard let found = holders.compactMap({ lookUp(parts, in: $0) }).first else {
                    return unknownName(name, parts: parts, candidates: holders.isEmpty ? stack.reversed().map(\.shape) : holders,
                                       site: site, firstPartKnown: !holders.isEmpty)
                }
                value = found
            }
        }
        for transform in name.transforms.reversed() {
            guard let next = value.applying(transform) else { return unknownTransform(transform, in: name, shape: value, site: site) }
            value = next
        }
        resolved.insert(site)
        return value
    }

    private func lookUp(_ parts: [String], in shape: ContextShape) -> ContextShape? {
        var current = shape
        for part in parts {
            guard let next = current.child(part) else { return nil }
            current = next
        }
        return current
    }

    private mutating func fail(_ site: Site, _ message: String, hint: String?) -> ContextShape? {
        if failures[site] == nil { failures[site] = (message, hint) }
        return nil
    }

    private mutating func unknownName(_ name: TemplateSyntax.Name, parts: [String], candidates: [ContextShape], site: Site,
                                      firstPartKnown: Bool = false) -> ContextShape? {
        let display = name.path
        let prefix = name.path.hasPrefix(".") ? "." : ""
        // How far the name resolves in the innermost value that has its first part.
        var depth = 0
        var current = candidates.first ?? ContextShape()
        if firstPartKnown {
            while depth < parts.count, let next = current.child(parts[depth]) { current = next; depth += 1 }
        }
        let names: [String]
        if depth == 0, !firstPartKnown {
            var all: Set<String> = []
            for shape in candidates { all.formUnion(shape.names) }
            names = all.sorted()
        } else {
            names = current.names
        }
        let known = parts[..<depth].joined(separator: ".")
        var hint: String?
        if let closest = Suggestion.closest(to: parts[depth], in: names) {
            let fixed = prefix + (parts[..<depth] + [closest] + parts[(depth + 1)...]).joined(separator: ".")
            hint = "did you mean `\(fixed)`?"
        } else if depth == 0, let unreached {
            hint = "no page has it (`\(unreached)` is included by no template, so it is checked against every page's names)"
        } else if names.isEmpty {
            hint = depth == 0 ? nil : "`\(prefix + known)` has no names inside it"
        } else {
            let listed = names.count > 16 ? names.prefix(16).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
            hint = depth == 0 ? "names here: \(listed)" : "`\(prefix + known)` has: \(listed)"
        }
        return fail(site, "unknown variable `\(display)`", hint: hint)
    }

    private mutating func unknownTransform(_ transform: String, in name: TemplateSyntax.Name, shape: ContextShape,
                                           site: Site) -> ContextShape? {
        let available = shape.transforms
        let hint = Suggestion.closest(to: transform, in: available).map { "did you mean `\($0)`?" }
            ?? (available.isEmpty ? "this value takes no transforms" : "this value takes: \(available.joined(separator: ", "))")
        return fail(site, "unknown transform `\(transform)` in `\(name.written)`", hint: hint)
    }
}
