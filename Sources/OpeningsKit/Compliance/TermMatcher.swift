import Foundation

/// All the terms of all the rules, indexed by their first word, so a posting is
/// read once however many rules there are.
///
/// Kept flat, in buffers made once per build (the terms' bytes in one, candidate lists
/// in another, open-addressed tables from a word's key to its list) and read through
/// pointers: the scan visits every word of every posting, and a dictionary look-up and
/// the reference counting of nested arrays per word were most of its cost.
struct TermMatcher: Sendable {
    fileprivate struct Entry {
        /// The entry's words in `Tables.wordRanges` and `Tables.heads`.
        var firstWord: Int
        var wordCount: Int
        /// The last word is a stem (`ninja*`).
        var stem: Bool
        var tag: Int
    }

    /// A term's word as it is compared: its first eight bytes (zero past its end) and
    /// the mask of them it has. Most words and stems are no longer: one comparison
    /// decides, and `memcmp` is left for the rest of a longer one.
    fileprivate struct Head {
        var bytes: UInt64
        var mask: UInt64
    }

    /// A key and where its candidates are in a list buffer; `count == 0` marks an empty slot.
    fileprivate struct Slot {
        var key: UInt64 = 0
        var start: Int32 = 0
        var count: Int32 = 0
    }

    private let tables: Tables
    let tagCount: Int

    /// `groups[tag]` are the patterns reported under `tag`.
    init(_ groups: [[TermPattern]]) {
        tagCount = groups.count
        var entries: [Entry] = [], wordRanges: [Range<Int>] = [], bytes: [UInt8] = [], shortStems: [Int32] = []
        var firstWords: [UInt64: [Int32]] = [:], stemStarts: [UInt64: [Int32]] = [:]
        for (tag, patterns) in groups.enumerated() {
            for pattern in patterns where !pattern.words.isEmpty {
                var words = pattern.words
                let stem = words[words.count - 1].hasSuffix("*")
                if stem { words[words.count - 1].removeLast() }
                let index = Int32(entries.count)
                entries.append(Entry(firstWord: wordRanges.count, wordCount: words.count, stem: stem, tag: tag))
                for word in words {
                    wordRanges.append(bytes.count..<(bytes.count + word.utf8.count))
                    bytes += Array(word.utf8)
                }
                // Keys made by the scanner itself, so they match what it makes of a posting:
                // the first word's hash, or a stem's first two scalars (a word shorter than
                // that cannot match a longer stem; one-scalar stems are rare).
                let first = TextScanner.keys(of: words[0])
                if stem && words.count == 1 {
                    if let prefix = first?.prefix, prefix != 0 {
                        stemStarts[prefix, default: []].append(index)
                    } else {
                        shortStems.append(index)
                    }
                } else {
                    firstWords[first?.hash ?? 0, default: []].append(index)
                }
            }
        }
        tables = Tables(entries: entries, wordRanges: wordRanges, bytes: bytes, firstWords: firstWords,
                        stemStarts: stemStarts, shortStems: shortStems)
    }

