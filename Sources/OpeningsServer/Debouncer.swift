import OpeningsKit

/// Turns a watcher's raw change events into batches. Editors save in bursts (write a
/// temporary file, rename it over the old one, touch it) and one save should be one
/// rebuild: a batch is reported once no event has come for `quiet`. Its paths are the
/// union of the burst's, or nil ("anything may have changed") when any event of the
/// burst was nil.
///
/// Both watchers (`InotifyWatcher`, `SiteWatcher`) only produce events; this is the
/// one place that decides when a burst is over.
struct Debouncer: Sendable {
    /// Absolute paths that changed, or nil when the watcher cannot tell (the kernel
    /// dropped events, a folder appeared): then anything may have changed. An empty set
    /// is activity without news (an editor's swap file): it keeps a burst going but
    /// does not start one.
    typealias Event = Set<String>?

    var quiet: Duration

    /// Reads `events` and calls `onBatch` once per burst, until `events` ends (after
    /// reporting a burst still pending) or the task is cancelled (a pending burst is
    /// dropped: the server is stopping). Events go on being collected while `onBatch`
    /// runs, so what changed during a rebuild makes the next batch.
    func run(_ events: AsyncStream<Event>, onBatch: (Event) async -> Void) async {
        let clock = ContinuousClock()
        let burst = LockedValue(Burst())
        // Tells the loop below that something arrived; one pending wake-up is enough.
        let (wakeups, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        await withTaskGroup(of: Void.self) { group in
            // Collects events as they come, also while a batch is being handled.
            group.addTask {
                for await event in events {
                    let now = clock.now
                    burst.withLock { $0.add(event, at: now) }
                    wake.yield()
                }
                wake.finish()
            }
            waiting: for await _ in wakeups {
                while !Task.isCancelled {
                    switch burst.withLock({ $0.next(now: clock.now, quiet: quiet) }) {
                    case .idle:
                        continue waiting
                    case .wait(let deadline):
                        try? await Task.sleep(until: deadline, clock: clock)
                    case .report(let batch):
                        await onBatch(batch)
                    }
                }
                break
            }
            group.cancelAll()
        }
    }

    /// The burst being collected.
    struct Burst {
        private var paths: Set<String>? = []
        /// When the burst's latest event came; nil while there is no burst.
        private var last: ContinuousClock.Instant?

        enum Step: Equatable {
            case idle
            case wait(until: ContinuousClock.Instant)
            case report(Event)
        }

        mutating func add(_ event: Event, at time: ContinuousClock.Instant) {
            if let event {
                if event.isEmpty, last == nil { return }
                paths?.formUnion(event)
            } else {
                paths = nil
            }
            last = time
        }

        /// What to do now: nothing pending, wait until the burst has been quiet for
        /// `quiet`, or report it and start over. Decided and taken under one lock, so no
        /// event can fall between the check and the report.
        mutating func next(now: ContinuousClock.Instant, quiet: Duration) -> Step {
            guard let last else { return .idle }
            guard now >= last + quiet else { return .wait(until: last + quiet) }
            defer { paths = []; self.last = nil }
            return .report(paths)
        }
    }
}
