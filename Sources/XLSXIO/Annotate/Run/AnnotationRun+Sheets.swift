extension AnnotationRun {
    /// The sheets as the package now stands (a summary sheet an earlier run added is gone).
    var currentSheets: [SheetInfo] {
        book.sheets.filter { state.exists($0.part) }
    }

    /// Groups annotations by sheet (in workbook order) and cell.
    func group(_ annotations: [CellAnnotation]) throws(XLSXError) -> [SheetAnnotations] {
        var bySheet: [Int: SheetAnnotations] = [:]
        var cellIndex: [Int: [CellReference: Int]] = [:]
        let sheets = currentSheets
        for a in annotations {
            guard let sheet = sheets.first(where: { $0.name == a.sheet }) ?? sheets.first(where: { $0.name.lowercased() == a.sheet.lowercased() }) else {
                let names = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
                throw XLSXError(code: .sheetNotFound, file: book.path, sheet: a.sheet, message: "no such sheet; the workbook has \(names)")
            }
            guard sheet.kind == .worksheet else {
                throw XLSXError(code: .invalidValue, file: book.path, sheet: sheet.name,
                                message: "this is a \(sheet.kind.rawValue), which has no cells to annotate")
            }
            // Mutated in place: copying a sheet's list per annotation would be quadratic.
            if let k = cellIndex[sheet.index]?[a.cell] {
                bySheet[sheet.index, default: SheetAnnotations(sheet: sheet)].cells[k].lines.append((a.severity, a.message))
            } else {
                cellIndex[sheet.index, default: [:]][a.cell] = bySheet[sheet.index]?.cells.count ?? 0
                bySheet[sheet.index, default: SheetAnnotations(sheet: sheet)].cells.append((a.cell, [(a.severity, a.message)]))
            }
        }
        return bySheet.keys.sorted().map { bySheet[$0]! }
    }

    /// Plans clearing `tabSelected` on every sheet that has it, so only the new summary sheet
    /// is selected (two selected tabs make Excel group the sheets).
    func planDeselection() throws(XLSXError) {
        for sheet in currentSheets where sheet.kind == .worksheet || sheet.kind == .chartsheet || sheet.kind == .macrosheet || sheet.kind == .dialogsheet {
            var plan = self.plan(for: sheet.part)
            let earlier = plan.revert?.tabSelected.contains { $0 != nil } ?? false
            if !earlier {
                guard try SheetHeadProbe.isTabSelected(part: sheet.part, in: book.archive) else { continue }
            }
            plan.deselectTabs = true
            plans[sheet.part.lowercased()] = plan
        }
    }

    /// Streams every sheet that has something to do, in workbook order, then adds its notes.
    func editSheets(_ work: [SheetAnnotations]) throws(XLSXError) {
        let bySheet = Dictionary(uniqueKeysWithValues: work.map { ($0.sheet.part.lowercased(), $0) })
        for sheet in currentSheets {
            var plan = self.plan(for: sheet.part)
            let annotations = bySheet[sheet.part.lowercased()]
            let notes = annotations?.notes(severityLabels: severityLabels) ?? []
            plan.targets = annotations?.targets ?? []
            if !notes.isEmpty { plan.legacyDrawingRelationshipID = try state.unusedRelationshipID(of: sheet.part) }
            guard !plan.isEmpty else { continue }
            let outcome = try stream(sheet, plan)
            var record = outcome.record
            record.notes = notes.map(\.cell)
            if !record.isEmpty { sheetRecords.append(record) }
            if !notes.isEmpty { try attachNotes(notes, to: sheet, outcome: outcome) }
            report.annotatedCells += annotations?.cells.count ?? 0
            report.highlightedCells += outcome.styledCells + outcome.createdCells
            report.createdCells += outcome.createdCells
            if annotations != nil || outcome.modified { report.sheetsChanged.append(sheet.name) }
        }
    }

    /// Runs the streaming editor over one sheet, keeping small results in memory and large
    /// ones in a temporary file beside the output.
    private func stream(_ sheet: SheetInfo, _ plan: SheetEditPlan) throws(XLSXError) -> SheetEditOutcome {
        let entry: ZipEntryReader
        do { entry = try book.archive.openEntry(sheet.part) } catch { throw XLSXError(error) }
        let editor = SheetStreamEditor(plan: plan, file: book.path) { [unowned self] base, severity in
            self.styles?.highlight(base, severity) ?? base
        }
        let output: DeflateOutput
        if entry.info.size < 16 << 20 {
            output = try DeflateOutput(level: AnnotationRun.largeSheetLevel)
        } else {
            let path = OutputCheck.temporaryPath(beside: self.output, tag: "sheet\(sheet.index)")
            temporaryFiles.append(path)
            output = try DeflateOutput(level: AnnotationRun.largeSheetLevel, path: path)
        }
        let outcome = try editor.run(reading: entry, into: output)
        let data = try output.finish()
        if outcome.modified { state.setStreamed(sheet.part, data) }
        return outcome
    }
}
