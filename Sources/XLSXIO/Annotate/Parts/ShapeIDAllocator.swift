/// Hands out VML shape-id blocks that no drawing in the workbook uses.
///
/// A VML part's `o:idmap data` lists the blocks of 1024 shape ids it owns; Excel mixes up
/// shapes when two parts of one workbook list the same block.
final class ShapeIDAllocator {
    private var used: Set<Int>

    /// Reads the blocks of every VML part now in the package.
    init(state: PackageState) throws(XLSXError) {
        used = []
        for part in state.partNames where part.lowercased().hasSuffix(".vml") {
            let doc = try state.editor(for: part).flushed()
            used.formUnion(ShapeIDAllocator.blocks(in: doc))
        }
    }

    /// A block no part uses, now reserved.
    func newBlock() -> Int {
        var b = 1
        while used.contains(b) { b += 1 }
        used.insert(b)
        return b
    }

    /// The blocks a VML document lists in its `idmap` elements.
    static func blocks(in doc: XMLSpliceDocument) -> [Int] {
        doc.elements.indices.filter { doc.elements[$0].localName == "idmap" }.flatMap { i in
            (doc.attributeValue("data", of: i) ?? "").split(separator: ",").compactMap { Int($0.filter { !$0.isWhitespace }) }
        }
    }
}
