import Foundation

/// Stage 7: writes the output into a sibling folder and swaps it in only when every
/// file is written, so a failed build leaves the previous site untouched and files
/// of earlier builds disappear.
public struct AtomicWriter: Sendable {
    /// The output folder, absolute.
    public var output: String

    public init(output: String) {
        self.output = output.hasPrefix("/") ? output : FileManager.default.currentDirectoryPath + "/" + output
        while self.output.count > 1 && self.output.hasSuffix("/") { self.output.removeLast() }
    }

    /// Refuses outputs whose replacement would destroy something that is not a build:
    /// the site itself, a folder above it, or a folder of other files.
    public func checkSafe(siteFolder: String) throws {
        let site = SiteFiles(root: siteFolder).realRoot
        let target = (output as NSString).resolvingSymlinksInPath
        if target == "/" || site == target || site.hasPrefix(target + "/") {
            throw Failure("refusing to write the site into \(output): it contains the site itself; choose another --output")
        }
        for inside in ["Content", "Themes"] where target == site + "/" + inside || target.hasPrefix(site + "/" + inside + "/") {
            throw Failure("refusing to write into \(output): it is inside the site's \(inside)/ folder")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        let visible = entries.filter { !$0.hasPrefix(".") }
        if !visible.isEmpty, !visible.contains("index.html"), !visible.contains("404.html") {
            throw Failure("refusing to replace \(output): it holds other files and does not look like an Openings build (no index.html); empty it or choose another --output")
        }
    }

    /// Writes `files` and swaps them in; returns the number of files written.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Int {
        let staging = try begin()
        do {
            try staging.write(files)
            return try staging.commit()
        } catch {
            staging.abort()
            throw error
        }
    }

    /// Starts a build in a fresh staging folder beside the output. Files can then be
    /// written as soon as they are rendered, from any thread, so a large site never
    /// has to sit in memory whole; nothing is visible until `commit()`.
    public func begin() throws -> Staging {
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let folder = "\(parent)/.\(name).openings-\(getpid())-new"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        return Staging(writer: self, folder: folder)
    }

    /// A build being written; see `begin()`.
    public final class Staging: Sendable {
        let writer: AtomicWriter
        let folder: String
        /// Folders made so far, and files written.
        private let state = LockedValue<(folders: Set<String>, count: Int)>(([""], 0))

        init(writer: AtomicWriter, folder: String) {
            self.writer = writer
            self.folder = folder
        }

        /// Writes files in parallel; the first failure is thrown after all were tried.
        public func write(_ files: [OutputFile]) throws {
            let errors = files.parallelMap { file -> String? in
                do { try self.write(file); return nil } catch { return "\(error)" }
            }.compactMap { $0 }
            if let first = errors.first { throw Failure(first) }
        }

        public func write(_ file: OutputFile) throws {
            guard AtomicWriter.isSafe(file.path) else {
                throw Failure("refusing to write `\(file.path)`: it is not a plain path inside the output folder")
            }
            if case .written = file.contents { return }
            try makeFolder((file.path as NSString).deletingLastPathComponent)
            if let error = AtomicWriter.writeFile(file, to: folder + "/" + file.path, previous: writer.output + "/" + file.path) {
                throw Failure(error)
            }
            state.withLock { $0.count += 1 }
        }

        private func makeFolder(_ relative: String) throws {
            guard !state.withLock({ $0.folders.contains(relative) }) else { return }
            try FileManager.default.createDirectory(atPath: folder + "/" + relative, withIntermediateDirectories: true)
            state.withLock { state in
                var path = relative
                while !path.isEmpty, state.folders.insert(path).inserted { path = (path as NSString).deletingLastPathComponent }
            }
        }

        /// Swaps the staged build in; returns how many files it holds.
        public func commit() throws -> Int {
            do {
                try writer.swapIn(folder)
            } catch {
                abort()
                throw error
            }
            return state.withLock { $0.count }
        }

        public func abort() { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Exchanges the staging folder with the output in one step where the system offers
    /// it (`DirectoryExchange`), so a server reading `Public/` never sees it missing.
    fileprivate func swapIn(_ staging: String) throws {
        guard FileStatus(output) != nil else {
            guard rename(staging, output) == 0 else { throw Failure("cannot create \(output): \(Self.errorText())") }
            return
        }
        // Dot entries (a `.git` for deploying with git, `.gitkeep`) belong to the
        // user, not to the build: carry them over.
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: output) {
            for entry in entries where entry.hasPrefix(".") && !FileManager.default.fileExists(atPath: staging + "/" + entry) {
                _ = rename(output + "/" + entry, staging + "/" + entry)
            }
        }
        if DirectoryExchange.exchange(staging, output) {
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        let old = staging.replacingOccurrences(of: "-new", with: "-old")
        try? FileManager.default.removeItem(atPath: old)
        guard rename(output, old) == 0 else { throw Failure("cannot replace \(output): \(Self.errorText())") }
        guard rename(staging, output) == 0 else {
            _ = rename(old, output)
            throw Failure("cannot replace \(output): \(Self.errorText())")
        }
        try? FileManager.default.removeItem(atPath: old)
    }

    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != "" && $0 != "." && $0 != ".." }
    }

    /// Writes one file. When the previous build wrote the same bytes, the old file is
    /// hard-linked instead: its modification time survives, so rsync-style deploys
    /// and HTTP caches see it unchanged.
    fileprivate static func writeFile(_ file: OutputFile, to path: String, previous: String) -> String? {
        switch file.contents {
        case .written: return nil
        case .text(var text): return text.withUTF8 { write(UnsafeRawBufferPointer($0), file.path, to: path, previous: previous) }
        case .bytes(let bytes): return bytes.withUnsafeBytes { write($0, file.path, to: path, previous: previous) }
        case .copy(let source):
            guard let data = FileManager.default.contents(atPath: source) else { return "cannot read \(source): \(errorText())" }
            return data.withUnsafeBytes { write($0, file.path, to: path, previous: previous) }
        }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, _ name: String, to path: String, previous: String) -> String? {
        if let status = FileStatus(previous), status.kind == .file, status.size == Int64(bytes.count),
           let old = FileManager.default.contents(atPath: previous),
           old.withUnsafeBytes({ bytes.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }),
           link(previous, path) == 0 {
            return nil
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return "cannot write \(name): \(errorText())" }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = POSIXIO.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return "cannot write \(name): \(errorText())"
            }
            offset += written
        }
        return nil
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
