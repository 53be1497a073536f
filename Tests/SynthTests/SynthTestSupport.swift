import Foundation
import SEN2Schema
@testable import Synth

/// Small helpers shared by the Synth tests.
enum SynthTestSupport {
    /// Every person of a cohort, in order.
    static func cohort(_ options: SynthOptions, threads: Int = 2, batchSize: Int = 256) throws -> [GeneratedPerson] {
        let generator = try CohortGenerator(options: options)
        var persons: [GeneratedPerson] = []
        persons.reserveCapacity(options.children)
        generator.forEachPerson(threads: threads, batchSize: batchSize) { persons.append($0) }
        return persons
    }

    /// The statistics of a cohort.
    static func statistics(_ options: SynthOptions) throws -> CohortStatistics {
        let generator = try CohortGenerator(options: options)
        var statistics = CohortStatistics(calibration: generator.calibration, options: options)
        generator.forEachPerson { statistics.add($0.clean, situation: $0.situation) }
        return statistics
    }
}

extension SynthTestSupport {
    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "synth-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every item value of a person and their records, as `record:item=text` lines, without
    /// origins or workbook IDs: what a return says about the person.
    static func values(_ p: Person) -> [String] {
        var out: [String] = []
        func add<R: ItemRecord>(_ r: R, _ tag: String) {
            out.append(tag + ":" + Item.allCases.compactMap { item in r.field(item).text.map { "\(item)=\($0)" } }.joined(separator: "|"))
        }
        add(p, "person")
        for r in p.requests {
            add(r, "request")
            if let a = r.assessment {
                add(a, "assessment")
                if let n = a.namedPlan {
                    add(n, "plan")
                    for d in n.details { add(d, "detail") }
                }
            }
            if let active = r.activePlans {
                add(active, "active")
                for d in active.placements { add(d, "placement") }
                for n in active.needs { add(n, "need") }
            }
        }
        return out
    }
}
