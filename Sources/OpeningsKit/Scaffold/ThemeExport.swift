import Foundation

/// `openings theme export`: the built-in default theme written out as a theme folder,
/// to start a custom theme from (docs/themes.md).
public enum ThemeExport {
    /// Writes every template and asset of the default theme, and a theme.yml naming
    /// the theme after the folder, into `folder`. Refuses a folder with files in it
    /// unless `force`, and never overwrites a file even then. Returns the paths
    /// written, relative to `folder`.
    public static func write(to folder: String, force: Bool) throws -> [String] {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder), !existing.isEmpty, !force {
            throw Failure("\(folder) is not empty; choose another folder or pass --force (existing files are kept)")
        }
        let name = URL(fileURLWithPath: folder).lastPathComponent
        var files: [(String, Data)] = [("theme.yml", Data("""
            # Exported from the built-in default theme of Openings \(OpeningsVersion.number).
            # Use it with `theme: \(name)` in Content/site.yml; see docs/themes.md.
            name: \(name)

            """.utf8))]
        for (path, base64) in DefaultTheme.embeddedFiles {
            guard let data = Data(base64Encoded: base64) else { continue }
            files.append((path, data))
        }
        var written: [String] = []
        for (path, data) in files {
            let target = folder + "/" + path
            if manager.fileExists(atPath: target) { continue }
            try manager.createDirectory(atPath: target.parentPath, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
            written.append(path)
        }
        return written
    }
}
