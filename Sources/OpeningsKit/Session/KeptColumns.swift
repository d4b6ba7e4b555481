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
        var shared: String
        var extras: Any
        var values: Any
    }

    private let lock = NSLock()
    private var columns: [String: Column] = [:]

    /// Last build's result under `name` for each of `jobs` whose job and `extras[index]`
    /// (when given) match, if `generation` and `shared` (a key every result depends on)
    /// do; `compute(index)` for the rest, on all cores when `parallel` and more than one is missing.
    func values<T: Sendable>(_ name: String, generation: Int, shared: String = "", jobs: [Job], parallel: Bool = false,
                             compute: @Sendable (Int) -> T) -> [T] {
        values(name, generation: generation, shared: shared, jobs: jobs, extras: [Bool]?.none, parallel: parallel, compute: compute)
    }

    func values<T: Sendable, Key: Equatable>(_ name: String, generation: Int, shared: String = "", jobs: [Job], extras: [Key]?,
                                             parallel: Bool = false, compute: @Sendable (Int) -> T) -> [T] {
        let keys = extras ?? []
        // Taken out while this build patches it: last build's array, referenced from
        // here alone, is then changed in place (a copy would touch every result's
        // reference count, which at 50,000 postings is most of an edit's time).
        var column = lock.withLock { columns.removeValue(forKey: name) }
        var values: [T] = []
        var missing: [Int] = []
        // Where each job's result was last time (-1: none), when postings were added or removed.
        var moved: [Int]?
        if let previous = column, previous.generation == generation, previous.shared == shared,
           let kept = previous.values as? [T], let previousKeys = previous.extras as? [Key] {
            column?.values = ()
            values = kept
            if previous.jobs.count == jobs.count {
                previous.jobs.withUnsafeBufferPointer { old in
                    jobs.withUnsafeBufferPointer { new in
                        for index in new.indices where !(old[index] === new[index] && (extras == nil || previousKeys[index] == keys[index])) {
                            missing.append(index)
                        }
                    }
                }
            } else {
                // The others moved: found by job instead.
                let position = Dictionary(previous.jobs.enumerated().map { (ObjectIdentifier($1), $0) }) { first, _ in first }
                moved = jobs.indices.map { index in
                    guard let old = position[ObjectIdentifier(jobs[index])], extras == nil || previousKeys[old] == keys[index] else {
                        missing.append(index)
                        return -1
                    }
                    return old
                }
            }
        } else {
            missing = Array(jobs.indices)
        }
        column = nil
        let made = parallel && missing.count > 1 ? missing.parallelMap(compute) : missing.map(compute)
        if missing.count == jobs.count {
            values = made
        } else if let moved {
            var next = 0
            values = moved.map { old in
                guard old < 0 else { return values[old] }
                next += 1
                return made[next - 1]
            }
        } else {
            for (index, value) in zip(missing, made) { values[index] = value }
        }
        lock.withLock { columns[name] = Column(generation: generation, jobs: jobs, shared: shared, extras: keys, values: values) }
        return values
    }
}
