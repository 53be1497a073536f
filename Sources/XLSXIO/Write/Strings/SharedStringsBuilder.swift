#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds `xl/sharedStrings.xml` as strings arrive: each new string is appended to the part
/// (streamed to a ``SpoolFile``) and remembered in a hash table so that repeats get its index.
///
/// The table holds the strings' UTF-8 in one arena plus 12 bytes per string and 8 per slot,
/// never a `String` per entry. Once that memory would pass the budget the table stops
/// growing: ``index(of:)`` still finds strings it knows and returns nil for new ones, which the
/// sheet then writes inline.
final class SharedStringsBuilder {
    private struct Entry {
        var offset: UInt32
        var length: UInt32
        var hash: UInt32
    }

    private let spool: SpoolFile
    private let budget: Int
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0
    private var arenaCapacity: Int
    private var entries: ContiguousArray<Entry> = []
    private var slots: UnsafeMutablePointer<Int32>
    private var slotCount: Int
    /// True once the memory budget has been reached.
    private(set) var isFull = false
    /// Cells that refer to the table (the part's `count`).
    private(set) var references = 0

    /// Distinct strings in the table (the part's `uniqueCount`).
    var uniqueCount: Int { entries.count }

    /// Creates a builder writing the part's body to `spool`, with a table of at most
    /// `memoryBudget` bytes.
    init(spool: SpoolFile, memoryBudget: Int) {
        self.spool = spool
        budget = max(memoryBudget, 1 << 16)
        arenaCapacity = 1 << 16
        arena = .allocate(capacity: arenaCapacity)
        slotCount = 1 << 12
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: -1, count: slotCount)
    }

    deinit {
        arena.deallocate()
        slots.deallocate()
    }

    /// Bytes the table holds now.
    var memoryUsed: Int { arenaCapacity + entries.capacity * MemoryLayout<Entry>.stride + slotCount * 4 }

    /// The shared-string index of `bytes` (adding it to the part when new), or nil when it is
    /// new and the table is full.
    @inline(__always)
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = UInt32(truncatingIfNeeded: hasher.finalize())
        let mask = slotCount - 1
        var slot = Int(hash) & mask
        while true {
            let s = Int(slots[slot])
            if s < 0 { break }
            let e = entries[s]
            if e.hash == hash, Int(e.length) == bytes.count,
               bytes.count == 0 || memcmp(arena + Int(e.offset), bytes.baseAddress!, bytes.count) == 0 {
                references += 1
                return s
            }
            slot = (slot + 1) & mask
        }
        guard reserve(bytes.count) else { return nil }
        let index = entries.count
        if bytes.count > 0 { (arena + arenaCount).update(from: bytes.baseAddress!, count: bytes.count) }
        entries.append(Entry(offset: UInt32(arenaCount), length: UInt32(bytes.count), hash: hash))
        arenaCount += bytes.count
        slots[slot] = Int32(index)
        references += 1
        if entries.count * 2 > slotCount { growSlots() }
        spool.append(XMLText.needsSpacePreserve(bytes) ? "<si><t xml:space=\"preserve\">" : "<si><t>")
        XMLText.appendCellText(bytes) { spool.append($0) }
        spool.append("</t></si>")
        return index
    }

    /// Makes room for `length` more bytes and one more entry, or reports that the budget
    /// does not allow it.
    private func reserve(_ length: Int) -> Bool {
        guard !isFull else { return false }
        var newArena = arenaCapacity
        while arenaCount + length > newArena { newArena *= 2 }
        let slotsAfter = (entries.count + 1) * 2 > slotCount ? slotCount * 2 : slotCount
        // An array that must grow doubles its capacity, so count the doubled size.
        let entryCapacityAfter = entries.count < entries.capacity ? entries.capacity : Swift.max(16, entries.capacity * 2)
        let projected = newArena + slotsAfter * 4 + entryCapacityAfter * MemoryLayout<Entry>.stride
        guard projected <= budget, entries.count < Int(Int32.max) else {
            isFull = true
            return false
        }
        if newArena != arenaCapacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newArena)
            grown.update(from: arena, count: arenaCount)
            arena.deallocate()
            arena = grown
            arenaCapacity = newArena
        }
        return true
    }

    private func growSlots() {
        let newCount = slotCount * 2
        let grown = UnsafeMutablePointer<Int32>.allocate(capacity: newCount)
        grown.initialize(repeating: -1, count: newCount)
        let mask = newCount - 1
        for (i, e) in entries.enumerated() {
            var slot = Int(e.hash) & mask
            while grown[slot] >= 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(i)
        }
        slots.deallocate()
        slots = grown
        slotCount = newCount
    }

    /// Finishes the part and returns where it lies in the spool file.
    func finish() throws(XLSXError) -> (path: String, offset: Int64, length: Int64) {
        let head = SharedStringsPart.head(count: references, uniqueCount: uniqueCount)
        let range = try spool.finish(head: Array(head.utf8), tail: Array(SharedStringsPart.tail.utf8))
        return (spool.path, range.offset, range.length)
    }
}
