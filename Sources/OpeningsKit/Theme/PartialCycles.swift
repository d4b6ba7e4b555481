/// Finds templates that include themselves, directly or through others (`{{>card}}`
/// inside card.mustache, or a parent `{{<layout}}` that comes back to itself).
/// swift-mustache would follow such a chain until the stack overflows and the build
/// crashes; the lookups of a Mustache context fall through to the outer values, so the
/// chain does not end when a section's list does. Each cycle is one finding at the tag
/// that closes it: an error when a page the build renders reaches it, a warning in a
/// template no page uses. Dynamic partials (`{{>*name}}`) name a value, not a template,
/// and are not followed.
struct PartialCycles {
    /// A `{{>name}}` or `{{<name}}` tag inside an override: the file it is in, the template
    /// it names, its sigil and where it is.
    typealias Inclusion = (path: String, name: String, sigil: String, position: TemplateSyntax.Position)

    struct Finding: Equatable {
        var path: String
        var position: TemplateSyntax.Position
        var message: String
        var hint: String
        var reached: Bool
    }

    let templates: [String: ThemeNameCheck.Template]
    /// What a parent renders in its blocks besides its own tags: the templates the
    /// overrides given to it include, wherever those overrides are written (an index's
    /// `{{<layout}}{{$main}}{{>job-listing}}…`). The outermost override of a block wins, so
    /// a `{{<layout}}` inside job-listing renders index's `main` again, and job-listing
    /// in it (found by fuzz-theme): for cycles, layout includes job-listing.
    private let overrideInclusions: [String: [Inclusion]]
    /// The same inclusions by block name: overrides reach every template rendered inside
    /// the parent call, partials included, so a partial with a `{{$main}}` of its own that
    /// the index puts in layout's `main` renders the index's `main` again, and itself in it
    /// (found by fuzz-theme): for cycles, a template with a block includes what every
    /// override of that block includes.
    private let blockOverrideInclusions: [String: [Inclusion]]

    init(templates: [String: ThemeNameCheck.Template]) {
        self.templates = templates
        var found: [String: [Inclusion]] = [:]
        var byBlock: [String: [Inclusion]] = [:]
        func collect(_ nodes: [TemplateSyntax.Node], path: String) {
            for node in nodes {
                switch node {
                case .variable, .partial: break
                case .section(_, _, let children), .block(_, _, let children): collect(children, path: path)
                case .parent(let parent, let dynamic, _, let blocks):
                    for block in blocks {
                        let included = Self.inclusions(block.children).map { (path, $0.0, $0.1, $0.2) }
                        if !dynamic { found[parent, default: []] += included }
                        byBlock[block.name, default: []] += included
                        collect(block.children, path: path)
                    }
                }
            }
        }
        for name in templates.keys.sorted() {
            if let template = templates[name] { collect(template.syntax.nodes, path: template.path) }
        }
        overrideInclusions = found
        blockOverrideInclusions = byBlock
    }

    /// `entries`: the templates the build renders (pages, feeds). A depth-first walk from
    /// them, then from the templates no page reaches: every cycle has a tag that leads back
    /// into the chain being walked, and each template is entered once, so a theme whose
    /// templates all include each other costs no more than its tags.
    func run(entries: [String]) -> [Finding] {
        var findings: [Finding] = []
        var visited: Set<String> = []
        var chain: [String] = []
        for root in entries where templates[root] != nil {
            walk(root, chain: &chain, reached: true, visited: &visited, findings: &findings)
        }
        for root in templates.keys.sorted() {
            walk(root, chain: &chain, reached: false, visited: &visited, findings: &findings)
        }
        return findings.sorted { ($0.path, $0.position) < ($1.path, $1.position) }
    }

