import Dispatch

extension Array where Element: Sendable {
    /// `map` across all cores, results in input order. Work items are independent
    /// (one file or one page each), so this is where a build scales.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let results = ResultSlots<T>(count: count)
        self.withUnsafeBufferPointer { input in
            let input = UnsafeSendable(input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.store(transform(input.value[index]), at: index)
            }
        }
        return results.values()
    }
}

/// Two independent pieces of work at once; the results as a pair.
func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let a = ResultSlots<A>(count: 1), b = ResultSlots<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { a.store(first(), at: 0) } else { b.store(second(), at: 0) }
    }
    return (a.values()[0], b.values()[0])
}

/// Work started on another thread at once, its result taken later: `value` waits for it.
/// For fixed work that can overlap a stage (the theme parsed while the postings are
/// read); not `concurrently`, since a `parallelMap` inside one of its two halves would
/// get a single core (libdispatch narrows nested `concurrentPerform`s).
final class BackgroundValue<T: Sendable>: @unchecked Sendable { // `result` is written before `done` signals and read only after
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The result, once the work is done.
    func value() -> T {
        done.wait()
        // Signalled again, so a second read does not wait for ever.
        done.signal()
        return result!
    }
}

/// Each index is written by exactly one iteration, so no lock is needed. The slots are
/// raw memory allocated once: an array property's `withUnsafeMutableBufferPointer`
/// moves the array out of the property for the duration of the call, so two threads
/// storing at once could lose a result.
private final class ResultSlots<T>: @unchecked Sendable { // each slot is written by one thread, read after all finish
    private let slots: UnsafeMutableBufferPointer<T?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func store(_ value: T, at index: Int) { slots[index] = value }
    func values() -> [T] { slots.map { $0! } }
}

private struct UnsafeSendable<V>: @unchecked Sendable { // buffers whose elements each thread touches alone
    let value: V
    init(_ value: V) { self.value = value }
}

extension Array where Element: Sendable {
    /// `parallelMap` that takes the elements out of the array: each is released as soon
    /// as its result is made, so a stage can turn big inputs into outputs without
    /// holding both (the array is empty afterwards). Whether an element is freed then
    /// depends on nothing else holding it.
    mutating func parallelDrainMap<T: Sendable>(_ transform: @Sendable (Int, Element) -> T) -> [T] {
        let count = self.count
        let elements = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
        _ = elements.initialize(from: self)
        self = []
        defer { elements.deallocate() }
        let results = ResultSlots<T>(count: count)
        let shared = UnsafeSendable(elements)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            // Each index is moved out by exactly one iteration.
            results.store(transform(index, shared.value.moveElement(from: index)), at: index)
        }
        return results.values()
    }
}
