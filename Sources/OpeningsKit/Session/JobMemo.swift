/// What the per-job steps made of one parsed job, kept by the session while the
/// job's file is unchanged. A result counts only for the generation of shared inputs
/// it was made under, and for the same `extra` key.
final class JobMemo: Sendable {
    /// A kept result in a box of its own type: reading it back is a class check, not a
    /// dynamic cast from `Any` (every step looks up every posting on every edit).
    private final class Box<T>: @unchecked Sendable { // immutable once made
        let value: T
        init(_ value: T) { self.value = value }
    }

    private struct Entry {
        var generation: Int
        var extra: String
        var box: AnyObject
    }

    private let entries = LockedValue<[Entry?]>(Array(repeating: nil, count: SessionCache.Step.allCases.count))

    func get<T>(_ step: SessionCache.Step, generation: Int, extra: String) -> T? {
        let box: AnyObject? = entries.withLock { entries in
            // Compared in place: copying the entry out would retain its key and result.
            guard entries[step.rawValue]?.generation == generation, entries[step.rawValue]?.extra == extra else { return nil }
            return entries[step.rawValue]?.box
        }
        return (box as? Box<T>)?.value
    }

    func set<T>(_ step: SessionCache.Step, generation: Int, extra: String, value: T) {
        let box = Box(value)
        entries.withLock { $0[step.rawValue] = Entry(generation: generation, extra: extra, box: box) }
    }
}
