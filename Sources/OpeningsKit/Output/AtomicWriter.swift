import Foundation

/// Stage 7: writes the output into a sibling folder and swaps it in only when every
/// file is written, so a failed build leaves the previous site untouched and files
/// of earlier builds disappear. One build at a time writes an output (`OutputLock`),
/// and the folders of builds that died are cleared by the next (`StagingFolders`).
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
        try locked(waiting: { _ in }) { locked in
            let staging = try begin(locked: locked)
            do {
                try staging.write(files)
                return try staging.commit()
            } catch {
                staging.abort()
                throw error
            }
        }
    }

    /// Runs `body` holding the output's lock (see `OutputLock`), so that one build at a
    /// time writes this output. When another build holds it, `waiting` gets one line to
    /// show first, naming the output as `shownAs`. `body` learns whether the lock is held.
    public func locked<T>(shownAs: String? = nil, waiting: (String) -> Void, _ body: (_ locked: Bool) throws -> T) throws -> T {
        let folders = try makeParent()
        return try OutputLock.holding(folders.parent, waiting: {
            let shown = shownAs ?? output
            // The lock is the parent folder's: name the output only when the other build
            // is seen writing this one (it may be writing a sibling).
            let parent = shown.parentPath
            waiting(folders.liveBuild() ? "waiting for another build writing \(shown) to finish…"
                                        : "waiting for another build writing into \(parent.isEmpty ? "." : parent)/ to finish…")
        }, body)
    }

    /// Makes the folder the output goes in, where the staging folders and the lock are.
    private func makeParent() throws -> StagingFolders {
        let folders = StagingFolders(output: output)
        do {
            try Self.makeFolders(folders.parent)
        } catch {
            throw Failure("cannot create \(folders.parent), the folder the output goes in: \(error)")
        }
        return folders
    }

    /// Starts a build in a fresh staging folder beside the output. Files can then be
    /// written as soon as they are rendered, from any thread, so a large site never
    /// has to sit in memory whole; nothing is visible until `commit()`.
    ///
    /// First clears away the staging folders of earlier builds that died (see
    /// `StagingFolders.removeStale`); `locked`: the caller holds `locked(…)`'s lock.
    public func begin(locked: Bool = false) throws -> Staging {
        let folders = try makeParent()
        let notes = folders.removeStale(locked: locked)
        let folder = folders.path(pid: getpid())
        FolderRemoval.remove(folder)
        guard mkdir(folder, 0o755) == 0 else {
            let error = SystemError.current
            throw Failure("cannot create a folder beside \(output) to build in (\((folder as NSString).lastPathComponent)): \(error)")
        }
        let staging = Staging(writer: self, folder: folder)
        staging.state.withLock { $0.notes = notes }
        return staging
    }

    /// A build being written; see `begin()`.
    public final class Staging: Sendable {
        let writer: AtomicWriter
        let folder: String
        /// Folders made so far, files written, the first failure (after which every
        /// write fails at once: a full disk need not be told thousands of times), and
        /// what could not be cleaned up.
        fileprivate let state = LockedValue<(folders: Set<String>, count: Int, failure: String?, notes: [String])>(([""], 0, nil, []))

        /// Leftovers that could not be removed (see `StagingFolders.removeStale`), for the user to hear of.
        public var notes: [String] { state.withLock { $0.notes } }

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
            if let failure = state.withLock({ $0.failure }) { throw Failure(failure) }
            do {
                try makeFolder(file.path.parentPath)
                if let error = AtomicWriter.writeFile(file, to: folder + "/" + file.path, previous: writer.output + "/" + file.path) {
                    throw Failure("cannot write \(writer.output)/\(file.path): \(error)")
                }
            } catch {
                state.withLock { if $0.failure == nil { $0.failure = "\(error)" } }
                throw error
            }
            state.withLock { $0.count += 1 }
        }

        private func makeFolder(_ relative: String) throws {
            guard !state.withLock({ $0.folders.contains(relative) }) else { return }
            do {
                try AtomicWriter.makeFolders(folder + "/" + relative)
            } catch {
                throw Failure("cannot create \(writer.output)/\(relative)/: \(error)")
            }
            state.withLock { state in
                var path = relative
                while !path.isEmpty, state.folders.insert(path).inserted { path = path.parentPath }
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
            // After the exchange the staging folder holds the previous build.
            if let error = FolderRemoval.remove(folder) {
                state.withLock { $0.notes.append("cannot remove the previous build, now in \(folder): \(error); remove it as the user who owns it") }
            }
            return state.withLock { $0.count }
        }

        public func abort() { FolderRemoval.remove(folder) }
    }

    /// Exchanges the staging folder with the output in one step where the system offers
    /// it (`DirectoryExchange`), so a server reading `Public/` never sees it missing.
    fileprivate func swapIn(_ staging: String) throws {
        guard FileStatus(output) != nil else {
            guard rename(staging, output) == 0 else { throw Failure("cannot create \(output): \(Self.replaceError())") }
            return
        }
        // Dot entries (a `.git` for deploying with git, `.gitkeep`) belong to the
        // user, not to the build: carry them over. If the swap then fails they go back,
        // since the staging folder is removed; if the build dies first, the next build
        // puts them back (`StagingFolders.removeStale`).
        var carried: [String] = []
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: output) {
            for entry in entries where entry.hasPrefix(".") && !FileManager.default.fileExists(atPath: staging + "/" + entry) {
                if rename(output + "/" + entry, staging + "/" + entry) == 0 { carried.append(entry) }
            }
        }
        func putBack() { for entry in carried { _ = rename(staging + "/" + entry, output + "/" + entry) } }
        // The previous build, now at the staging folder's path, is removed by `commit`.
        if DirectoryExchange.exchange(staging, output) { return }
        let old = StagingFolders(output: output).path(pid: getpid(), old: true)
        FolderRemoval.remove(old)
        guard rename(output, old) == 0 else {
            let error = Self.replaceError()
            putBack()
            throw Failure("cannot replace \(output): \(error)")
        }
        guard rename(staging, output) == 0 else {
            let error = Self.replaceError()
            _ = rename(old, output)
            putBack()
            throw Failure("cannot replace \(output): \(error)")
        }
        FolderRemoval.remove(old)
    }

    /// Why a folder could not be renamed, with what to do about a mount point (a
    /// container volume mounted at the output), which cannot be renamed or replaced.
    private static func replaceError() -> String {
        let error = SystemError.current
        guard error.code == EBUSY || error.code == EXDEV else { return "\(error)" }
        return "\(error): it looks like a mount point, which cannot be replaced; build into a folder inside it and serve that one"
    }

    /// `mkdir -p`, with the system's reason when it fails (Foundation's message for a
    /// full disk talks of "saving the file" and names no cause).
    static func makeFolders(_ path: String) throws {
        if FileStatus(path, followingLinks: true)?.kind == .directory { return }
        let parent = path.parentPath
        if !parent.isEmpty, parent != path { try makeFolders(parent) }
        guard mkdir(path, 0o755) != 0 else { return }
        let error = SystemError.current
        // Made meanwhile by another thread writing into the same folder.
        guard error.code == EEXIST, FileStatus(path, followingLinks: true)?.kind == .directory else { throw error }
    }

    /// A relative path of plain names: no empty name, `.` or `..`, no NUL or backslash.
    /// Read as bytes, as the system reads paths (every file of every build comes here).
    static func isSafe(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard !bytes.isEmpty else { return false }
            var nameStart = 0
            for index in 0...bytes.count {
                guard index < bytes.count, bytes[index] != 0x2F else {
                    // A name ends: `//`, `/.` and `/..` are refused, as a leading `/` is.
                    switch index - nameStart {
                    case 0: return false
                    case 1 where bytes[nameStart] == 0x2E: return false
                    case 2 where bytes[nameStart] == 0x2E && bytes[nameStart + 1] == 0x2E: return false
                    default: break
                    }
                    nameStart = index + 1
                    continue
                }
                if bytes[index] == 0 || bytes[index] == 0x5C { return false }
            }
            return true
        }
    }

    /// Writes one file. When the previous build wrote the same bytes, the old file is
    /// hard-linked instead: its modification time survives, so rsync-style deploys
    /// and HTTP caches see it unchanged.
    fileprivate static func writeFile(_ file: OutputFile, to path: String, previous: String) -> String? {
        switch file.contents {
        case .written: return nil
        case .text(var text): return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: path, previous: previous) }
        case .deflated(let deflated):
            var text = deflated.text
            return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: path, previous: previous) }
        case .parts(let parts):
            // Written and compared part by part: never joined into one more copy.
            let size = parts.reduce(0) { $0 + $1.utf8.count }
            if let status = FileStatus(previous), status.kind == .file, status.size == Int64(size),
               RegularFile.holds(parts, path: previous), link(previous, path) == 0 {
                return nil
            }
            do {
                try RegularFile.write(parts: parts, to: path)
            } catch {
                return "\(error)"
            }
            return nil
        case .bytes(let bytes), .utf8(let bytes): return bytes.withUnsafeBytes { write($0, to: path, previous: previous) }
        case .copy(let source):
            switch RegularFile.read(source) {
            case .success(let bytes): return bytes.withUnsafeBytes { write($0, to: path, previous: previous) }
            case .failure(.system(let error)): return "cannot read \(source): \(error)"
            case .failure: return "cannot read \(source): it is not a regular file"
            }
        }
    }

    /// Nil when written, else the reason it was not.
    private static func write(_ bytes: UnsafeRawBufferPointer, to path: String, previous: String) -> String? {
        if let status = FileStatus(previous), status.kind == .file, status.size == Int64(bytes.count),
           case .success(let old) = RegularFile.read(previous, limit: bytes.count),
           old.withUnsafeBytes({ bytes.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }),
           link(previous, path) == 0 {
            return nil
        }
        do {
            try RegularFile.write(bytes, to: path)
        } catch {
            return "\(error)"
        }
        return nil
    }
}
