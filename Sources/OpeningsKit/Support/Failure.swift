/// A failure that is not about the content: a folder that cannot be written, a file
/// that exists already. Its text is what the user reads.
public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
