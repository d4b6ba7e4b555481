/// What the per-job steps made of one parsed job, kept by the session while the
/// job's file is unchanged. A result counts only for the generation of shared inputs
/// it was made under, and for the same `extra` key.
final class JobMemo: Sendable {
    private struct Entry {
        var generation: Int
        var extra: String
        var value: Any
    }

    private let entries = LockedValue<[Entry?]>(Array(repeating: nil, count: SessionCache.Step.allCases.count))

    func get<T>(_ step: SessionCache.Step, generation: Int, extra: String) -> T? {
        entries.withLock { entries in
            guard let entry = entries[step.rawValue], entry.generation == generation, entry.extra == extra else { return nil }
            return entry.value as? T
        }
    }

    func set(_ step: SessionCache.Step, generation: Int, extra: String, value: Any) {
        entries.withLock { $0[step.rawValue] = Entry(generation: generation, extra: extra, value: value) }
    }
}
