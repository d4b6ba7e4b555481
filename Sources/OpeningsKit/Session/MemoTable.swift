/// The memo of every job of one session build, handed out once per build and captured
/// by the steps' closures. A plain value read in place: looking a job up takes no lock
/// and touches no shared reference count (reading it through the session object from
/// both cores made every lookup contend on one cache line, a tenth of a rebuild).
struct MemoTable: Sendable {
    let generation: Int
    let memos: [ObjectIdentifier: JobMemo]
    /// Counts job pages rendered again (`BuildSession.Result.jobPagesRendered`).
    let pagesRendered: LockedValue<Int>

    /// `compute`'s result for `job` at this generation and `extra`: the kept one, or
    /// computed now (outside any shared lock, so steps stay parallel) and kept.
    func value<T>(_ step: SessionCache.Step, for job: Job, extra: String = "", compute: () -> T) -> T {
        guard let memo = memos[ObjectIdentifier(job)] else { return compute() }
        if let hit: T = memo.get(step, generation: generation, extra: extra) { return hit }
        let value = compute()
        memo.set(step, generation: generation, extra: extra, value: value)
        if step == .page { pagesRendered.withLock { $0 += 1 } }
        return value
    }
}
