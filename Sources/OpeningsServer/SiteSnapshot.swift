import Foundation
import Hummingbird
import NIOCore
import OpeningsKit

/// One complete build, in memory, as the preview serves it. Snapshots never change;
/// a rebuild makes a new one and swaps it in, so a request sees the old site or the
/// new one, never half of each and never a missing file.
final class SiteSnapshot: Sendable {
    /// A file as served. A page's text is the build's own `String`, the very storage the
    /// session's cache keeps (`SessionRenderer`), not a copy: at 10,000 postings a copy
    /// of every page would double the server's memory. The bytes of a response, with the
    /// live-reload script in an HTML page, are made per request (a memory copy of one page).
    struct File: Sendable {
        /// The build's own output, also to tell whether a rebuild changed the file.
        let source: OutputFile.Contents
        /// When these bytes first appeared, for Last-Modified and the ETag.
        let modified: Date
        /// Bytes read from disk (a theme file), held since the disk may change under them.
        private let read: ByteBuffer?
        /// The live-reload script and where it goes (before `</body>`), for an HTML page.
        private let script: (text: String, offset: Int)?
        /// The size of what is served.
        let size: Int

        init(_ file: OutputFile, inject script: String, modified: Date) {
            // A page as its UTF-8 is taken as text: the live-reload script goes into it.
            let file = file.textual()
            source = file.contents
            self.modified = modified
            switch file.contents {
            case .text(let text):
                read = nil
                if file.path.hasSuffix(".html"), let end = text.lastByteOffset(of: "</body>") {
                    self.script = (script, end)
                    size = text.utf8.count + script.utf8.count
                } else {
                    self.script = nil
                    size = text.utf8.count
                }
            case .deflated(let deflated):
                // Where the script goes is found once, here; each request uncompresses the page.
                read = nil
                if file.path.hasSuffix(".html"), let end = deflated.text.lastByteOffset(of: "</body>") {
                    self.script = (script, end)
                    size = deflated.count + script.utf8.count
                } else {
                    self.script = nil
                    size = deflated.count
                }
            case .parts(let parts):
                // Documents (JSON, XML, calendars), never pages: no script goes in.
                read = nil
                self.script = nil
                size = parts.reduce(0) { $0 + $1.utf8.count }
            case .bytes(let bytes), .utf8(let bytes):
                read = nil
                self.script = nil
                size = bytes.count
            case .copy(let path):
                let buffer = ByteBuffer(bytes: FileManager.default.contents(atPath: path) ?? Data())
                read = buffer
                self.script = nil
                size = buffer.readableBytes
            case .written:
                read = ByteBuffer() // never produced for the preview, which renders into memory
                self.script = nil
                size = 0
            }
        }

        /// The same file with a rebuild's equal text: the new storage is the one the
        /// session's cache keeps, so holding it (not the old one) keeps one copy.
        private init(_ old: File, source: OutputFile.Contents) {
            self.source = source
            modified = old.modified
            read = old.read
            script = old.script
            size = old.size
        }

        func with(source: OutputFile.Contents) -> File { File(self, source: source) }

        /// What is served.
        var bytes: ByteBuffer {
            if let read { return read }
            func page(_ text: String) -> ByteBuffer {
                guard let (script, end) = script else { return ByteBuffer(string: text) }
                var buffer = ByteBuffer()
                buffer.reserveCapacity(size)
                buffer.writeBytes(text.utf8.prefix(end))
                buffer.writeString(script)
                buffer.writeBytes(text.utf8.dropFirst(end))
                return buffer
            }
            switch source {
            case .text(let text): return page(text)
            case .deflated(let deflated): return page(deflated.text)
            case .parts(let parts):
                var buffer = ByteBuffer()
                buffer.reserveCapacity(size)
                for part in parts { buffer.writeString(part) }
                return buffer
            case .bytes(let bytes), .utf8(let bytes): return ByteBuffer(bytes: bytes)
            case .copy, .written: return ByteBuffer()
            }
        }
    }

    /// Every file by path: `base` with `overlay` over it.
    ///
    /// An edit changes a few files of tens of thousands: the next snapshot shares `base`
    /// and holds those few in `overlay`, where making a whole new table took a look-up
    /// and an insertion per file (a tenth of an edit at 50,000 postings). Once the
    /// overlay grows past `overlayLimit` it is folded into a new base.
    private let base: [String: File]
    private let overlay: [String: File]
    /// The build this snapshot was made from, in its order: the next build is compared
    /// with it position by position.
    private let output: [OutputFile]
    /// Every folder that holds a file, without slashes at either end ("" is the root).
    let folders: Set<String>
    static let overlayLimit = 512

