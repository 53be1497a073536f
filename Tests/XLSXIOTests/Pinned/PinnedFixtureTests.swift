import Testing
import XLSXIO

/// Every workbook under `Tests/Fixtures/corpus` and `Tests/Fixtures/producers` is either read
/// with the pinned values or refused with the pinned error code.
@Suite("Fixture workbooks")
struct PinnedFixtureTests {
    /// Too big for an independent reader (12,000 cells of one 1 MB string): the memory test
    /// in ``ReferenceBombMemoryTests`` reads it instead.
    static let readElsewhere: Set<String> = ["corpus/apache-poc-shared-strings.xlsx"]

    @Test("every fixture workbook has pinned expectations")
    func everyFixtureIsPinned() {
        let onDisk = Set(FixturePaths.workbooks(in: "corpus") + FixturePaths.workbooks(in: "producers"))
        let pinned = Set(PinnedWorkbook.all.map(\.file) + PinnedWorkbook.rejected.map(\.file)).union(Self.readElsewhere)
        #expect(onDisk.count > 80)
        #expect(onDisk.subtracting(pinned).sorted() == [], "fixtures without expectations")
        #expect(pinned.subtracting(onDisk).sorted() == [], "expectations without a fixture")
    }

    @Test("reads the pinned sheets and values", arguments: PinnedWorkbook.all)
    func readsPinnedValues(_ pinned: PinnedWorkbook) throws {
        let dump = try WorkbookDump(path: FixturePaths.path(pinned.file))
        #expect(dump.sheets.map(\.info.name) == pinned.sheets.map(\.name))
        #expect(dump.sheets.map(\.info.state) == pinned.sheets.map(\.state))
        #expect(dump.sheets.map(\.info.kind) == pinned.sheets.map(\.kind))
        #expect(dump.sheets.map(\.info.index) == Array(1..<(dump.sheets.count + 1)))
        for (sheet, expected) in zip(dump.sheets, pinned.sheets) {
            #expect(sheet.cells.valueCount == expected.valueCount, "cells with a value in \(expected.name)")
            #expect(sheet.cells.orderFaults == [], "stream order in \(expected.name)")
        }
        for cell in pinned.cells {
            let sheet = try #require(dump.sheet(cell.sheet), "sheet \(cell.sheet)")
            let read = sheet.cells[cell.reference]
            #expect(read?.value.pinTag == cell.value, "\(cell.sheet)!\(cell.reference)")
            #expect(read?.style == cell.style, "style of \(cell.sheet)!\(cell.reference)")
        }
    }

    @Test("refuses with the pinned error", arguments: PinnedWorkbook.rejected)
    func refusesWithPinnedError(_ pinned: PinnedRejection) {
        let path = FixturePaths.path(pinned.file)
        #expect {
            _ = try WorkbookDump(path: path)
        } throws: { error in
            guard let error = error as? XLSXError else { return false }
            return error.code == pinned.code && error.file == path && !error.message.isEmpty
        }
    }
}
