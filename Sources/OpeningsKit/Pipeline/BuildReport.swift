import Dispatch

/// What a build or check found and did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// Files written to the output folder; nil when nothing was written.
    public var filesWritten: Int?
    /// Seconds per stage, in order, for `--verbose` and the benchmark.
    public var timings: [(stage: String, seconds: Double)] = []
    /// A failure that is not about the content (the output folder cannot be written).
    public var failure: String?
    /// What the user should know that is neither a finding nor a failure (the build
    /// record could not be written).
    public var notes: [String] = []
    /// The output already held this build (same inputs, files untouched), so nothing was done.
    public var upToDate = false

    public var succeeded: Bool { failure == nil && !diagnostics.hasErrors }

    /// Runs one stage, recording how long it took.
    mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = Self.now()
        let value = try body()
        record(stage, since: start)
        return value
    }

    /// For a stage that must take ownership of its input, which a closure cannot pass on.
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    mutating func record(_ stage: String, since start: UInt64) {
        timings.append((stage, Double(Self.now() - start) / 1e9))
    }
}
