import Foundation

/// Reads a whole file through one descriptor, and only if it is a regular file.
///
/// `FileManager.contents(atPath:)` opens whatever is at the path: a named pipe left
/// where a posting was (or swapped in between listing and reading) blocks it forever,
/// and its failure leaves no reliable `errno`. Here the file is opened without
/// blocking, its kind and size come from that same descriptor (so a file replaced
/// meanwhile cannot slip through), and every failure carries its `errno`.
enum RegularFile {
    enum ReadError: Error, Equatable {
        /// A named pipe, socket or device.
        case notRegular
        /// Larger than the limit (its size as seen).
        case tooLarge(Int64)
        case system(SystemError)
    }

    static func read(_ path: String, limit: Int = Int.max) -> Result<[UInt8], ReadError> {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        // It changes nothing for a regular file.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system(.current)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.system(.current)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        let size = Int64(info.st_size)
        guard size <= Int64(limit) else { return .failure(.tooLarge(size)) }
        // The size is a hint: the file may grow or shrink while it is read (an editor
        // saving); the read goes to the end, and still stops past the limit.
        var bytes = [UInt8](repeating: 0, count: Int(size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { return .failure(.tooLarge(Int64(count))) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            }
            let read = bytes.withUnsafeMutableBytes { POSIXIO.read(fd, $0.baseAddress! + count, $0.count - count) }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(.system(.current))
            }
            if read == 0 { break }
            count += read
        }
        guard count <= limit else { return .failure(.tooLarge(Int64(count))) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// Creates or truncates `path` and writes `bytes`, reporting the system's reason
    /// on failure, including one that shows only when the file is closed (NFS and
    /// quotas report a full disk there).
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError.current }
        do {
            try writeAll(bytes, to: fd)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw SystemError.current }
    }

    /// `write(_:to:)` for a document made of parts (jobs.json, the feeds, the sitemap),
    /// gathered in a small buffer instead of joined: joining tens of megabytes held the
    /// document twice at the end of a build, its highest point of memory.
    static func write(parts: [String], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError.current }
        do {
            var buffer: [UInt8] = []
            buffer.reserveCapacity(chunk)
            for part in parts {
                var part = part
                try part.withUTF8 { bytes in
                    if buffer.count + bytes.count > chunk {
                        try buffer.withUnsafeBytes { try writeAll($0, to: fd) }
                        buffer.removeAll(keepingCapacity: true)
                    }
                    if bytes.count >= chunk { try writeAll(UnsafeRawBufferPointer(bytes), to: fd) } else { buffer.append(contentsOf: bytes) }
                }
            }
            try buffer.withUnsafeBytes { try writeAll($0, to: fd) }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw SystemError.current }
    }

    /// Whether the regular file at `path` holds exactly `parts` joined; read a chunk at
    /// a time, for the same reason `write(parts:to:)` writes one.
    static func holds(_ parts: [String], path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        var buffer = [UInt8](repeating: 0, count: chunk)
        var start = 0, end = 0
        func refill() -> Bool {
            start = 0
            end = 0
            while true {
                let read = buffer.withUnsafeMutableBytes { POSIXIO.read(fd, $0.baseAddress!, $0.count) }
                if read < 0, errno == EINTR { continue }
                end = max(read, 0)
                return read > 0
            }
        }
        for part in parts {
            var part = part
            let same = part.withUTF8 { bytes -> Bool in
                var offset = 0
                while offset < bytes.count {
                    if start == end, !refill() { return false }
                    let count = min(end - start, bytes.count - offset)
                    let equal = buffer.withUnsafeBytes { memcmp($0.baseAddress! + start, bytes.baseAddress! + offset, count) == 0 }
                    guard equal else { return false }
                    start += count
                    offset += count
                }
                return true
            }
            guard same else { return false }
        }
        // Nothing more in the file.
        return start == end && !refill()
    }

    private static let chunk = 1 << 16

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let written = POSIXIO.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError.current
            }
            offset += written
        }
    }
}
