/// The SplitMix64 generator (Steele, Lea and Flood, 2014): a 64-bit state advanced by a fixed
/// odd constant and scrambled on output.
///
/// Every random choice the generator makes goes through this type and through the bounded
/// mappings below, never through the standard library's `random(in:using:)` or `shuffled`,
/// whose algorithms may change between Swift releases; only integer operations and IEEE
/// arithmetic on doubles are used, so a seed gives the same cohort on every machine.
public struct SplitMix64: Sendable {
    @usableFromInline var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.scramble(state)
    }

    /// The SplitMix64 output function: a bijection of 64-bit words that spreads every input
    /// bit over the output, also used to derive independent seeds from structured keys.
    @inlinable
    public static func scramble(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A seed for the stream named by `keys`, so that streams for different people or purposes
    /// never share state.
    public static func derive(_ keys: UInt64...) -> UInt64 {
        var h: UInt64 = 0x6A09_E667_F3BC_C909
        for k in keys { h = scramble(h ^ scramble(k &+ 0x9E37_79B9_7F4A_7C15)) }
        return h
    }
}

extension SplitMix64 {
    /// A uniform double in [0, 1) from the top 53 bits.
    @inlinable
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform integer in `0..<bound` by Lemire's multiply-and-reject method, which has no
    /// modulo bias.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let n = UInt64(bound)
        var product = next().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold { product = next().multipliedFullWidth(by: n) }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array, uniformly.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
