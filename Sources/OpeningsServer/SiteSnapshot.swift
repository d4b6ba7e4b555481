import Foundation
import Hummingbird
import NIOCore
import OpeningsKit

/// One complete build, in memory, as the preview serves it. Snapshots never change;
/// a rebuild makes a new one and swaps it in, so a request sees the old site or the
/// new one, never half of each and never a missing file.
final class SiteSnapshot: Sendable {
    struct File: Sendable {
        /// What is served: HTML pages carry the live-reload script.
        let bytes: ByteBuffer
        /// When these bytes first appeared, for Last-Modified and the ETag.
        let modified: Date
        /// The build's own output, to tell whether a rebuild changed the file.
        let source: OutputFile.Contents
    }

    let files: [String: File]
    /// Every folder that holds a file, without slashes at either end ("" is the root).
    let folders: Set<String>

    init(files: [String: File], folders known: Set<String>? = nil) {
        self.files = files
        if let known {
            folders = known
            return
        }
        var folders: Set<String> = [""]
        for path in files.keys {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !folders.insert(String(folder)).inserted { break }
            }
        }
        self.folders = folders
    }

    static let empty = SiteSnapshot(files: [:])

    /// The next snapshot: files whose output did not change keep their bytes and date.
    /// Returns it with the number of files that are new or changed.
    func next(_ output: [OutputFile], inject script: String, now: Date = Date()) -> (SiteSnapshot, changed: Int) {
        var files: [String: File] = [:]
        files.reserveCapacity(output.count)
        var changed = 0
        var samePaths = output.count == self.files.count
        for file in output {
            guard let old = self.files[file.path] else {
                samePaths = false
                changed += 1
                files[file.path] = File(bytes: Self.bytes(file, inject: script), modified: now, source: file.contents)
                continue
            }
            if Self.same(old.source, file.contents) {
                files[file.path] = old
            } else {
                changed += 1
                files[file.path] = File(bytes: Self.bytes(file, inject: script), modified: now, source: file.contents)
            }
        }
        // The folder list only changes when paths do.
        return (SiteSnapshot(files: files, folders: samePaths ? folders : nil), changed)
    }

    private static func same(_ a: OutputFile.Contents, _ b: OutputFile.Contents) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): return x == y
        case (.bytes(let x), .bytes(let y)): return x == y
        // Theme assets are read again each time: the file may have changed under the same name.
        default: return false
        }
    }

    private static func bytes(_ file: OutputFile, inject script: String) -> ByteBuffer {
        switch file.contents {
        case .text(let text):
            guard file.path.hasSuffix(".html"), let end = text.lastByteOffset(of: "</body>") else {
                return ByteBuffer(string: text)
            }
            var buffer = ByteBuffer()
            buffer.reserveCapacity(text.utf8.count + script.utf8.count)
            buffer.writeBytes(text.utf8.prefix(end))
            buffer.writeString(script)
            buffer.writeBytes(text.utf8.dropFirst(end))
            return buffer
        case .bytes(let bytes):
            return ByteBuffer(bytes: bytes)
        case .copy(let path):
            return ByteBuffer(bytes: FileManager.default.contents(atPath: path) ?? Data())
        case .written:
            return ByteBuffer() // never produced for the preview, which renders into memory
        }
    }
}

/// The current snapshot, swapped under a lock.
final class SnapshotStore: Sendable {
    private let snapshot = LockedValue(SiteSnapshot.empty)

    var current: SiteSnapshot { snapshot.withLock { $0 } }

    func replace(with new: SiteSnapshot) { snapshot.withLock { $0 = new } }
}

/// Hummingbird's file middleware over the in-memory snapshot: it supplies content
/// types, `index.html` for folders, `/x` → `/x/` redirects, ETag and
/// If-None-Match, Range and HEAD. Only paths of the build exist, so nothing outside
/// the output can be served whatever the request says.
struct MemoryFileProvider: FileProvider {
    struct FileAttributes: FileMiddlewareFileAttributes, Sendable {
        let isFolder: Bool
        let size: Int
        let modificationDate: Date
    }

    enum FileIdentifier: Sendable {
        case file(SiteSnapshot.File)
        case folder
    }

    let store: SnapshotStore

    func getFileIdentifier(_ path: String) -> FileIdentifier? {
        // One leading slash, and no empty segment anywhere: `//jobs` is not the folder
        // `jobs`, or its redirect to `//jobs/` would send the browser to a host named `jobs`.
        guard path.first == "/" else { return nil }
        var key = Substring(path).dropFirst()
        guard !key.hasPrefix("/"), !key.contains("//") else { return nil }
        let snapshot = store.current
        if key.last == "/" {
            key = key.dropLast()
            return snapshot.folders.contains(String(key)) ? .folder : nil
        }
        if let file = snapshot.files[String(key)] { return .file(file) }
        return snapshot.folders.contains(String(key)) ? .folder : nil
    }

    func getAttributes(id: FileIdentifier) async throws -> FileAttributes? {
        switch id {
        case .folder: return FileAttributes(isFolder: true, size: 0, modificationDate: Date(timeIntervalSince1970: 0))
        case .file(let file): return FileAttributes(isFolder: false, size: file.bytes.readableBytes, modificationDate: file.modified)
        }
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        guard case .file(let file) = id else { throw HTTPError(.notFound) }
        return ResponseBody(byteBuffer: file.bytes)
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        guard case .file(let file) = id,
              let slice = file.bytes.getSlice(at: file.bytes.readerIndex + range.lowerBound, length: range.count) else {
            throw HTTPError(.rangeNotSatisfiable)
        }
        return ResponseBody(byteBuffer: slice)
    }
}
