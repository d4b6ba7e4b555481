import Foundation
@testable import OpeningsKit

/// What every target shares: how an invariant fails, and how bytes become a site file.
public enum Fuzz {
    /// Stops the run on a broken invariant. libFuzzer treats the abort like a crash: it
    /// prints the message and saves the input as `crash-…`, which becomes a regression test.
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("invariant broken: " + message + "\n").utf8))
        abort()
    }

    public static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    /// The bytes as the loader reads a file at `relativePath` (UTF-8 check, BOM, line
    /// ends), or the one finding that refuses it, whose position is checked here.
    public static func sourceFile(_ bytes: UnsafeRawBufferPointer, at relativePath: String) -> SourceFile? {
        switch SourceFile.decode(Array(bytes), relativePath: relativePath, displayPath: "site/" + relativePath) {
        case .success(let file): return file
        case .failure(let diagnostic):
            check(diagnostic.severity == .error, "a refused file gives a \(diagnostic.severity), not an error")
            check(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "refused at \(diagnostic.location)")
            return nil
        }
    }

    /// Fuzzer bytes as text: invalid UTF-8 is replaced, so targets that feed values (not
    /// files) still get every input.
    public static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
