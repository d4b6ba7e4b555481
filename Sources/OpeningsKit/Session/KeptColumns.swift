import Foundation

/// The results one per-job step gave in the last build, in the order it asked for
/// them, with the jobs and keys they were made for.
///
/// An edit changes one posting or a few; the other ten thousand give back the same
/// `Job` objects, so a step can take last build's result at the same position after
/// comparing two pointers and a short key, where asking each job's `JobMemo` takes a
/// dictionary look-up, a lock and a cast (several steps of every edit did that for
/// every posting). Keyed exactly as the memo is: the job, the generation of shared
/// inputs and the step's extra key; whatever is not found here goes to the memo.
final class KeptColumns: @unchecked Sendable { // `columns` is only reached under `lock`
    private struct Column {
        var generation: Int
        /// Held, not only named: a job freed after this build could give its address to
        /// a new one, which would then pass for it.
        var jobs: [Job]
        var extras: [String]
        var values: Any
    }

    private let lock = NSLock()
    private var columns: [String: Column] = [:]

    /// `compute(index)` for each of `jobs` whose job, `extras[index]` (when given) and
    /// `generation` match last build's result under `name`; last build's result for the
    /// rest. Computed on all cores when `parallel` and more than one is missing.
    func values<T: Sendable>(_ name: String, generation: Int, jobs: [Job], extras: [String]? = nil, parallel: Bool = false,
                             compute: @Sendable (Int) -> T) -> [T] {
        let keys = extras ?? []
        // Where each job's result was last time, or -1.
        var from = [Int](repeating: -1, count: jobs.count)
        var kept: [T] = []
        lock.withLock {
            guard let previous = columns[name], previous.generation == generation, let values = previous.values as? [T] else { return }
            kept = values
            let samePositions = previous.jobs.count == jobs.count
            // Postings added or removed move the others: found by job instead.
            let position = samePositions ? [:] : Dictionary(previous.jobs.enumerated().map { (ObjectIdentifier($1), $0) }) { first, _ in first }
            for index in jobs.indices {
                let old = samePositions ? (previous.jobs[index] === jobs[index] ? index : nil) : position[ObjectIdentifier(jobs[index])]
                guard let old, extras == nil || previous.extras[old] == keys[index] else { continue }
                from[index] = old
            }
        }
        let missing = from.indices.filter { from[$0] < 0 }
        let made = parallel && missing.count > 1 ? missing.parallelMap(compute) : missing.map(compute)
        var values: [T] = []
        values.reserveCapacity(jobs.count)
        var next = 0
        for index in jobs.indices {
            if from[index] >= 0 {
                values.append(kept[from[index]])
            } else {
                values.append(made[next])
                next += 1
            }
        }
        lock.withLock { columns[name] = Column(generation: generation, jobs: jobs, extras: keys, values: values) }
        return values
    }
}
