import Foundation

/// Finds words in the lines of a posting file, with the line and column where each
/// starts, so findings point into the file on disk. A column is a Unicode scalar
/// offset, which is the character column for text without combining marks, and what
/// YAML positions use too.
///
/// Reads the file's UTF-8 once: lines are ranges of its bytes and words are ranges of
/// one lower-cased buffer per posting, so a posting costs a few arrays, not a few per
/// line and a string per word (the scanner was the largest part of the compliance
/// stage when each line had its own scalar and word arrays).
struct TextScanner {
    struct Word: Sendable {
        /// 1-based.
        var column: Int
        /// In scalars of the text as written.
        var length: Int
        /// FNV-1a of the lower-cased UTF-8, and its first two scalars (0 for a shorter word):
        /// cheap keys that let the term matcher pass over the many words no term starts with.
        var hash: UInt64
        var prefix: UInt64
        /// Where the lower-cased UTF-8 is in `TextScanner.lowered`.
        var start: Int
        var count: Int
    }

    struct Line {
        var number: Int
        /// The line's UTF-8 in `TextScanner.bytes`, without its line break.
        var bytes: Range<Int>
        /// Its words in `TextScanner.words`.
        var words: Range<Int>
        /// Rule ids silenced on this line; contains "*" for all.
        var disabled: Set<String>
        var isBody: Bool
        /// A body line with text, all of it inside HTML comments: nothing of it reaches the page.
        var isComment = false
    }

    struct Match {
        var line: Int
        var column: Int
        var text: String
    }

    /// The file's UTF-8.
    let bytes: [UInt8]
    private(set) var lines: [Line] = []
    private(set) var words: [Word] = []
    /// Every word lower-cased, one after another, then `padding` zero bytes: eight bytes
    /// can be read from any word's start (`TermMatcher` compares words eight bytes at once).
    private(set) var lowered: [UInt8] = []
    static let padding = 8
    /// Whether the body has an HTML comment (some line `isComment` or a comment within a line).
    private(set) var hasComments = false

    /// Prepares every line of `file`: front-matter keys, URLs, HTML comments (in the
    /// body across lines, see `BodyComments`) and fenced code are blanked (columns
    /// kept), so only prose is matched.
    init(file: SourceFile, bodyFirstLine: Int) {
        bytes = Array(file.text.utf8)
        // Most files silence nothing: one look at the whole text spares a search per line.
        let mayDisable = file.text.containsBytes("openings-disable")
        // The same for comments: a body without `<!--` (most, and every benchmark
        // posting) is read as if comments did not exist.
        let mayComment = BodyComments.mayOccur(in: file.text)
        words.reserveCapacity(bytes.count / 6)
        // Room for every line's lower case at once (see `appendWords`), cut to what was
        // written at the end: one fill per posting instead of one per line.
        // Not zeroed first: only the bytes written are kept, and the padding.
        let lowered = [UInt8](unsafeUninitializedCapacity: bytes.count * 3 + Self.padding) { out, count in
            count = bytes.withUnsafeBufferPointer { all in
                read(all, bodyFirstLine: bodyFirstLine, mayDisable: mayDisable, mayComment: mayComment, lowered: out.baseAddress!)
            }
            (out.baseAddress! + count).initialize(repeating: 0, count: Self.padding)
            count += Self.padding
        }
        self.lowered = lowered
    }

