import Foundation

/// Every file under a folder, by relative path, with its bytes: two builds are the
/// same when their snapshots are equal (file list and contents, as `diff -r` sees them).
struct FolderSnapshot: Equatable {
    var files: [String: Data]

    init(_ folder: String) {
        files = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = FileManager.default.contents(atPath: folder + "/" + relative) ?? Data()
        }
    }

    /// The build's leftovers beside an output: `.Public.openings-<pid>-new` and `-old`.
    static func stagingLeftovers(beside output: String) -> [String] {
        let parent = (output as NSString).deletingLastPathComponent
        let prefix = "." + (output as NSString).lastPathComponent + ".openings-"
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }
}
