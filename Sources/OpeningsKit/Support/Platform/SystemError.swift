import Foundation

/// An `errno` value caught right after the call that set it, with the system's words
/// for it ("No space left on device"). Taken at once because any later call, even
/// Foundation's, may overwrite `errno`.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: Int32

    public init(code: Int32) { self.code = code }

    /// The current `errno`.
    static var current: SystemError { SystemError(code: errno) }

    public var description: String { String(cString: strerror(code)) }
}