    private func walk(_ name: String, chain: inout [String], reached: Bool, visited: inout Set<String>, findings: inout [Finding]) {
        guard let template = templates[name], visited.insert(name).inserted else { return }
        chain.append(name)
        defer { chain.removeLast() }
        for (block, position) in Self.blocksInsideTheirOverride(template.syntax.nodes) {
            findings.append(Finding(path: template.path, position: position,
                message: "`{{$\(block)}}` inside the override of `\(block)`: rendering would never end",
                hint: "rename the inner block, or remove it", reached: reached))
        }
        let own = Self.inclusions(template.syntax.nodes).map { (template.path, $0.0, $0.1, $0.2) }
        for (path, included, sigil, position) in own + (overrideInclusions[name] ?? []) {
            guard let start = chain.firstIndex(of: included) else {
                walk(included, chain: &chain, reached: reached, visited: &visited, findings: &findings)
                continue
            }
            let loop = (chain[start...] + [included]).joined(separator: " → ")
            findings.append(Finding(path: path, position: position,
                message: "`{{\(sigil)\(included)}}` includes `\(included)` inside itself (\(loop)): rendering would never end",
                hint: "remove this tag, or move what the templates share into a partial of its own", reached: reached))
        }
        // A block of this template renders whatever override of its name is in force. When
        // one leads back into the chain, the block is the tag to change: one finding there,
        // however many overrides (index's and listing's `main`, say) would loop.
        // The overrides given to this template itself were followed above.
        let followed = Set((overrideInclusions[name] ?? []).map { "\($0.path):\($0.position.line):\($0.position.column)" })
        for (block, position) in Self.blocks(template.syntax.nodes) {
            for (overridePath, included, sigil, at) in blockOverrideInclusions[block] ?? []
            where !followed.contains("\(overridePath):\(at.line):\(at.column)") {
                guard let start = chain.firstIndex(of: included) else {
                    walk(included, chain: &chain, reached: reached, visited: &visited, findings: &findings)
                    continue
                }
                let loop = (chain[start...] + [included]).joined(separator: " → ")
                findings.append(Finding(path: template.path, position: position,
                    message: "`{{$\(block)}}` renders the override of `\(block)` in \(overridePath), which includes `{{\(sigil)\(included)}}` "
                        + "(\(loop)): rendering would never end",
                    hint: "rename this block, or remove it", reached: reached))
                break
            }
        }
    }

    /// Blocks written inside an override of their own name (`{{<layout}}{{$main}}…{{$main}}…`),
    /// which swift-mustache would expand into themselves (found by fuzz-theme).
    static func blocksInsideTheirOverride(_ nodes: [TemplateSyntax.Node], overriding: Set<String> = []) -> [(String, TemplateSyntax.Position)] {
        var result: [(String, TemplateSyntax.Position)] = []
        for node in nodes {
            switch node {
            case .variable, .partial: break
            case .section(_, _, let children): result += blocksInsideTheirOverride(children, overriding: overriding)
            case .block(let name, let position, let children):
                if overriding.contains(name) { result.append((name, position)) }
                result += blocksInsideTheirOverride(children, overriding: overriding)
            case .parent(_, _, _, let blocks):
                for block in blocks {
                    if overriding.contains(block.name) { result.append((block.name, block.position)) }
                    result += blocksInsideTheirOverride(block.children, overriding: overriding.union([block.name]))
                }
            }
        }
        return result
    }

    /// The blocks `nodes` declare (`{{$name}}`), wherever they are, with their positions.
    static func blocks(_ nodes: [TemplateSyntax.Node]) -> [(String, TemplateSyntax.Position)] {
        var result: [(String, TemplateSyntax.Position)] = []
        for node in nodes {
            switch node {
            case .variable, .partial: break
            case .section(_, _, let children): result += blocks(children)
            case .block(let name, let position, let children): result.append((name, position)); result += blocks(children)
            case .parent(_, _, _, let overrides): for block in overrides { result += blocks(block.children) }
            }
        }
        return result
    }

    /// The templates `nodes` include by name, with the tag's sigil and position, blocks
    /// and sections included.
    static func inclusions(_ nodes: [TemplateSyntax.Node]) -> [(String, String, TemplateSyntax.Position)] {
        var result: [(String, String, TemplateSyntax.Position)] = []
        for node in nodes {
            switch node {
            case .variable: break
            case .section(_, _, let children), .block(_, _, let children): result += inclusions(children)
            case .partial(let name, let dynamic, let position): if !dynamic { result.append((name, ">", position)) }
            case .parent(let name, let dynamic, let position, let blocks):
                if !dynamic { result.append((name, "<", position)) }
                for block in blocks { result += inclusions(block.children) }
            }
        }
        return result
    }
}
