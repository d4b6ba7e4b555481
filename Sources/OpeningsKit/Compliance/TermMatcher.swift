import Foundation

/// All the terms of all the rules, indexed by their first word, so a posting is
/// read once however many rules there are.
struct TermMatcher: Sendable {
    private struct Entry: Sendable {
        /// Each word's lower-cased UTF-8, as the scanner writes it.
        var words: [[UInt8]]
        /// The last word is a stem (`ninja*`).
        var stem: Bool
        var tag: Int
    }

    private var entries: [Entry] = []
    /// By the scanner's hash of the first word (`Word.hash`): a word of a posting is
    /// looked up by a number it already has, and compared byte for byte when found.
    private var byFirstWord: [UInt64: [Int]] = [:]
    /// Entries whose first word is a stem, by the stem's first two scalars (a word
    /// shorter than that cannot match a longer stem); one-scalar stems are rare.
    private var byStemStart: [UInt64: [Int]] = [:]
    private var shortStems: [Int] = []
    /// The `Word.hash` of every first word in `byFirstWord`, and the `Word.prefix` of
    /// every stem start: most words of a posting start no term, and a bit test turns
    /// them away without a dictionary look-up.
    private var firstWords = BitFilter()
    private var stemStarts = BitFilter()
    let tagCount: Int

    /// One bit per bucket of 64-bit keys: `mayContain` is false only for keys never inserted.
    private struct BitFilter: Sendable {
        private var bits = [UInt64](repeating: 0, count: 1 << 10)
        private static func bucket(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48) }
        mutating func insert(_ key: UInt64) {
            let bucket = Self.bucket(key)
            bits[bucket >> 6] |= 1 << UInt64(bucket & 63)
        }
        func mayContain(_ key: UInt64) -> Bool {
            let bucket = Self.bucket(key)
            return bits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
        }
    }

    /// `groups[tag]` are the patterns reported under `tag`.
    init(_ groups: [[TermPattern]]) {
        tagCount = groups.count
        for (tag, patterns) in groups.enumerated() {
            for pattern in patterns where !pattern.words.isEmpty {
                var words = pattern.words
                let stem = words[words.count - 1].hasSuffix("*")
                if stem { words[words.count - 1].removeLast() }
                let index = entries.count
                entries.append(Entry(words: words.map { Array($0.utf8) }, stem: stem, tag: tag))
                // Keys made by the scanner itself, so they match what it makes of a posting.
                let first = TextScanner.keys(of: words[0])
                if stem && words.count == 1 {
                    if let prefix = first?.prefix, prefix != 0 {
                        byStemStart[prefix, default: []].append(index)
                        stemStarts.insert(prefix)
                    } else {
                        shortStems.append(index)
                    }
                } else {
                    byFirstWord[first?.hash ?? 0, default: []].append(index)
                    firstWords.insert(first?.hash ?? 0)
                }
            }
        }
    }

    /// Matches per tag, longest first at each position, never overlapping within a tag.
    func scan(_ scanner: TextScanner, ids: [String]) -> [[TextScanner.Match]] {
        var found = Array(repeating: [TextScanner.Match](), count: tagCount)
        // Per line, the first word each tag may match again; one array for the posting,
        // cleared per line (one per line was an allocation for each of its lines).
        var nextFree = Array(repeating: 0, count: tagCount)
        scanner.lowered.withUnsafeBufferPointer { lowered in
            scanner.words.withUnsafeBufferPointer { all in
                for line in scanner.lines where !line.words.isEmpty && !line.disabled.contains("*") {
                    let words = UnsafeBufferPointer(rebasing: all[line.words])
                    for tag in nextFree.indices { nextFree[tag] = 0 }
                    for index in words.indices {
                        // Longest match per tag at this word; few tags ever match, so a small list.
                        var best: [(tag: Int, length: Int)] = []
                        // Candidate lists are visited in place: an array of them per word was an
                        // allocation for each of the thousand words of a posting.
                        func consider(_ list: [Int]) {
                            candidates: for entryIndex in list {
                                let entry = entries[entryIndex]
                                guard index >= nextFree[entry.tag], index + entry.words.count <= words.count else { continue }
                                for offset in 0..<entry.words.count {
                                    let candidate = words[index + offset]
                                    let expected = entry.words[offset]
                                    let isStem = entry.stem && offset == entry.words.count - 1
                                    guard isStem ? candidate.count >= expected.count : candidate.count == expected.count,
                                          expected.withUnsafeBufferPointer({ memcmp(lowered.baseAddress! + candidate.start, $0.baseAddress!, $0.count) == 0 })
                                    else { continue candidates }
                                }
                                if let at = best.firstIndex(where: { $0.tag == entry.tag }) {
                                    best[at].length = max(best[at].length, entry.words.count)
                                } else {
                                    best.append((entry.tag, entry.words.count))
                                }
                            }
                        }
                        let word = words[index]
                        if firstWords.mayContain(word.hash), let list = byFirstWord[word.hash] { consider(list) }
                        if word.prefix != 0, stemStarts.mayContain(word.prefix), let list = byStemStart[word.prefix] { consider(list) }
                        if !shortStems.isEmpty { consider(shortStems) }
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
