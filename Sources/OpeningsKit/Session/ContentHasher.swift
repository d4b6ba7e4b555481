/// A fast 128-bit hash (two multiply-rotate lanes over 8-byte words) for telling
/// whether inputs changed; not for security.
struct ContentHasher {
    private(set) var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private(set) var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    mutating func add(words: [UInt64]) {
        for word in words { mix(word) }
    }

    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
        mix(0xFF)
    }

    mutating func add(bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        mix(tail ^ (UInt64(bytes.count) << 56))
        length &+= UInt64(bytes.count)
    }

    private mutating func mix(_ word: UInt64) {
        a = ((a ^ word) &* 0x9FB2_1C65_1E98_DF25)
        a = (a << 29) | (a >> 35)
        b = ((b &+ word) &* 0xFF51_AFD7_ED55_8CCD) ^ a
        b = (b << 31) | (b >> 33)
    }

    var hex: String {
        let finalA = (a ^ length) &* 0xC4CE_B9FE_1A85_EC53, finalB = (b ^ (a >> 17)) &* 0x94D0_49BB_1331_11EB
        return String(format: "%016llx%016llx", finalA, finalB)
    }
}
