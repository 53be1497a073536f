extension SheetStreamEditor {
    /// Local names of worksheet children that come after `<legacyDrawing>` in CT_Worksheet
    /// (`mc:AlternateContent` wraps `oleObjects`/`controls` in real files).
    static let afterLegacyDrawing: Set<String> = [
        "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems",
        "tableParts", "extLst", "AlternateContent",
    ]

    /// Dispatches one token by its nesting level: 0 the root, 1 the root's children, 2 rows
    /// (and sheet views, columns), 3 cells.
    @inline(__always)
    func handle(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        switch t.kind {
        case .startTag, .emptyElementTag:
            let level = depth
            if t.kind == .startTag { depth += 1 }
            switch level {
            case 0: try openRoot(t, b)
            case 1: try openTopLevel(t, b)
            case 2: try openSecondLevel(t, b)
            case 3: if capture != nil && XMLByteScanner.hasLocalName(t, "c", in: b) { openCell(t, b) }
            default: break
            }
        case .endTag:
            depth -= 1
            switch depth {
            case 0: try closeRoot(t, b)
            case 1:
                if topLevel == "sheetData" { try closeSheetData(t, b) }
                topLevel = ""
            case 2: if capture != nil && XMLByteScanner.hasLocalName(t, "row", in: b) { try closeRow(t, b) }
            case 3: if capture != nil && XMLByteScanner.hasLocalName(t, "c", in: b) { closeCell(t, b) }
            default: if depth < 0 { throw malformed("an end tag with no matching start") }
            }
        default:
            if depth == 0 && t.kind == .text && rootSeen {
                // Whitespace after the root is fine; anything else is not XML.
                for i in t.start..<t.end where !XMLByteScanner.isSpace(b[i]) { throw malformed("text after the root element") }
            }
        }
    }

    // MARK: - Root

    private func openRoot(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        guard !rootSeen else { throw malformed("a second root element") }
        rootSeen = true
        mainPrefix = XMLByteScanner.string(b, t.nameStart, t.localNameStart)
        if t.kind == .emptyElementTag { return }
        var tag = Array(b[t.start..<t.end])
        var changed = false
        if let earlier = plan.revert?.namespaceDeclaration, BufferedRow.attribute(earlier.original, of: tag) == earlier.applied {
            BufferedRow.edit(&tag) { t, b in XMLTagEdits.removeAttribute(earlier.original, of: t, in: b) }
            changed = true
        }
        if plan.legacyDrawingRelationshipID != nil {
            relationshipsPrefix = SheetStreamEditor.prefix(boundTo: plan.relationshipsNamespace, in: tag)
            if relationshipsPrefix == nil {
                let free = ["r", "rel", "sen2xlr"].first { BufferedRow.attribute("xmlns:" + $0, of: tag) == nil } ?? "sen2xlr"
                let name = "xmlns:" + free
                BufferedRow.edit(&tag) { t, b in XMLTagEdits.setAttribute(name, to: XMLText.attribute(plan.relationshipsNamespace), of: t, in: b) }
                record.namespaceDeclaration = ValueChange(original: name, applied: XMLText.attribute(plan.relationshipsNamespace))
                relationshipsPrefix = free
                changed = true
            }
        }
        if changed { replace(t, with: tag, b) }
    }

    /// The prefix a standalone tag binds to `uri` with an `xmlns:…` attribute.
    static func prefix(boundTo uri: String, in tag: [UInt8]) -> String? {
        tag.withUnsafeBufferPointer { b in
            guard case .token(let t) = XMLByteScanner.scan(b, from: 0, atEnd: true) else { return nil }
            var found: String?
            XMLByteScanner.forEachAttribute(of: t, in: b) { a in
                let name = XMLByteScanner.string(b, a.nameStart, a.nameEnd)
                if name.hasPrefix("xmlns:"), XMLEntities.decode(b[a.valueStart..<a.valueEnd]) == uri {
                    found = String(name.dropFirst(6))
                    return false
                }
                return true
            }
            return found
        }
    }

    private func closeRoot(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        guard sawSheetData || plan.targets.isEmpty else {
            throw malformed("the worksheet has no <sheetData>")
        }
        passThrough(upTo: t.start, b)
        if let id = plan.legacyDrawingRelationshipID, legacyDrawingID == nil {
            let xml = "<\(mainPrefix)legacyDrawing \(relationshipsPrefix ?? "r"):id=\"\(XMLText.attribute(id))\"/>"
            out.insert(contentsOf: Array(xml.utf8), at: legacyDrawingInsertAt ?? out.count)
            record.legacyDrawing = xml
            modified = true
            legacyDrawingID = id
        }
        legacyDrawingInsertAt = nil
        holdFrom = nil
    }

    // MARK: - Children of the root

    private func openTopLevel(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        let name = XMLByteScanner.string(b, t.localNameStart, t.nameEnd)
        if t.kind == .startTag { topLevel = name }
        switch name {
        case "dimension":
            editDimension(t, b)
        case "sheetData":
            sawSheetData = true
            sheetDataPrefix = XMLByteScanner.string(b, t.nameStart, t.localNameStart)
            if t.kind == .emptyElementTag {
                if !targetRows.isEmpty {
                    let rows = createdRows(before: Int.max)
                    replace(t, with: expandedSheetData(t, b, rows), b)
                    record.sheetDataExpanded = true
                }
            } else if plan.revert?.sheetDataExpanded == true {
                passThrough(upTo: t.end, b)
                sheetDataContentStart = out.count
                holdFrom = holdFrom ?? (out.count - (t.end - t.start))
            }
        case "legacyDrawing":
            let tag = Array(b[t.start..<t.end])
            if plan.removeEarlierLegacyDrawing, let earlier = plan.revert?.legacyDrawing, tag == Array(earlier.utf8) {
                replace(t, with: [], b)
                return
            }
            legacyDrawingID = XMLByteScanner.attribute(localName: "id", prefixed: true, of: t, in: b)
                .map { XMLEntities.decode(b[$0.valueStart..<$0.valueEnd]) } ?? ""
        default:
            if sawSheetData, legacyDrawingInsertAt == nil, plan.legacyDrawingRelationshipID != nil,
               SheetStreamEditor.afterLegacyDrawing.contains(name) {
                passThrough(upTo: t.start, b)
                legacyDrawingInsertAt = out.count
                holdFrom = min(holdFrom ?? out.count, out.count)
            }
        }
    }

    private func expandedSheetData(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>, _ rows: [UInt8]) -> [UInt8] {
        let splice = XMLTagEdits.expand(t, in: b, with: String(decoding: rows, as: UTF8.self))
        return Array(b[t.start..<(t.end - 2)]) + splice.replacement
    }

    private func closeSheetData(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        guard capture == nil else { throw malformed("a row is never closed") }
        passThrough(upTo: t.start, b)
        out += createdRows(before: Int.max)
        if let start = sheetDataContentStart {
            sheetDataContentStart = nil
            if out.count == start, start > 0, out[start - 1] == UInt8(ascii: ">") {
                // An earlier run opened <sheetData/>; with its rows gone, close it again.
                out.removeLast()
                out += Array("/>".utf8)
                copyFrom = t.end
                modified = true
            } else if out.count > start {
                record.sheetDataExpanded = true
            }
            if legacyDrawingInsertAt == nil { holdFrom = nil }
        }
    }

    private func editDimension(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) {
        guard let a = XMLByteScanner.attribute("ref", of: t, in: b) else { return }
        var ref = XMLByteScanner.string(b, a.valueStart, a.valueEnd)
        let original = ref
        if let earlier = plan.revert?.dimension, ref == earlier.applied { ref = earlier.original }
        let restored = ref
        if let widened = SheetStreamEditor.widen(dimension: ref, toInclude: plan.targets.map(\.ref)) {
            ref = widened
            record.dimension = ValueChange(original: restored, applied: widened)
        }
        guard ref != original else { return }
        replace(t, with: Array(b[t.start..<a.valueStart]) + Array(ref.utf8) + Array(b[a.valueEnd..<t.end]), b)
    }

    /// `A1:D10` widened to cover `refs`, or nil when it already does or cannot be read.
    static func widen(dimension: String, toInclude refs: [CellReference]) -> String? {
        let corners = dimension.split(separator: ":").map { CellReference(String($0)) }
        guard !refs.isEmpty, corners.count == 1 || corners.count == 2, let first = corners.first ?? nil, let last = corners.last ?? nil else { return nil }
        var top = min(first.row, last.row), bottom = max(first.row, last.row)
        var left = min(first.column, last.column), right = max(first.column, last.column)
        let before = (top, bottom, left, right)
        for r in refs {
            top = min(top, r.row); bottom = max(bottom, r.row)
            left = min(left, r.column); right = max(right, r.column)
        }
        guard before != (top, bottom, left, right) else { return nil }
        let a = CellReference(row: top, column: left), z = CellReference(row: bottom, column: right)
        return a == z ? a.description : "\(a):\(z)"
    }

    // MARK: - Sheet views and columns

    private func openSecondLevel(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        switch topLevel {
        case "sheetData":
            if XMLByteScanner.hasLocalName(t, "row", in: b) { try openRow(t, b) }
        case "sheetViews":
            if XMLByteScanner.hasLocalName(t, "sheetView", in: b) { editSheetView(t, b) }
        case "cols":
            if XMLByteScanner.hasLocalName(t, "col", in: b) { readColumn(t, b) }
        default:
            break
        }
    }

    private func editSheetView(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) {
        let k = sheetViewCount
        sheetViewCount += 1
        var tag = Array(b[t.start..<t.end])
        var value = BufferedRow.attribute("tabSelected", of: tag)
        if let earlier = plan.revert?.tabSelected, k < earlier.count, let original = earlier[k], value == "0" {
            BufferedRow.edit(&tag) { t, b in XMLTagEdits.setAttribute("tabSelected", to: original, of: t, in: b) }
            value = original
        }
        if plan.deselectTabs, let v = value, v == "1" || v == "true" {
            BufferedRow.edit(&tag) { t, b in XMLTagEdits.setAttribute("tabSelected", to: "0", of: t, in: b) }
            while record.tabSelected.count < k { record.tabSelected.append(nil) }
            record.tabSelected.append(v)
        }
        if tag != Array(b[t.start..<t.end]) { replace(t, with: tag, b) }
    }

    private func readColumn(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) {
        func value(_ name: StaticString) -> String? {
            XMLByteScanner.attribute(name, of: t, in: b).map { XMLByteScanner.string(b, $0.valueStart, $0.valueEnd) }
        }
        guard let lo = value("min").flatMap({ Int($0) }), lo >= 1 else { return }
        let hi = value("max").flatMap { Int($0) } ?? lo
        if let style = value("style").flatMap({ Int($0) }) { columnStyles.append((min: lo, max: hi, style: style)) }
        // Widths are in characters of the default font (7 pixels each, padding included).
        if let width = value("width").flatMap({ Double($0) }), width >= 0, lo <= 1000 {
            for column in lo...min(hi, 1000) { outcome.columnWidths[column] = (width * 7).rounded() * 0.75 }
        }
    }
}