    /// Returns how many bytes of `lowered` the words took.
    private mutating func read(_ all: UnsafeBufferPointer<UInt8>, bodyFirstLine: Int, mayDisable: Bool, mayComment: Bool,
                               lowered: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        var inFence = false
        var previousDisabled: Set<String> = []
        var number = 0
        // Where the last comment opened in the body ends, in `all`: past the line being
        // read while a comment spans lines.
        var commentEnd = 0
        // The line as the rules read it, blanked where it is not prose (lead bytes set
        // to spaces, a scalar's other bytes left for the word reader to pass over, so
        // columns stay); reused from line to line.
        var prose: [UInt8] = []
        var lineStart = 0
        while lineStart <= all.count {
            var lineEnd = all.count
            if lineStart < all.count, let base = all.baseAddress,
               let found = memchr(base + lineStart, 0x0A, all.count - lineStart) {
                lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            defer { lineStart = lineEnd + 1 }
            number += 1
            let isBody = number >= bodyFirstLine
            let isFrontMatter = number > 1 && number < bodyFirstLine - 1
            prose.removeAll(keepingCapacity: true)
            prose.append(contentsOf: UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd]))
            var changed = false
            var isComment = false
            // The part of the line inside a comment opened on an earlier line, which a
            // fence line there does not open or close.
            let continued = isBody && commentEnd > lineStart ? min(commentEnd, lineEnd) - lineStart : 0
            if continued > 0 { changed = Self.blank(&prose, 0..<continued) }
            // A blanked character's other bytes are not text either (see `blank`).
            let firstNonSpace = prose.firstIndex { $0 != 0x20 && $0 & 0xC0 != 0x80 }
            if isBody, let start = firstNonSpace, Self.hasPrefix(prose, "```", at: start) || Self.hasPrefix(prose, "~~~", at: start) {
                inFence.toggle()
                lines.append(Line(number: number, bytes: lineStart..<lineEnd, words: words.count..<words.count, disabled: [], isBody: true))
                previousDisabled = []
                continue
            }
            if mayComment, isBody, !inFence {
                let (reach, blanked) = BodyComments.blank(&prose, text: all, lineStart: lineStart, lineEnd: lineEnd, from: continued)
                commentEnd = max(commentEnd, reach)
                if changed || blanked {
                    hasComments = true
                    isComment = prose.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 & 0xC0 == 0x80 }
                }
            }
            let disabled = mayDisable ? Self.disabledRules(UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])) : []
            let firstWord = words.count
            if (isBody && !inFence) || isFrontMatter {
                Self.blankNonProse(&prose, frontMatter: isFrontMatter)
                written += prose.withUnsafeBufferPointer { Self.appendWords(of: $0, to: &words, into: lowered + written, at: written) }
            }
            lines.append(Line(number: number, bytes: lineStart..<lineEnd, words: firstWord..<words.count,
                              disabled: disabled.isEmpty && previousDisabled.isEmpty ? [] : disabled.union(previousDisabled),
                              isBody: isBody, isComment: isComment))
            previousDisabled = disabled
        }
        return written
    }

    /// Whether some body line holds more than white space and HTML comments.
    var bodyHasText: Bool {
        lines.contains { $0.isBody && !$0.isComment && bytes[$0.bytes].contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } }
    }

    /// The line as written.
    func string(of line: Line) -> String { String(decoding: bytes[line.bytes], as: UTF8.self) }

    func scalars(of line: Line) -> [Unicode.Scalar] { Array(string(of: line).unicodeScalars) }

    /// The original text of `line` between two 1-based columns.
    func text(of line: Line, from start: Int, through end: Int) -> String {
        guard start >= 1, start <= end else { return "" }
        // Columns count scalars: every byte that does not continue one starts one.
        var column = 0
        var lower: Int?
        for offset in line.bytes where bytes[offset] & 0xC0 != 0x80 {
            column += 1
            if column == start { lower = offset }
            if column == end + 1 { return lower.map { String(decoding: bytes[$0..<offset], as: UTF8.self) } ?? "" }
        }
        guard column == end, let lower else { return "" }
        return String(decoding: bytes[lower..<line.bytes.upperBound], as: UTF8.self)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Which ASCII bytes are word scalars, and the lower case of each ASCII byte.
    private static let asciiClass: [UInt8] = (0..<128).map { byte -> UInt8 in
        let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
        return isWordScalar(Unicode.Scalar(UInt8(byte))) ? UInt8(lower) : 0
    }

    /// The scalar whose UTF-8 starts at `index` and its length in bytes; nil for a byte
    /// that continues a scalar (one whose first byte was blanked).
    @inline(__always)
    private static func scalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = text[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        if lead & 0xC0 == 0x80 { return nil }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= text.count else { return nil }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Words: runs of letters and digits, with an apostrophe between letters kept
    /// ("won't"), lower-cased onto the end of `lowered`.
    ///
    /// One loop over bytes with its state in locals and the output written through a
    /// pointer: it reads every byte of every posting, and appending to arrays captured
    /// by nested functions cost a uniqueness check per byte.
    static func appendWords(of text: UnsafeBufferPointer<UInt8>, to words: inout [Word], lowered: inout [UInt8]) {
        let base = lowered.count
        // A scalar's lower case is at most three times its UTF-8 (U+0130 takes 2 bytes to 3).
        lowered.append(contentsOf: repeatElement(0, count: text.count * 3))
        let written = lowered.withUnsafeMutableBufferPointer { appendWords(of: text, to: &words, into: $0.baseAddress! + base, at: base) }
        lowered.removeLast(text.count * 3 - written)
    }

    /// Writes the lower case of `text`'s words from `out`, which has room for three times
    /// `text.count` bytes and is `base` bytes into the buffer the words' `start`s count in;
    /// returns how many bytes it wrote.
    static func appendWords(of text: UnsafeBufferPointer<UInt8>, to words: inout [Word],
                            into out: UnsafeMutablePointer<UInt8>, at base: Int) -> Int {
        guard let input = text.baseAddress, !text.isEmpty else { return 0 }
        let count = text.count
        return asciiClass.withUnsafeBufferPointer { table -> Int in
            var length = 0
            var column = 0
            var inWord = false
            var start = 0, scalarCount = 0, wordStart = 0
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var prefix: UInt64 = 0, prefixLength = 0
            @inline(__always) func isWord(at index: Int) -> Bool {
                guard index < count, let (scalar, _) = scalar(in: text, at: index) else { return false }
                return scalar.value < 0x80 ? table[Int(scalar.value)] != 0 : isWordScalar(scalar)
            }
            var index = 0
            while index < count {
                let byte = input[index]
                if byte < 0x80 {
                    column += 1
                    index += 1
                    let lower = table[Int(byte)]
                    if lower != 0 || (byte == 0x27 && inWord && isWord(at: index)) {
                        if !inWord { inWord = true; start = column; scalarCount = 0; wordStart = length }
                        guard lower != 0 else {
                            // An apostrophe inside a word, kept as written.
                            out[length] = byte
                            length &+= 1
                            scalarCount &+= 1
                            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                            if prefixLength < 2 { prefix = prefix << 32 | UInt64(byte); prefixLength &+= 1 }
                            continue
                        }
                        // The rest of an ASCII run of word bytes: most of a posting. Only the
                        // copy and the hash are per byte (in registers); one byte is one
                        // scalar and one column, so counts and the prefix follow from the run.
                        let runStart = index &- 1
                        var end = index
                        var runHash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
                        let target = out + length
                        target[0] = lower
                        while end < count {
                            let next = input[end]
                            guard next < 0x80 else { break }
                            let value = table[Int(next)]
                            guard value != 0 else { break }
                            target[end &- runStart] = value
                            runHash = (runHash ^ UInt64(value)) &* 0x100_0000_01b3
                            end &+= 1
                        }
                        let run = end &- runStart
                        hash = runHash
                        var taken = 0
                        while prefixLength < 2, taken < run {
                            prefix = prefix << 32 | UInt64(out[length &+ taken])
                            prefixLength &+= 1
                            taken &+= 1
                        }
                        length &+= run
                        scalarCount &+= run
                        column &+= run &- 1
                        index = end
                        continue
                    }
                } else if let (scalar, size) = scalar(in: text, at: index) {
                    column += 1
                    index += size
                    if isWordScalar(scalar) || (scalar == "’" && inWord && isWord(at: index)) {
                        if !inWord { inWord = true; start = column; scalarCount = 0; wordStart = length }
                        scalarCount += 1
                        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                            for byte in UTF8.encode(lower)! {
                                out[length] = byte
                                length += 1
                                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                            }
                            if prefixLength < 2 { prefix = prefix << 32 | UInt64(lower.value); prefixLength += 1 }
                        }
                        continue
                    }
                } else {
                    // The rest of a blanked scalar: not a word, and no column of its own.
                    index += 1
                }
                if inWord {
                    words.append(Word(column: start, length: scalarCount, hash: hash, prefix: prefixLength >= 2 ? prefix : 0,
                                      start: base + wordStart, count: length - wordStart))
                    inWord = false
                    hash = 0xcbf2_9ce4_8422_2325
                    prefixLength = 0
                    prefix = 0
                }
                // Outside a word, a run of ASCII bytes that start none (spaces, punctuation,
                // an apostrophe) is only counted.
                while index < count {
                    let next = input[index]
                    guard next < 0x80, table[Int(next)] == 0 else { break }
                    index &+= 1
                    column &+= 1
                }
            }
            if inWord {
                words.append(Word(column: start, length: scalarCount, hash: hash, prefix: prefixLength >= 2 ? prefix : 0,
                                  start: base + wordStart, count: length - wordStart))
            }
            return length
        }
    }

    /// The words of a text outside a posting (a term, a sentence) and their lower-cased UTF-8.
    private static func words(in text: String) -> (words: [Word], lowered: [UInt8]) {
        var words: [Word] = [], lowered: [UInt8] = []
        var text = text
        text.withUTF8 { appendWords(of: $0, to: &words, lowered: &lowered) }
        return (words, lowered)
    }

    /// The lower-cased words of `text`, for terms and tests.
    static func wordTexts(in text: String) -> [String] {
        let (words, lowered) = words(in: text)
        return words.map { String(decoding: lowered[$0.start..<($0.start + $0.count)], as: UTF8.self) }
    }

    /// The keys the scanner gives the single word `text` (its first word, if more).
    static func keys(of text: String) -> (hash: UInt64, prefix: UInt64)? {
        words(in: text).words.first.map { ($0.hash, $0.prefix) }
    }

    static let negations: Set<String> = ["not", "never", "no", "won't", "won’t", "don't", "don’t", "doesn't", "doesn’t",
                                         "without", "nor", "neither", "cannot", "can't", "can’t"]

    /// Whether the sentence a match sits in says it does *not* happen before the match
    /// ("we never ask about your salary history"), which wording laws welcome.
    func isNegated(_ match: Match) -> Bool {
        guard match.line >= 1, match.line <= lines.count else { return false }
        let line = scalars(of: lines[match.line - 1])
        let before = line[..<min(line.count, max(0, match.column - 1))]
        let boundary = before.lastIndex { $0 == "." || $0 == "!" || $0 == "?" || $0 == ";" }
        let sentence = boundary.map { Array(before[($0 + 1)...]) } ?? Array(before)
        func negates(_ scalars: [Unicode.Scalar]) -> Bool {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            return !Set(Self.wordTexts(in: text)).isDisjoint(with: Self.negations)
        }
        if negates(sentence) { return true }
        // A sentence begun on the line before ("… — not by\npast salary").
        if boundary == nil, match.line >= 2 {
            let previous = scalars(of: lines[match.line - 2])
            let start = previous.lastIndex { $0 == "." || $0 == "!" || $0 == "?" }.map { $0 + 1 } ?? 0
            return negates(Array(previous[start...]))
        }
        return false
    }

    /// Sets the first byte of every scalar in `range` to a space; returns whether any was not one.
    @discardableResult
    static func blank(_ text: inout [UInt8], _ range: Range<Int>) -> Bool {
        var changed = false
        for index in range where index < text.count && text[index] & 0xC0 != 0x80 && text[index] != 0x20 {
            text[index] = 0x20
            changed = true
        }
        return changed
    }

    private static func hasPrefix(_ text: [UInt8], _ prefix: StaticString, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= text.count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count where text[start + offset] != pointer[offset] { return false }
        return true
    }

    /// The first `needle` that starts at or after `start` and ends before `end`.
    private static func find(_ needle: StaticString, in text: [UInt8], from start: Int = 0, before end: Int? = nil) -> Int? {
        let end = min(end ?? text.count, text.count)
        let length = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        var index = start
        while index + length <= end {
            if text[index] == first, hasPrefix(text, needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func disabledRules(_ line: UnsafeBufferPointer<UInt8>) -> Set<String> {
        let text = Array(line)
        guard let start = find("openings-disable", in: text) else { return [] }
        let end = find("-->", in: text, from: start) ?? text.count
        let rest = String(decoding: text[(start + "openings-disable".utf8.count)..<end], as: UTF8.self)
        let ids = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        return ids.isEmpty ? ["*"] : Set(ids)
    }

    /// Blanks what is not prose, keeping every other scalar's column.
    private static func blankNonProse(_ text: inout [UInt8], frontMatter: Bool) {
        if frontMatter, let colon = text.firstIndex(of: 0x3A) {
            let key = String(decoding: text[..<colon], as: UTF8.self)
            if key.unicodeScalars.allSatisfy({ isWordScalar($0) || $0 == "_" || $0 == " " || $0 == "-" }) {
                blank(&text, 0..<colon + 1)
            }
        }
        // Most lines hold neither a comment nor a URL: one pass to find out. Only front
        // matter's comments are looked for here: the body's are blanked already, across
        // lines (`BodyComments`).
        let (hasAngle, hasColon) = text.withUnsafeBufferPointer { line -> (Bool, Bool) in
            guard let base = line.baseAddress else { return (false, false) }
            return (frontMatter && memchr(base, 0x3C, line.count) != nil, memchr(base, 0x3A, line.count) != nil)
        }
        guard hasAngle || hasColon else { return }
        var searchFrom = 0
        while hasAngle, let open = find("<!--", in: text, from: searchFrom) {
            let close = find("-->", in: text, from: open + 4).map { $0 + 3 } ?? text.count
            blank(&text, open..<close)
            searchFrom = close
        }
        // Whitespace-separated tokens holding a URL: keep link text before `(` or `<`.
        // A colon is common in prose ("Requirements:"); a line without an address is
        // not read token by token.
        guard hasColon, find("://", in: text) != nil || find("mailto:", in: text) != nil else { return }
        var tokenStart: Int?
        for index in 0...text.count {
            let isSpace = index == text.count || text[index] == 0x20 || text[index] == 0x09
            if !isSpace, tokenStart == nil { tokenStart = index }
            if isSpace, let start = tokenStart {
                if let at = find("://", in: text, from: start, before: index) ?? find("mailto:", in: text, from: start, before: index) {
                    let urlStart = text[start..<at].lastIndex { $0 == 0x28 || $0 == 0x3C || $0 == 0x22 }.map { $0 + 1 } ?? start
                    blank(&text, urlStart..<index)
                }
                tokenStart = nil
            }
        }
    }
}
