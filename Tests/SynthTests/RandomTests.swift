import Testing
@testable import Synth

@Suite("Random")
struct RandomTests {
    @Test func splitMix64MatchesTheReferenceOutput() {
        // The first outputs of SplitMix64 from seed 0 (Vigna's reference implementation).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test(arguments: [1, 2, 3, 7, 10, 1000, 1 << 40])
    func boundedDrawsStayInRangeAndCoverIt(bound: Int) {
        var rng = SplitMix64(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let x = rng.below(bound)
            #expect(x >= 0 && x < bound)
            seen.insert(x)
        }
        if bound <= 10 { #expect(seen.count == bound) }
    }

    @Test(arguments: [1, 2, 5, 17, 1000, 4097])
    func indexPermutationIsABijection(count: Int) {
        let permutation = IndexPermutation(count: count, seed: 99)
        let images = (0..<count).map { permutation($0) }
        #expect(Set(images).count == count)
        #expect(images.allSatisfy { $0 >= 0 && $0 < count })
        if count > 5 { #expect(images != Array(0..<count)) }
    }

    @Test func stratifiedDrawsCoverTheUnitIntervalEvenly() {
        let draws = StratifiedDraws(count: 10_000, seed: 5)
        for dimension in StratifiedDraws.Dimension.allCases {
            var bins = Array(repeating: 0, count: 20)
            for i in 0..<10_000 {
                let u = draws.value(dimension, person: i)
                #expect(u >= 0 && u < 1)
                bins[Int(u * 20)] += 1
            }
            // Independent draws would stray by about ±45 per bin; the sequence stays within a few.
            #expect(bins.allSatisfy { abs($0 - 500) <= 5 }, "dimension \(dimension): \(bins)")
        }
    }

    @Test func weightedTablePicksByInverseCDF() {
        let table = WeightedTable([("a", 1.0), ("b", 0), ("c", 3.0)])
        #expect(table.categories == ["a", "c"])
        #expect(table.pick(0.0) == "a")
        #expect(table.pick(0.2499) == "a")
        #expect(table.pick(0.25) == "c")
        #expect(table.pick(0.9999) == "c")
    }

    @Test func dayBinsGiveDaysInTheirBins() {
        let bins = DayBins([(10, 19, 1), (100, 100, 1)])
        var rng = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let d = bins.days(using: &rng)
            #expect((10...19).contains(d) || d == 100)
        }
        #expect(abs(bins.probability(atMost: 14) - 0.25) < 1e-12)
        #expect(bins.probability(atMost: 100) == 1)
    }
}
