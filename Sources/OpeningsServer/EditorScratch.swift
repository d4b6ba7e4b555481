/// Files editors write beside the one being edited while saving, never content: a
/// save that only touches these must not rebuild the site (the watchers report them
/// as activity, which keeps an editor's burst together but starts no rebuild).
enum EditorScratch {
    static func isScratch<S: StringProtocol>(_ name: S) -> Bool {
        // Vim's `.x.md.swp`/`.swx`, Emacs's lock `.#x.md`, Kate's `.x.md.kate-swp`, and
        // any dot file: the site's loader skips those too.
        if name.hasPrefix(".") { return true }
        // Backups: Vim's and Emacs's `x.md~`.
        if name.hasSuffix("~") { return true }
        // Emacs's auto-save `#x.md#`.
        if name.count > 1, name.hasPrefix("#"), name.hasSuffix("#") { return true }
        // Vim's probe of whether it may write in the folder: `4913`, then 5036, 5159, …
        if !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        // A copy written to be renamed over the file (`x.md.tmp`, JetBrains' safe write,
        // Chrome's File System Access): the rename is what changes the file.
        return scratchEndings.contains { name.hasSuffix($0) }
    }

    private static let scratchEndings = [".tmp", ".swp", ".swx", "___jb_tmp___", "___jb_old___", ".crswap"]
}
