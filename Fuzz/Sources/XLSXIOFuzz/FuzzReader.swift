#if canImport(Glibc)
import Glibc
#endif
import XLSXIO

/// Limits small enough that one input is judged in milliseconds: a fuzzer finds zip bombs
/// quickly, and the standard limits would let each one inflate for seconds.
let fuzzLimits = ReadLimits(maxPartSize: 32 << 20, ratioCheckThreshold: 1 << 20, maxSharedStringBytes: 16 << 20,
                            maxWholePartSize: 8 << 20, maxRowBytes: 8 << 20)

/// The workbook reader works on files, so each input is written to one scratch file per
/// process first.
let scratchPath = "/tmp/xlsxio-fuzz-\(getpid()).xlsx"

/// Called by libFuzzer for each input: reads it as a workbook the way `sen2xl cat --all` does
/// (open, list sheets and dimensions, stream every row, render every value) and accepts any
/// typed error. A crash, hang, leak or sanitizer report is a finding.
func fuzzReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = fopen(scratchPath, "wb") else { return 0 }
    let written = fwrite(data, 1, size, file)
    fclose(file)
    guard written == size else { return 0 }
    do {
        let book = try Workbook(path: scratchPath, limits: fuzzLimits)
        _ = book.dateSystem
        for sheet in book.sheets {
            _ = try book.dimension(of: sheet)
            let reader = try book.openSheet(sheet)
            while let row = try reader.next() {
                for cell in row.cells { _ = cell.value.text }
            }
        }
        if let first = book.sheets.first { _ = try book.sheet(matching: first.name) }
    } catch {
        _ = error.description
    }
    return 0
}
