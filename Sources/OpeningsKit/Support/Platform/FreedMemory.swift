#if canImport(Glibc)
import Glibc
#endif

/// Memory the process freed, given back to the system. An allocator keeps what a build
/// freed (its pages and listings rendered, then compressed or replaced) for the next
/// allocation, so a preview server's resident size would stay at the peak of its first
/// build. The `openings` program links jemalloc (see its `Allocator`): then every arena's
/// free pages are purged at once. Without it (the library's tests, the fuzzers) glibc's
/// `malloc_trim` returns them. Darwin's allocator returns them by itself; so does any
/// other C library without `malloc_trim`.
public enum FreedMemory {
    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    private typealias Control = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
                                                UnsafeMutableRawPointer?, Int) -> Int32
    /// Looked up, not linked: Swift's Glibc module does not bring in `<malloc.h>`, and
    /// only the program, not this library, links jemalloc.
    nonisolated(unsafe) private static let libc = dlopen(nil, RTLD_NOW) // the process's own symbols; never closed
    private static let trim: Trim? = dlsym(libc, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
    /// jemalloc's `mallctl`, when the process has it.
    private static let control: Control? = dlsym(libc, "mallctl").map { unsafeBitCast($0, to: Control.self) }
    #endif

    public static func release() {
        #if canImport(Glibc)
        if let control {
            // `arena.<MALLCTL_ARENAS_ALL>.purge` (jemalloc(3)): every arena's unused dirty pages.
            _ = control("arena.4096.purge", nil, nil, nil, 0)
        } else {
            _ = trim?(0)
        }
        #endif
    }

    #if canImport(Glibc)
    private typealias Option = @convention(c) (Int32, Int32) -> Int32
    private static let option: Option? = dlsym(libc, "mallopt").map { unsafeBitCast($0, to: Option.self) }
    /// `M_TRIM_THRESHOLD` in `<malloc.h>`.
    private static let trimThreshold: Int32 = -1
    #endif

    /// Set once when the program starts, for glibc's allocator (with jemalloc, nothing
    /// is set: it has its own settings): free memory at the top of the heap goes back
    /// past 1 MiB, not past glibc's moving threshold. glibc raises that threshold as
    /// large blocks come and go (up to tens of MiB); a build frees a stage's inputs as
    /// the next stage makes its outputs, so the default kept ~20 MiB that no stage used
    /// at the build's highest point (10,000 postings: 224 → 207 MiB peak), at no
    /// measurable cost in time. Setting it also stops glibc from moving it (mallopt(3)).
    public static func returnPromptly() {
        #if canImport(Glibc)
        guard control == nil else { return } // jemalloc: glibc's heap is never used
        _ = option?(trimThreshold, 1 << 20)
        #endif
    }
}
