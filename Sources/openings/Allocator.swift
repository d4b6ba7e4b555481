import CJemalloc

/// The program's malloc: jemalloc, linked in (the self-contained binary holds its
/// archive), with the settings in `Sources/OpeningsAllocator/MallocConf.c`, which also
/// says why. Only the program links it: the library, its tests' own code and the fuzzers
/// keep the C library's allocator (the sanitizers replace that one).
enum Allocator {
    /// "jemalloc 5.3.0", as `--version` shows it: read from the linked library, so the
    /// line also proves the program has it (a static link only takes an archive's
    /// allocator when something refers to it, and this does).
    static let name: String = {
        var version: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return "jemalloc" }
        // "5.3.0-0-g54eaed1d…": the release, without git's description of the commit.
        return "jemalloc " + String(String(cString: version).prefix { $0 != "-" })
    }()
}
