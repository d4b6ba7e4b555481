#if canImport(Glibc)
import Glibc
#endif

/// Memory the process freed, given back to the system. glibc's allocator keeps what a
/// build freed (its pages and listings rendered, then compressed or replaced) for the
/// next allocation, so a preview server's resident size would stay at the peak of its
/// first build; `malloc_trim` returns the free pages. Darwin's allocator returns them
/// by itself; so does any other C library without `malloc_trim`.
public enum FreedMemory {
    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    /// Looked up, not linked: Swift's Glibc module does not bring in `<malloc.h>`.
    private static let trim: Trim? = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
    #endif

    public static func release() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }
}