    /// Matches per tag, longest first at each position, never overlapping within a tag.
    func scan(_ scanner: TextScanner, ids: [String]) -> [[TextScanner.Match]] {
        let tables = self.tables
        var found = Array(repeating: [TextScanner.Match](), count: tagCount)
        // Per line, the first word each tag may match again.
        var nextFree = Array(repeating: 0, count: tagCount)
        // Longest match per tag at the word being read; few tags ever match, so a short list.
        var best: [(tag: Int, length: Int)] = []
        scanner.lowered.withUnsafeBufferPointer { lowered in
            let text = UnsafeRawPointer(lowered.baseAddress!)
            scanner.words.withUnsafeBufferPointer { all in
                for line in scanner.lines where !line.words.isEmpty && (line.disabled.isEmpty || !line.disabled.contains("*")) {
                    let words = UnsafeBufferPointer(rebasing: all[line.words])
                    for tag in nextFree.indices { nextFree[tag] = 0 }
                    for index in words.indices {
                        let word = words[index]
                        let first = Tables.find(word.hash, in: tables.firstSlots)
                        let stems = word.prefix != 0 ? Tables.find(word.prefix, in: tables.stemSlots) : 0..<0
                        guard !first.isEmpty || !stems.isEmpty || !tables.shortStems.isEmpty else { continue }
                        // A third of a posting's words share their first two letters with a
                        // stem (`co…`, `re…`): each candidate is turned down by its length or
                        // its first eight bytes, compared at once.
                        var matched = false
                        for list in 0..<3 {
                            let candidates = list == 0 ? UnsafeBufferPointer(rebasing: tables.firstLists[first])
                                : list == 1 ? UnsafeBufferPointer(rebasing: tables.stemLists[stems]) : tables.shortStems
                            candidates: for entryIndex in candidates {
                                let entry = tables.entries[Int(entryIndex)]
                                guard index >= nextFree[entry.tag], index + entry.wordCount <= words.count else { continue }
                                for offset in 0..<entry.wordCount {
                                    let candidate = words[index + offset]
                                    let expected = tables.wordRanges[entry.firstWord + offset]
                                    let head = tables.heads[entry.firstWord + offset]
                                    let isStem = entry.stem && offset == entry.wordCount - 1
                                    // Eight bytes from the word's start (`TextScanner.padding`), masked
                                    // to the term's length: a stem's, or the whole word's when equal.
                                    guard isStem ? candidate.count >= expected.count : candidate.count == expected.count,
                                          (text + candidate.start).loadUnaligned(as: UInt64.self) & head.mask == head.bytes,
                                          expected.count <= 8
                                            || memcmp(text + candidate.start + 8, tables.bytes.baseAddress! + expected.lowerBound + 8,
                                                      expected.count - 8) == 0
                                    else { continue candidates }
                                }
                                if !matched {
                                    best.removeAll(keepingCapacity: true)
                                    matched = true
                                }
                                if let at = best.firstIndex(where: { $0.tag == entry.tag }) {
                                    best[at].length = max(best[at].length, entry.wordCount)
                                } else {
                                    best.append((entry.tag, entry.wordCount))
                                }
                            }
                        }
                        guard matched else { continue }
                        for (tag, length) in best where !line.disabled.contains(ids[tag]) {
                            let first = words[index], last = words[index + length - 1]
                            found[tag].append(TextScanner.Match(line: line.number, column: first.column,
                                                                text: scanner.text(of: line, from: first.column, through: last.column + last.length - 1)))
                            nextFree[tag] = index + length
                        }
                    }
                }
            }
        }
        return found
    }
}

/// `TermMatcher`'s buffers: written once as it is made, only read after, so shared by
/// every thread of a build.
private final class Tables: @unchecked Sendable {
    typealias Entry = TermMatcher.Entry
    typealias Slot = TermMatcher.Slot

    let entries: UnsafeBufferPointer<Entry>
    let wordRanges: UnsafeBufferPointer<Range<Int>>
    let heads: UnsafeBufferPointer<TermMatcher.Head>
    let bytes: UnsafeBufferPointer<UInt8>
    let firstSlots: UnsafeBufferPointer<Slot>
    let firstLists: UnsafeBufferPointer<Int32>
    let stemSlots: UnsafeBufferPointer<Slot>
    let stemLists: UnsafeBufferPointer<Int32>
    let shortStems: UnsafeBufferPointer<Int32>

