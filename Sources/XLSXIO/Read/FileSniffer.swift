import Foundation

/// Recognises what a file is from its first bytes, so that a user who hands over a
/// password-protected workbook, an old `.xls` or a CSV gets told exactly that.
enum FileSniffer {
    enum Verdict {
        case zip
        case encryptedOOXML
        case legacyXLS
        case otherCompoundFile
        case notAWorkbook(String)
    }

    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func sniff(path: String) throws(XLSXError) -> Verdict {
        // Check for a folder first: on Linux a folder opens for reading and then reads as empty.
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            throw XLSXError(code: .fileNotFound, file: path, message: "the path is a folder, not a workbook")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw XLSXError(code: .fileNotFound, file: path, message: exists ? "the file cannot be read (check its permissions)" : "no such file")
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.count >= 4, head[0] == 0x50, head[1] == 0x4B {
            return .zip
        }
        if head == oleSignature {
            // An OLE compound file: either an ECMA-376 encrypted package or a BIFF .xls.
            // Their directory names are UTF-16LE; look for the stream names.
            try? handle.seek(toOffset: 0)
            let body = [UInt8]((try? handle.read(upToCount: 64 << 20)) ?? Data())
            if contains(body, utf16: "EncryptedPackage") || contains(body, utf16: "EncryptionInfo") {
                return .encryptedOOXML
            }
            if contains(body, utf16: "Workbook") || contains(body, utf16: "Book") {
                return .legacyXLS
            }
            return .otherCompoundFile
        }
        if head.isEmpty { return .notAWorkbook("the file is empty") }
        let text = head.allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || ($0 >= 32 && $0 < 127) || $0 >= 0xC0 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if text { return .notAWorkbook("this looks like a text file (CSV, HTML or XML), not an .xlsx workbook") }
        return .notAWorkbook("this is not an .xlsx or .xlsm workbook")
    }

    static func contains(_ haystack: [UInt8], utf16 needle: String) -> Bool {
        var pattern: [UInt8] = []
        for u in needle.utf16 { pattern.append(UInt8(u & 0xFF)); pattern.append(UInt8(u >> 8)) }
        guard haystack.count >= pattern.count else { return false }
        let first = pattern[0]
        var i = 0
        let last = haystack.count - pattern.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}
