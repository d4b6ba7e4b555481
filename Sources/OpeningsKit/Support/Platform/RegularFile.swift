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
        var offset = 0
        while offset < bytes.count {
            let written = POSIXIO.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let error = SystemError.current
                close(fd)
                throw error
            }
            offset += written
        }
        guard close(fd) == 0 else { throw SystemError.current }
    }
}
