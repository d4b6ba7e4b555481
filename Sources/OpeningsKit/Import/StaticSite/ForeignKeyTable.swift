/// Which Openings field a front-matter key of a Jekyll or Hugo posting fills. The names
/// are `FieldAliases.jobNames`, the table `check` reports other tools' keys with, so a
/// key the import maps is one `check` names the field for, and the other way round;
/// docs/import.md lists them. Keys compare as `FieldAliases.normalise` makes them
/// (`Application Link`, `application-link` and `application_link` alike).
enum ForeignKeyTable {
    enum Field: Hashable, Sendable {
        case title, id, department, level, employmentType, workplace, locations, remoteCountries
        case posted, closes, salary, salaryMinimum, salaryMaximum, applyURL, draft, tags, summary
        /// `role`: Openings' other name for the title, used only when there is no title.
        case role
        /// `slug`: the file name to write.
        case slug
        /// A setting of the generator (`layout`, `permalink`, `weight`): dropped without a word.
        case generatorSetting
    }

    /// The field `key` fills, and its rank among the keys filling that field (0 for the
    /// Openings name itself): when a file has several, the lowest rank wins.
    static func field(for key: String) -> (field: Field, rank: Int)? {
        let normalised = FieldAliases.normalise(key)
        // `salaryMin` is `salary_min`; `publishDate` is listed as `publishdate` too.
        return table[normalised] ?? compactTable[normalised.replacingAll("_", with: "")]
    }

    /// The table by keys without underscores, for keys written run together.
    private static let compactTable: [String: (field: Field, rank: Int)] = {
        var result: [String: (field: Field, rank: Int)] = [:]
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            let compact = key.replacingAll("_", with: "")
            if let existing = result[compact], existing.rank <= value.rank { continue }
            result[compact] = value
        }
        return result
    }()

    /// Keys that only steer the generator (layouts, addresses, menus, ordering). `slug`
    /// is not one of them: it names the file.
    static let generatorSettings: Set<String> = [
        "layout", "permalink", "redirect_from", "redirect_to", "sidebar", "showtitle", "subnav", "weight", "menu", "aliases",
        "url", "lastmod", "linktitle", "outputs", "build", "cascade", "headless", "markup", "excerpt_separator",
        "render_with_liquid", "sitemap", "nav_order",
    ]

    /// Openings' own keys (those an `ImportedPosting` has a field for).
    private static let own: [String: Field] = [
        "title": .title, "role": .role, "id": .id, "department": .department, "level": .level,
        "employment_type": .employmentType, "workplace": .workplace, "locations": .locations, "location": .locations,
        "remote_countries": .remoteCountries, "posted": .posted, "closes": .closes, "salary": .salary,
        "compensation": .salary, "apply_url": .applyURL, "draft": .draft, "tags": .tags,
        // Openings shows no separate summary (`description` is accepted and not shown), so
        // a source's summary opens the body instead.
        "description": .summary, "summary": .summary, "excerpt": .summary,
        "slug": .slug,
    ]

    private static let table: [String: (field: Field, rank: Int)] = {
        var result: [String: (field: Field, rank: Int)] = [:]
        for (key, field) in own { result[key] = (field, 0) }
        for key in generatorSettings { result[key] = (.generatorSetting, 0) }
        for (target, names) in FieldAliases.jobNames {
            for (index, name) in names.enumerated() where result[name] == nil {
                guard let field = own[target] else { preconditionFailure("FieldAliases maps to `\(target)`, which an import cannot fill") }
                switch name {
                case "salary_min", "min_salary": result[name] = (.salaryMinimum, index + 1)
                case "salary_max", "max_salary": result[name] = (.salaryMaximum, index + 1)
                default: result[name] = (field, index + 1)
                }
            }
        }
        return result
    }()
}
