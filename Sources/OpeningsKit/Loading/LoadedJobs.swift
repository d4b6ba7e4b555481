/// The postings a load parsed, in the order of their paths, and what their files
/// said was wrong (a file that could not be parsed has findings and no job).
struct LoadedJobs: Sendable {
    var jobs: [Job]
    var diagnostics: [Diagnostic]

    /// From one result per path.
    init(_ results: [(Job?, [Diagnostic])]) {
        jobs = results.compactMap(\.0)
        diagnostics = results.flatMap(\.1)
    }
}
