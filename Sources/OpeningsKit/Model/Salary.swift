/// How often a salary amount is paid.
public enum SalaryPeriod: String, Sendable, CaseIterable {
    case year, month, week, day, hour

    /// schema.org `unitText`.
    var unitText: String { rawValue.uppercased() }
}

/// A pay range as shown to candidates.
public struct SalaryRange: Hashable, Sendable {
    public var minimum: Double
    public var maximum: Double
    /// ISO 4217 code, upper case.
    public var currency: String
    public var period: SalaryPeriod
    /// A band's display name ("People L3"), when it has one.
    public var label: String?

    public init(minimum: Double, maximum: Double, currency: String, period: SalaryPeriod, label: String? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.currency = currency
        self.period = period
        self.label = label
    }
}

/// A named range from `bands.yml`.
public struct SalaryBand: Sendable {
    public var name: String
    public var range: SalaryRange
    public var location: SourceLocation
}

/// Bands that `bands.yml` meant to define but could not, because of an error already
/// reported there: a job naming one is not told again that the band is unknown.
public struct BrokenBands: Sendable, Hashable {
    /// The file itself could not be read as bands (a YAML error, say): every name is covered.
    public var wholeFile = false
    public var names: Set<String> = []

    public init(wholeFile: Bool = false, names: Set<String> = []) {
        self.wholeFile = wholeFile
        self.names = names
    }

    public func covers(_ name: String) -> Bool { wholeFile || names.contains(name) }
}

/// What a job says about pay, before bands are resolved.
public enum SalarySpec: Sendable {
    case range(SalaryRange)
    case band(String, at: SourceLocation)
}

extension SalaryRange {
    /// An amount as an author wrote it, for messages and data attributes: `95000`, `42.5`.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
