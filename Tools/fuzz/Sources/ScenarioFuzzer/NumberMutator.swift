import FuzzerDriver

/// libFuzzer's hook for custom mutations: half replace a number in the input with a number
/// near a limit; the rest are libFuzzer's own mutations.
///
/// Byte-level mutations almost never turn `250000` into `1e19`, and the crashes that matter most
/// here are magnitudes (overflowing conversions, non-finite sums), so the fuzzer is steered to them.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    guard let data else { return 0 }
    if seed % 2 == 0,
        let swapped = NumberMutator.swapNumber(in: Array(UnsafeBufferPointer(start: data, count: size)), seed: seed),
        swapped.count <= maxSize
    {
        swapped.withUnsafeBufferPointer { data.update(from: $0.baseAddress.unsafelyUnwrapped, count: $0.count) }
        return swapped.count
    }
    return LLVMFuzzerMutate(data, size, maxSize)
}

/// Replaces one number in a text with a number near a limit of what allot can represent.
enum NumberMutator {
    static let extremes = [
        "1e19", "-1e19", "1e17", "4e18", "9.3e18", "1e308", "-1e308", "1.7976931348623157e308", "5e-324", "1e-300",
        "9223372036854775807", "9223372036854775808", "2147483648", "4294967296", "1e6", "-1e6", "123456.789012",
        "-654321.123456", "0", "-0", "0.000001", "1e15", "1e12",
    ]

    /// The input with the number chosen by `seed` replaced, or nil when it has no number.
    static func swapNumber(in bytes: [UInt8], seed: UInt32) -> [UInt8]? {
        let numbers = numberRanges(in: bytes)
        guard !numbers.isEmpty else { return nil }
        let mixed = Int(seed / 2)
        let range = numbers[mixed % numbers.count]
        let replacement = extremes[(mixed / numbers.count) % extremes.count]
        return Array(bytes[..<range.lowerBound]) + Array(replacement.utf8) + Array(bytes[range.upperBound...])
    }

    /// Every run of digits, points, signs and exponents that starts with a digit.
    static func numberRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) || "._eE+-".utf8.contains(bytes[index]) { index += 1 }
            ranges.append(start..<index)
        }
        return ranges
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
