#if !OPENINGS_SYSTEM_MALLOC
import CJemalloc
#endif

/// The program's malloc: jemalloc, linked in (the self-contained binary holds its
/// archive), with the settings in `Sources/OpeningsAllocator/MallocConf.c`, which also
/// says why. The fuzzers keep the C library's allocator; the test bundle, which links the
/// program's code, has jemalloc too. A sanitizer build (`make test-sanitizers`,
/// OPENINGS_MALLOC=system, see Package.swift) leaves it out: the sanitizer's malloc is
/// the one it checks.
enum Allocator {
    /// "jemalloc 5.3.0", as `--version` shows it: read from the linked library, so the
    /// line also proves the program has it (a static link only takes an archive's
    /// allocator when something refers to it, and this does).
    static let name: String = {
        #if OPENINGS_SYSTEM_MALLOC
        return "system malloc"
        #else
        var version: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return "jemalloc" }
        // "5.3.0-0-g54eaed1d…": the release, without git's description of the commit.
        return "jemalloc " + String(String(cString: version).prefix { $0 != "-" })
        #endif
    }()
}
