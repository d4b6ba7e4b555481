/// How the pipeline runs the stages' per-job functions.
enum BuildMode {
    /// `openings build` and `check`: everything from scratch, and each input let go
    /// as soon as the next stage has made what it needs from it.
    case oneShot
    /// `openings serve`: results kept between builds while what they were made from is
    /// unchanged. `changed`: site-relative paths a watcher reported, nil when unknown.
    case session(SessionCache, changed: Set<String>?)

    /// `body` for every item, in parallel: computed, or through the session's memo
    /// of the item's job.
    func each<Item: Sendable, T: Sendable>(_ step: SessionCache.Step, _ items: [Item], job: @Sendable (Item) -> Job,
                                           _ body: @Sendable (Item) -> T) -> [T] {
        switch self {
        case .oneShot: return items.parallelMap(body)
        case .session(let session, _):
            let memos = session.memoTable
            let jobs = items.map(job)
            // Last build's result by position first (`KeptColumns`): an edit leaves all but a few jobs as they were.
            return session.columns.values("step \(step)", generation: memos.generation, jobs: jobs, parallel: true) { index in
                memos.value(step, for: jobs[index]) { body(items[index]) }
            }
        }
    }
}
