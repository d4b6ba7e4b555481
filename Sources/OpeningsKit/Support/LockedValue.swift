import Foundation

/// A value shared between threads, read and written under a lock.
public final class LockedValue<Value>: @unchecked Sendable { // `value` is only reached under `lock`
    private let lock = NSLock()
    private var value: Value
    public init(_ value: Value) { self.value = value }
    public func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
