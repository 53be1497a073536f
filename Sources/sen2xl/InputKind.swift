import Foundation

/// What kind of input a path is: the three forms a return can come in.
enum InputKind {
    /// An `.xlsx` or `.xlsm` workbook (anything that is not a folder or XML; the reader says
    /// what is wrong with a file that is not a workbook).
    case workbook
    /// A folder of CSV files, one per table.
    case csvFolder
    /// A COLLECT XML file.
    case xml

    /// The kind of `path`.
    init(_ path: String) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            self = .csvFolder
        } else if path.lowercased().hasSuffix(".xml") {
            self = .xml
        } else {
            self = .workbook
        }
    }
}
