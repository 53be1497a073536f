/// How a workbook writer stores cell strings.
public enum StringStorage: Hashable, Sendable {
    /// Shared strings (`t="s"`), as Excel itself writes them: each distinct string is stored
    /// once. The table that finds repeats is held in memory up to `memoryBudget` bytes; after
    /// that, strings already in the table are still shared and new ones are written inline,
    /// so memory stays bounded however many rows are written.
    case shared(memoryBudget: Int)
    /// Every string inline (`t="inlineStr"`), with no table at all: constant memory, larger
    /// sheet XML.
    case inline

    /// Shared strings with a 16 MiB table: room for about 400,000 distinct short strings,
    /// and a writer that stays under 50 MB however many rows it writes (a 1,000,000-row sheet
    /// with a distinct string in every row peaked at 40 MB; BENCHMARKS.md).
    public static let standard = StringStorage.shared(memoryBudget: 16 << 20)
}
