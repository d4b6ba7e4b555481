import Foundation

/// HTML comments in a Markdown body (`<!-- … -->`): the note `openings import` writes
/// at the top of a posting, notes between co-authors, `openings-disable`. libcmark
/// passes them into the page as comments or leaves them out, so no candidate reads
/// their words, and the language rules must not report them. Found the way CommonMark
/// reads them, so what is blanked is what the page hides:
///
/// - a comment that opens a line (after spaces) is an HTML block, which ends at the
///   first `-->` however many lines later, blank lines included;
/// - a comment inside a paragraph is inline HTML, which cannot cross a blank line (the
///   paragraph ends there, and the `<!--` is then text on the page).
///
/// A `<!--` that never closes hides nothing from the rules: in a paragraph it is text
/// on the page, and an HTML block left open hides the rest of the body, a mistake to
/// see rather than to pass over in silence.
enum BodyComments {
    /// Whether `text` holds a `<!--` at all. Every posting of every build is asked, and
    /// most hold no `<`: `memchr` (the C library's vector loop) passes over them many
    /// times faster than a loop over bytes, so a posting without comments costs nothing
    /// it did not before.
    static func mayOccur(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return false }
            let end = next + bytes.count
            while next < end, let found = memchr(next, 0x3C /* < */, end - next) {
                let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if end - at >= 4, at[1] == 0x21, at[2] == 0x2D, at[3] == 0x2D { return true }
                next = at + 1
            }
            return false
        }
    }

    /// The offset just past the `-->` that closes the comment whose `<!--` starts at
    /// `open` in `text` (UTF-8), or nil when it does not close.
    static func end(ofCommentAt open: Int, in text: UnsafeBufferPointer<UInt8>, block: Bool) -> Int? {
        var index = open + 4
        // The `<!--` line has text; a later line without any ends a paragraph.
        var lineHasText = true
        while index + 3 <= text.count {
            let byte = text[index]
            if byte == 0x2D, text[index + 1] == 0x2D, text[index + 2] == 0x3E { return index + 3 }
            if byte == 0x0A {
                if !block, !lineHasText { return nil }
                lineHasText = false
            } else if byte != 0x20, byte != 0x09, byte != 0x0D {
                lineHasText = true
            }
            index += 1
        }
        return nil
    }

    /// Blanks the comments of the line `text[lineStart..<lineEnd]` in `prose` (the
    /// line's own copy, so its index 0 is `lineStart`), starting at `from` (past a
    /// comment that began on an earlier line), as `TextScanner.blank` does. Returns
    /// where the last comment opened on the line ends, beyond `lineEnd` when it closes
    /// on a later line, and whether anything was blanked.
    static func blank(_ prose: inout [UInt8], text: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int, from: Int) -> (reach: Int, blanked: Bool) {
        var reach = lineStart
        var blanked = false
        var index = lineStart + from
        while index + 4 <= lineEnd {
            guard text[index] == 0x3C, text[index + 1] == 0x21, text[index + 2] == 0x2D, text[index + 3] == 0x2D else {
                index += 1
                continue
            }
            let opensLine = from == 0 && text[lineStart..<index].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            guard let end = self.end(ofCommentAt: index, in: text, block: opensLine) else {
                index += 4
                continue
            }
            if TextScanner.blank(&prose, (index - lineStart)..<(min(end, lineEnd) - lineStart)) { blanked = true }
            reach = end
            index = end
        }
        return (reach, blanked)
    }
}
