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

    /// Shared strings with a 32 MiB table: enough for about a million distinct short strings.
    public static let standard = StringStorage.shared(memoryBudget: 32 << 20)
}
