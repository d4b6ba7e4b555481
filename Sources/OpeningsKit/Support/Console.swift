import Foundation

/// Lines for people on standard output and standard error, each whole.
///
/// Each line goes out in one `write` of the descriptor, never through a buffer that
/// could flush part of it: when both streams share a pipe (`openings check 2>&1 | cat`,
/// a CI log), a line on one stream can never land inside a line of the other, or split
/// a UTF-8 character. Anything still buffered by the C library (`print`, swift-argument-
/// parser's help) is flushed first, so lines keep the order they were written in.
public enum Console {
    public static func output(_ line: String) { write(line, to: 1) }

    public static func error(_ line: String) { write(line, to: 2) }

    private static func write(_ line: String, to fd: Int32) {
        fflush(nil)
        var bytes = Array(line.utf8)
        if bytes.last != 10 { bytes.append(10) }
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = POSIXIO.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 { offset += written } else if written < 0, errno == EINTR { continue } else { return }
            }
        }
    }
}
