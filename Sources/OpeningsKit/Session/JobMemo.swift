import Foundation

/// What the per-job steps made of one parsed job, kept by the session while the
/// job's file is unchanged. A result counts only for the generation of shared inputs
/// it was made under, and for the same `extra` key.
final class JobMemo: @unchecked Sendable { // every access is under `lock`
    private struct Entry {
        var generation: Int
        var extra: String
        var value: Any
    }

    private let lock = NSLock()
    private var entries: [Entry?] = Array(repeating: nil, count: SessionCache.Step.allCases.count)

    func get<T>(_ step: SessionCache.Step, generation: Int, extra: String) -> T? {
        lock.withLock {
            guard let entry = entries[step.rawValue], entry.generation == generation, entry.extra == extra else { return nil }
            return entry.value as? T
        }
    }

    func set(_ step: SessionCache.Step, generation: Int, extra: String, value: Any) {
        lock.withLock { entries[step.rawValue] = Entry(generation: generation, extra: extra, value: value) }
    }
}
