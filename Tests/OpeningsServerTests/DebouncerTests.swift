@testable import OpeningsServer
import Testing

/// The one debounce both watchers share: the batches that come out of a stream of raw
/// change events, with short quiet times.
@Suite struct DebouncerTests {
    enum Outcome: Equatable {
        case batch(Set<String>?)
        /// The debouncer returned without another batch.
        case ended
    }

    /// A debouncer running over events the test yields into `input`.
    struct Running {
        let input: AsyncStream<Debouncer.Event>.Continuation
        let task: Task<Void, Never>
        var batches: AsyncStream<Debouncer.Event>.Iterator

        /// `handling` is how long each batch takes to handle (a rebuild).
        init(quiet: Duration, handling: Duration = .zero) {
            let (events, input) = AsyncStream<Debouncer.Event>.makeStream()
            let (batches, output) = AsyncStream<Debouncer.Event>.makeStream()
            self.input = input
            task = Task {
                await Debouncer(quiet: quiet).run(events) { batch in
                    output.yield(batch)
                    if handling > .zero { try? await Task.sleep(for: handling) }
                }
                output.finish()
            }
            self.batches = batches.makeAsyncIterator()
        }

        mutating func next() async -> Outcome {
            guard let batch = await batches.next() else { return .ended }
            return .batch(batch)
        }
    }

    // These run beside the other suites on few cores, where a task may wait seconds for
    // a thread: the events of a burst are yielded back to back (no suspension between
    // them), and times are only checked from below (never reported early).

    @Test func aBurstIsOneBatchReportedOnceItHasBeenQuiet() async {
        let clock = ContinuousClock()
        var debouncer = Running(quiet: .milliseconds(100))
        let last = clock.now
        debouncer.input.yield(["Content/jobs/a.md"])
        debouncer.input.yield(["Content/jobs/.a.md.swp", "Content/jobs/b.md"])
        debouncer.input.yield(["Content/jobs/a.md"])
        #expect(await debouncer.next() == .batch(["Content/jobs/a.md", "Content/jobs/.a.md.swp", "Content/jobs/b.md"]))
        #expect(last.duration(to: clock.now) >= .milliseconds(100), "reported only after the quiet time")
        debouncer.input.finish()
        #expect(await debouncer.next() == .ended, "one burst, one batch")
    }

    @Test func nilWins() async {
        var debouncer = Running(quiet: .milliseconds(50))
        debouncer.input.yield(["Content/jobs/a.md"])
        debouncer.input.yield(nil)
        debouncer.input.yield(["Content/jobs/b.md"])
        #expect(await debouncer.next() == .batch(nil))
        debouncer.input.finish()
        #expect(await debouncer.next() == .ended)
    }

    @Test func eventsAfterAQuietPeriodAreASecondBatch() async {
        var debouncer = Running(quiet: .milliseconds(50))
        debouncer.input.yield(["Content/jobs/a.md"])
        #expect(await debouncer.next() == .batch(["Content/jobs/a.md"]))
        debouncer.input.yield(["Content/jobs/b.md"])
        #expect(await debouncer.next() == .batch(["Content/jobs/b.md"]))
        debouncer.input.finish()
        #expect(await debouncer.next() == .ended)
    }

    @Test func eventsDuringARebuildWaitForItAndMakeTheNextBatch() async {
        var debouncer = Running(quiet: .milliseconds(20), handling: .milliseconds(200))
        debouncer.input.yield(["Content/jobs/a.md"])
        #expect(await debouncer.next() == .batch(["Content/jobs/a.md"]))
        debouncer.input.yield(["Content/jobs/b.md"])
        debouncer.input.yield(["Themes/default/job.mustache"])
        #expect(await debouncer.next() == .batch(["Content/jobs/b.md", "Themes/default/job.mustache"]))
        debouncer.input.finish()
        #expect(await debouncer.next() == .ended)
    }

    @Test func whenTheEventsEndThePendingBurstIsStillReported() async {
        var debouncer = Running(quiet: .milliseconds(20))
        debouncer.input.yield(["Content/jobs/a.md"])
        debouncer.input.finish()
        #expect(await debouncer.next() == .batch(["Content/jobs/a.md"]))
        #expect(await debouncer.next() == .ended)
    }

    @Test func anEmptyEventAloneIsNoBatch() async {
        var debouncer = Running(quiet: .milliseconds(20))
        debouncer.input.yield([])
        debouncer.input.finish()
        #expect(await debouncer.next() == .ended)
    }

    @Test(.timeLimit(.minutes(1))) func cancellingReturnsWithoutWaitingAndDropsThePendingBurst() async {
        let clock = ContinuousClock()
        var debouncer = Running(quiet: .seconds(3600))
        debouncer.input.yield(["Content/jobs/a.md"])
        let start = clock.now
        debouncer.task.cancel()
        await debouncer.task.value
        #expect(start.duration(to: clock.now) < .seconds(3600), "did not wait for the quiet time")
        #expect(await debouncer.next() == .ended)
    }

    /// The decisions themselves, on a clock the test sets.
    @Test func theQuietTimeCountsFromTheLatestEventAndEmptyEventsOnlyExtendABurst() {
        let start = ContinuousClock.now
        func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }
        let quiet = Duration.milliseconds(100)
        var burst = Debouncer.Burst()
        burst.add([], at: at(0)) // an editor's swap file alone: nothing to rebuild
        #expect(burst.next(now: at(500), quiet: quiet) == .idle)
        burst.add(["a"], at: at(500))
        burst.add([], at: at(560)) // the save is still going on
        #expect(burst.next(now: at(620), quiet: quiet) == .wait(until: at(660)))
        burst.add(["b"], at: at(640))
        #expect(burst.next(now: at(700), quiet: quiet) == .wait(until: at(740)))
        #expect(burst.next(now: at(740), quiet: quiet) == .report(["a", "b"]))
        #expect(burst.next(now: at(900), quiet: quiet) == .idle)
        burst.add(nil, at: at(900))
        burst.add(["c"], at: at(910))
        #expect(burst.next(now: at(1010), quiet: quiet) == .report(nil))
        #expect(burst.next(now: at(2000), quiet: quiet) == .idle)
    }
}
