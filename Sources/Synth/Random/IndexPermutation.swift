/// A keyed bijection of `0..<count`: a four-round Feistel network on the smallest even
/// power of two that holds `count`, with cycle walking to stay inside the range.
///
/// The generator visits its stratified draws (``StratifiedDraws``) in this order, so that
/// consecutive people in the return look unrelated while the whole return still covers the
/// calibration tables evenly.
public struct IndexPermutation: Sendable {
    /// The size of the permuted range.
    public let count: Int
    private let halfBits: Int
    private let keys: (UInt64, UInt64, UInt64, UInt64)

    /// A permutation of `0..<count` chosen by `seed`.
    public init(count: Int, seed: UInt64) {
        precondition(count > 0, "count must be positive")
        self.count = count
        var bits = 2
        while (1 << bits) < count { bits += 2 }
        halfBits = bits / 2
        keys = (SplitMix64.derive(seed, 1), SplitMix64.derive(seed, 2), SplitMix64.derive(seed, 3), SplitMix64.derive(seed, 4))
    }

    /// The image of `index`.
    public func callAsFunction(_ index: Int) -> Int {
        precondition(index >= 0 && index < count, "index out of range")
        var x = UInt64(index)
        repeat { x = round(x) } while x >= UInt64(count)
        return Int(x)
    }

    private func round(_ x: UInt64) -> UInt64 {
        let mask = (UInt64(1) << UInt64(halfBits)) - 1
        var left = x >> UInt64(halfBits)
        var right = x & mask
        (left, right) = (right, left ^ (SplitMix64.scramble(right ^ keys.0) & mask))
        (left, right) = (right, left ^ (SplitMix64.scramble(right ^ keys.1) & mask))
        (left, right) = (right, left ^ (SplitMix64.scramble(right ^ keys.2) & mask))
        (left, right) = (right, left ^ (SplitMix64.scramble(right ^ keys.3) & mask))
        return (left << UInt64(halfBits)) | right
    }
}
