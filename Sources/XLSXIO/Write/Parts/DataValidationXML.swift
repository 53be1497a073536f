/// One `<dataValidation>` element.
///
/// By the time it is written, a list too long for Excel's 255-character literal has been
/// replaced by a ``DataValidation/Rule/listFormula(_:)`` pointing at the lists sheet.
struct DataValidationXML {
    let validation: DataValidation
    let dateSystem: DateSystem

    func xml() -> String {
        let v = validation
        var type: String
        var comparison: (op: String, first: String, second: String?)?
        var formula1: String?
        switch v.rule {
        case .list(let values):
            type = "list"
            formula1 = DataValidation.inlineList(values) ?? "\"\""
        case .listFormula(let f):
            type = "list"
            formula1 = f
        case .wholeNumber(let c):
            type = "whole"
            comparison = Self.parts(c) { String($0) }
        case .decimal(let c):
            type = "decimal"
            comparison = Self.parts(c) { CellValue.numberText($0) }
        case .date(let c):
            type = "date"
            comparison = Self.parts(c) { CellValue.numberText(dateSystem.serial(for: $0)) }
        case .textLength(let c):
            type = "textLength"
            comparison = Self.parts(c) { String($0) }
        case .custom(let f):
            type = "custom"
            formula1 = f
        }
        var x = "<dataValidation type=\"\(type)\""
        if let error = v.error, error.style != .stop { x += " errorStyle=\"\(error.style.rawValue)\"" }
        if let comparison, comparison.op != "between" { x += " operator=\"\(comparison.op)\"" }
        if v.allowBlank { x += " allowBlank=\"1\"" }
        // The attribute is inverted in the file format: showDropDown="1" hides the arrow.
        if !v.showDropdown, type == "list" { x += " showDropDown=\"1\"" }
        x += " showInputMessage=\"1\" showErrorMessage=\"1\""
        if let error = v.error {
            if !error.title.isEmpty { x += PartXML.attribute("errorTitle", error.title) }
            if !error.message.isEmpty { x += PartXML.attribute("error", error.message) }
        }
        if let prompt = v.prompt {
            if !prompt.title.isEmpty { x += PartXML.attribute("promptTitle", prompt.title) }
            if !prompt.message.isEmpty { x += PartXML.attribute("prompt", prompt.message) }
        }
        x += " sqref=\"" + v.ranges.map(\.description).joined(separator: " ") + "\">"
        if let comparison {
            x += "<formula1>\(comparison.first)</formula1>"
            if let second = comparison.second { x += "<formula2>\(second)</formula2>" }
        } else if let formula1 {
            x += "<formula1>" + XMLText.escaped(formula1.hasPrefix("=") ? String(formula1.dropFirst()) : formula1) + "</formula1>"
        }
        return x + "</dataValidation>"
    }

    static func parts<V>(_ c: DataValidation.Comparison<V>, _ text: (V) -> String) -> (String, String, String?) {
        let (a, b) = c.bounds
        return (c.operatorName, text(a), b.map(text))
    }
}
