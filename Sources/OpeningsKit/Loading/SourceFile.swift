import Foundation

/// A text file of the site, decoded and normalised, with the path it is reported under.
public struct SourceFile: Sendable {
    /// Path relative to the site folder, with `/` separators (`Content/jobs/a.md`).
    public var relativePath: String
    /// Path printed in diagnostics (the site folder as the user gave it, joined with `relativePath`).
    public var displayPath: String
    /// The text with any BOM removed and CRLF/CR line ends turned into LF, so line
    /// numbers match what editors show.
    public var text: String

    /// Files larger than this are refused: a careers posting is a few kilobytes,
    /// and the limit keeps a stray log file from stalling a build.
    public static let maximumSize = 4 * 1024 * 1024

    /// How another file of the same site is printed.
    public func displayPath(ofSiteFile relative: String) -> String {
        String(displayPath.dropLast(relativePath.count)) + relative
    }

    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: displayPath, line: line, column: column)
    }

    /// Decodes bytes strictly as UTF-8; on failure the error names the line and
    /// column of the first bad byte.
    static func decode(_ bytes: [UInt8], relativePath: String, displayPath: String) -> Result<SourceFile, Diagnostic> {
        let location = SourceLocation(path: displayPath, line: 1, column: 1)
        if bytes.count > maximumSize {
            return .failure(Diagnostic(.error, at: location,
                "file is \(bytes.count) bytes, more than the \(maximumSize / 1024 / 1024) MiB limit",
                hint: "split it or move large data out of Content/"))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let decoded = String(validating: body, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: Array(body))
            return .failure(Diagnostic(.error, at: SourceLocation(path: displayPath, line: line, column: column),
                "file is not valid UTF-8",
                hint: "save it as UTF-8 in your editor"))
        }
        // A NUL is valid UTF-8 but never text: libcmark would print it as U+FFFD, and its
        // three bytes would shift every position after it. A UTF-16 file without a BOM
        // (some editors' "Unicode") reads as text with a NUL after every letter.
        if let nul = body.withUnsafeBytes({ raw in memchr(raw.baseAddress!, 0, raw.count).map { raw.baseAddress!.distance(to: $0) } }) {
            let before = String(decoding: body.prefix(nul), as: UTF8.self)
            let lastLine = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
            let line = before.utf8.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            let nuls = body.prefix(64).filter { $0 == 0 }.count
            return .failure(Diagnostic(.error, at: SourceLocation(path: displayPath, line: line, column: lastLine.count + 1),
                "file contains a NUL character (byte 0)",
                hint: nuls * 3 >= min(body.count, 64) ? "it looks saved as UTF-16 (\"Unicode\" in some editors); save it as UTF-8"
                                                      : "remove it; a text file never holds one (is this a binary file?)"))
        }
        var text = decoded
        if body.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(SourceFile(relativePath: relativePath, displayPath: displayPath, text: text))
    }

    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0..<0x80: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            guard index + length <= bytes.count,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            else { return (line, column) }
            if byte == 10 { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return (line, column)
    }
}