    init(entries: [Entry], wordRanges: [Range<Int>], bytes: [UInt8], firstWords: [UInt64: [Int32]],
         stemStarts: [UInt64: [Int32]], shortStems: [Int32]) {
        self.entries = Self.copy(entries)
        self.wordRanges = Self.copy(wordRanges)
        self.heads = Self.copy(wordRanges.map { range in
            var head = TermMatcher.Head(bytes: 0, mask: 0)
            // Little-endian, as `loadUnaligned` reads the text: the first byte is the lowest.
            for (offset, byte) in bytes[range].prefix(8).enumerated() {
                head.bytes |= UInt64(byte) << (8 * offset)
                head.mask |= 0xFF << (8 * offset)
            }
            return head
        })
        // Never empty, so every buffer has an address to compare from.
        self.bytes = Self.copy(bytes + [0])
        (firstSlots, firstLists) = Self.table(firstWords)
        (stemSlots, stemLists) = Self.table(stemStarts)
        self.shortStems = Self.copy(shortStems)
    }

    deinit {
        for buffer in [UnsafeRawPointer(entries.baseAddress), UnsafeRawPointer(wordRanges.baseAddress), UnsafeRawPointer(heads.baseAddress),
                       UnsafeRawPointer(bytes.baseAddress),
                       UnsafeRawPointer(firstSlots.baseAddress), UnsafeRawPointer(firstLists.baseAddress),
                       UnsafeRawPointer(stemSlots.baseAddress), UnsafeRawPointer(stemLists.baseAddress),
                       UnsafeRawPointer(shortStems.baseAddress)] {
            buffer.map { UnsafeMutableRawPointer(mutating: $0).deallocate() }
        }
    }

    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[..<array.count])
    }

    /// The slot a key is looked for from: keys are hashes or two scalars side by side,
    /// so they are mixed first.
    @inline(__always)
    private static func home(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// An open-addressed table (at most half full) and the lists its slots point into.
    private static func table(_ keyed: [UInt64: [Int32]]) -> (UnsafeBufferPointer<Slot>, UnsafeBufferPointer<Int32>) {
        var size = 2
        while size < keyed.count * 2 { size *= 2 }
        var slots = Array(repeating: Slot(), count: size)
        var lists: [Int32] = []
        for (key, indices) in keyed.sorted(by: { $0.key < $1.key }) {
            var slot = home(key, mask: size - 1)
            while slots[slot].count != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, start: Int32(lists.count), count: Int32(indices.count))
            lists += indices
        }
        return (copy(slots), copy(lists))
    }

    /// Where `key`'s candidates are in the table's lists; empty when it has none.
    @inline(__always)
    static func find(_ key: UInt64, in slots: UnsafeBufferPointer<Slot>) -> Range<Int> {
        let mask = slots.count - 1
        var slot = home(key, mask: mask)
        while true {
            let found = slots[slot]
            if found.count == 0 { return 0..<0 }
            if found.key == key { return Int(found.start)..<Int(found.start + found.count) }
            slot = (slot + 1) & mask
        }
    }
}

/// Every term the compliance stage looks for, compiled once per build.
struct CompliancePatterns: Sendable {
    let matcher: TermMatcher
    let ids: [String]
    let rules: [LanguageRule]
    let masculine: Int, feminine: Int, payHistory: Int, canadianExperience: Int, genderedWord: Int

    init(rules set: LanguageRuleSet, custom: [LanguageRule], disabled: Set<String>) {
        let active = (set.rules + custom).filter { !disabled.contains($0.id) }
        rules = active
        var groups = active.map(\.terms)
        var ids = active.map(\.id)
        func add(_ patterns: [TermPattern], _ id: String) -> Int {
            groups.append(patterns); ids.append(id); return groups.count - 1
        }
        masculine = add(set.masculine, set.codedID)
        feminine = add(set.feminine, set.codedID)
        payHistory = add(set.payHistory, "pay-history")
        canadianExperience = add(set.canadianExperience, "canadian-experience")
        genderedWord = add(set.rules.first { $0.id == "gendered-word" }?.terms ?? [], "gender-neutral-title")
        self.ids = ids
        matcher = TermMatcher(groups)
    }
}
