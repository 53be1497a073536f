import Testing
import XLSXIO

/// `apache-poc-shared-strings.xlsx` holds one shared string of about 1 MB that 12,000 cells
/// refer to. A reader that copied the string per cell would need 12 GB; this one must keep
/// memory flat while streaming every cell.
@Suite("Reference bomb")
struct ReferenceBombMemoryTests {
    @Test("12,000 references to a 1 MB shared string keep memory flat")
    func referenceBombKeepsMemoryFlat() throws {
        let baseline = try #require(ProcessMemory.resident, "needs /proc/self/status")
        let peakBefore = try #require(ProcessMemory.peakResident)
        let book = try Workbook(path: FixturePaths.path("corpus/apache-poc-shared-strings.xlsx"))
        let reader = try book.openSheet(book.sheets[0])
        var cells = 0
        var characters = 0
        var largestResident = baseline
        while let row = try reader.next() {
            for cell in row.cells {
                guard case .string(let text) = cell.value else { continue }
                cells += 1
                characters += text.utf8.count
            }
            largestResident = max(largestResident, ProcessMemory.resident ?? 0)
        }
        #expect(cells == 12_000)
        // Every cell really carried the whole string (the bomb was read, not skipped).
        #expect(characters > 12_000 * 1_000_000)
        let growth = largestResident - baseline
        #expect(growth < 100 << 20, "resident memory grew by \(growth >> 20) MB")
        // The process-wide peak also covers tests running alongside, which stay far smaller.
        let peakGrowth = (ProcessMemory.peakResident ?? 0) - peakBefore
        #expect(peakGrowth < 100 << 20, "peak resident memory grew by \(peakGrowth >> 20) MB")
    }
}
