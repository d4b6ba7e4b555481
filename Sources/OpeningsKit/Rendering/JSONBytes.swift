import Foundation

/// The UTF-8 of a JSON document as `JSONValue` writes it, made a `String` once at the end.
///
/// Written through a pointer into storage grown by doubling: an HTML description in
/// JSON-LD has an escape every few bytes, and appending each run and each escape to an
/// array (a uniqueness and capacity check every time) cost several times the copying.
final class JSONBytes {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init() {
        capacity = 256
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Room for `extra` more bytes.
    func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = grown
    }

    func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let base = run.baseAddress, !run.isEmpty else { return }
        reserve(run.count)
        (storage + count).update(from: base, count: run.count)
        count += run.count
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Writes at most `limit` bytes straight into the storage: `body` gets where to write
    /// and returns how many it wrote.
    func write(atMost limit: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(limit)
        count += body(storage + count)
    }

    /// The document. Its bytes are whole `String`s, ASCII, and a `String`'s bytes in order
    /// with ASCII bytes or a whole U+2028/2029 replaced, so they are valid UTF-8.
    var text: String { String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self) }

    /// The document's bytes, valid UTF-8 as `text` says.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }
}
