import Foundation

/// Reads a zip file's central directory to check what Excel and LibreOffice insist on for
/// small files: "version needed to extract" 2.0 and no Zip64 extra field.
enum EditorZipHeaders {
    struct Entry {
        var name: String
        var versionNeeded: UInt16
        var hasZip64Extra: Bool
    }

    static func entries(_ path: String) throws -> [Entry] {
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u16(_ i: Int) -> UInt16 { UInt16(data[i]) | UInt16(data[i + 1]) << 8 }
        func u32(_ i: Int) -> UInt32 { UInt32(u16(i)) | UInt32(u16(i + 2)) << 16 }
        guard let eocd = stride(from: data.count - 22, through: max(0, data.count - 22 - 65_535), by: -1).first(where: { u32($0) == 0x0605_4B50 }) else {
            return []
        }
        var offset = Int(u32(eocd + 16))
        var out: [Entry] = []
        for _ in 0..<Int(u16(eocd + 10)) {
            guard u32(offset) == 0x0201_4B50 else { break }
            let nameLength = Int(u16(offset + 28)), extraLength = Int(u16(offset + 30)), commentLength = Int(u16(offset + 32))
            let name = String(decoding: data[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            var zip64 = false
            var e = offset + 46 + nameLength
            while e + 4 <= offset + 46 + nameLength + extraLength {
                if u16(e) == 0x0001 { zip64 = true }
                e += 4 + Int(u16(e + 2))
            }
            out.append(Entry(name: name, versionNeeded: u16(offset + 6), hasZip64Extra: zip64))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return out
    }
}