    convenience init(files: [String: File], output: [OutputFile] = [], folders known: Set<String>? = nil) {
        self.init(base: files, overlay: [:], output: output, folders: known)
    }

    /// An overlay only ever covers paths `base` has, so the folders are `base`'s.
    private init(base: [String: File], overlay: [String: File], output: [OutputFile], folders known: Set<String>?) {
        self.base = base
        self.overlay = overlay
        self.output = output
        if let known {
            folders = known
            return
        }
        var folders: Set<String> = [""]
        for path in base.keys {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !folders.insert(String(folder)).inserted { break }
            }
        }
        self.folders = folders
    }

    static let empty = SiteSnapshot(files: [:])

    func file(_ path: String) -> File? {
        if let over = overlay[path] { return over }
        return base[path]
    }

    var isEmpty: Bool { output.isEmpty && base.isEmpty }

    /// The next snapshot: files whose output did not change keep their bytes and date.
    /// Returns it with the number of files that are new or changed.
    func next(_ output: [OutputFile], inject script: String, now: Date = Date()) -> (SiteSnapshot, changed: Int) {
        // The same paths in the same order (an edit that adds or removes no file): only
        // the files whose contents are not the very same as last time are looked at.
        if output.count == self.output.count, !self.output.isEmpty,
           let moved = changes(from: self.output, to: output) {
            var overlay = self.overlay
            var changed = 0
            for index in moved {
                let file = output[index]
                if let old = self.file(file.path), Self.same(old.source, file.contents) {
                    overlay[file.path] = old.with(source: file.contents)
                } else {
                    changed += 1
                    overlay[file.path] = File(file, inject: script, modified: now)
                }
            }
            if overlay.count <= Self.overlayLimit {
                return (SiteSnapshot(base: base, overlay: overlay, output: output, folders: folders), changed)
            }
            var files = base
            for (path, file) in overlay { files[path] = file }
            return (SiteSnapshot(base: files, overlay: [:], output: output, folders: folders), changed)
        }
        var files: [String: File] = [:]
        files.reserveCapacity(output.count)
        var changed = 0
        var samePaths = output.count == self.output.count
        for file in output {
            guard let old = self.file(file.path) else {
                samePaths = false
                changed += 1
                files[file.path] = File(file, inject: script, modified: now)
                continue
            }
            if Self.same(old.source, file.contents) {
                files[file.path] = old.with(source: file.contents)
            } else {
                changed += 1
                files[file.path] = File(file, inject: script, modified: now)
            }
        }
        // The folder list only changes when paths do.
        return (SiteSnapshot(files: files, output: output, folders: samePaths ? folders : nil), changed)
    }

    /// The positions whose contents differ from last build's, or nil when a path does.
    /// Unchanged files are mostly the very same storage, which compares at once.
    private func changes(from old: [OutputFile], to new: [OutputFile]) -> [Int]? {
        var moved: [Int] = []
        for index in new.indices {
            guard old[index].path == new[index].path else { return nil }
            if !Self.same(old[index].contents, new[index].contents) { moved.append(index) }
        }
        return moved
    }

    private static func same(_ a: OutputFile.Contents, _ b: OutputFile.Contents) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): return x == y
        case (.bytes(let x), .bytes(let y)), (.utf8(let x), .utf8(let y)): return x == y
        case (.deflated(let x), .deflated(let y)): return x == y
        // Mostly the same kept strings, whose comparison is one of storage.
        case (.parts(let x), .parts(let y)): return x == y
        // Theme assets are read again each time: the file may have changed under the same name.
        default: return false
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
        if let file = snapshot.file(String(key)) { return .file(file) }
        return snapshot.folders.contains(String(key)) ? .folder : nil
    }

    func getAttributes(id: FileIdentifier) async throws -> FileAttributes? {
        switch id {
        case .folder: return FileAttributes(isFolder: true, size: 0, modificationDate: Date(timeIntervalSince1970: 0))
        case .file(let file): return FileAttributes(isFolder: false, size: file.size, modificationDate: file.modified)
        }
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        guard case .file(let file) = id else { throw HTTPError(.notFound) }
        return ResponseBody(byteBuffer: file.bytes)
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        let bytes: ByteBuffer
        if case .file(let file) = id { bytes = file.bytes } else { bytes = ByteBuffer() }
        guard case .file = id, let slice = bytes.getSlice(at: bytes.readerIndex + range.lowerBound, length: range.count) else {
            throw HTTPError(.rangeNotSatisfiable)
        }
        return ResponseBody(byteBuffer: slice)
    }
}
