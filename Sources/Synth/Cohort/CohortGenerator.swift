import Dispatch
import SEN2Schema
import XLSXIO

/// Generates a synthetic cohort person by person, in index order, without ever holding the
/// cohort: memory stays flat however many persons are asked for.
///
/// Person `i` depends only on the options and `i`, so persons can be generated on several
/// threads and still come out identical, and a cohort is the same on every machine.
public struct CohortGenerator: Sendable {
    /// The options, checked.
    public let options: SynthOptions
    /// The fitted tables the cohort is drawn from.
    public let calibration: Calibration
    /// The return's header.
    public let header: Header
    /// The software code written in the header, which says the data are synthetic.
    public static var softwareCode: String { HeaderMaker.softwareCode }
    let simulator: LifeSimulator
    let snapshot: ReturnSnapshot
    let planter: MistakePlanter

    /// A generator for `options`.
    public init(options: SynthOptions) throws(SynthError) {
        let options = try options.validated()
        self.options = options
        var parameters = options.parameters ?? options.profile.parameters
        var twentyWeeks: Double?
        if options.profile == .sampledLA {
            twentyWeeks = try CohortGenerator.sampledTwentyWeekShare(seed: options.seed, spread: parameters.twentyWeekLASpread)
            parameters.profile = Profile.sampledLA.rawValue
        }
        calibration = try Calibration(parameters: parameters, year: options.year, withinTwentyWeeks: twentyWeeks)
        let calendar = SchoolCalendar(year: options.year, referenceDate: options.effectiveReferenceDate)
        simulator = LifeSimulator(calibration: calibration, calendar: calendar, count: options.children, seed: options.seed, la: options.la)
        snapshot = ReturnSnapshot(year: options.year, calendar: calendar)
        header = HeaderMaker.header(options: options)
        planter = MistakePlanter(options: options, calendar: calendar)
    }

    /// The 20-week share of the LA that `--profile sampled-la` simulates under `seed`: drawn
    /// from the published spread between LAs (minimum, quartiles, maximum).
    public static func sampledTwentyWeekShare(seed: UInt64, spread: [Double]) throws(SynthError) -> Double {
        var rng = SplitMix64(seed: SplitMix64.derive(seed, 0x4C41))
        return try TimingModel.drawnFromSpread(spread, u: rng.unit())
    }

    /// The Person ID of person `index`: `P` and seven digits, counting from 1.
    public static func personID(_ index: Int) -> String {
        let digits = String(index + 1)
        return "P" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// Person `index`, clean.
    public func cleanPerson(at index: Int) -> (situation: Situation, person: Person) {
        let (situation, story) = simulator.story(index: index)
        return (situation, snapshot.person(story, id: CohortGenerator.personID(index)))
    }

    /// Person `index`, with any planted mistake.
    public func person(at index: Int) -> GeneratedPerson {
        let (situation, clean) = cleanPerson(at: index)
        var generated = GeneratedPerson(index: index, situation: situation, clean: clean, person: clean, mistakes: [])
        planter.plant(in: &generated, generator: self)
        return generated
    }

    /// Calls `body` with every person in index order, generating batches of persons on up to
    /// `threads` threads while the caller consumes them one by one.
    public func forEachPerson<E: Error>(threads: Int = 2, batchSize: Int = 256,
                                        _ body: (GeneratedPerson) throws(E) -> Void) throws(E) {
        let total = options.children
        let workers = max(1, threads)
        var start = 0
        while start < total {
            let count = min(batchSize, total - start)
            let batch = generateBatch(from: start, count: count, workers: workers)
            for person in batch { try body(person) }
            start += count
        }
    }

    private func generateBatch(from start: Int, count: Int, workers: Int) -> [GeneratedPerson] {
        if workers == 1 { return (start..<start + count).map(person(at:)) }
        let slots = BatchSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < count {
                slots.store(person(at: start + i), at: i)
                i += workers
            }
        }
        return slots.take()
    }
}

/// The results of one batch, filled by several threads at disjoint indices.
private final class BatchSlots: @unchecked Sendable {
    private var buffer: UnsafeMutableBufferPointer<GeneratedPerson?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Stores a result; each index is written by exactly one thread.
    func store(_ person: GeneratedPerson, at index: Int) { buffer[index] = person }

    /// The results in order, once every thread has finished.
    func take() -> [GeneratedPerson] { buffer.compactMap { $0 } }
}
