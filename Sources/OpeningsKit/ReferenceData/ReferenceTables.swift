import Dispatch

/// The built-in tables every build reads, parsed from their embedded text on first use:
/// the pay-transparency laws (a 48 KB YAML file), the language rules, the ISO 3166-2
/// subdivisions and CLDR's country names.
///
/// Why in the background: parsing them is ~100 M instructions, once per process, and
/// each was first asked for on the build's path by one thread while the other core
/// waited (the laws by the compliance checker, made before the stage starts). Started as
/// the build starts, the parsing overlaps reading the site. A thread that needs a table
/// before it is ready waits for it (Swift's `static let` is initialised once, under a
/// lock), so the result is the same either way.
enum ReferenceTables {
    /// Starts parsing them, once per process (a preview server's rebuilds find them ready).
    static func prepareInBackground() { _ = started }

    private static let started: Void = {
        DispatchQueue.global(qos: .userInitiated).async {
            // In the order the stages ask: loading reads regions, compliance the laws and rules.
            _ = ISOCodes.subdivisions
            _ = PayTransparencyTable.laws
            _ = LanguageRuleSet.builtIn
            _ = CountryNames.byLanguage
        }
    }()
}
