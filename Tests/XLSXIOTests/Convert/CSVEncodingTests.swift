import Testing
import XLSXIO

/// How a CSV file's encoding is chosen, and that bytes which are not text in that encoding
/// are an error naming the line, never silently replaced by U+FFFD or turned into mojibake.
@Suite("CSV encoding")
struct CSVEncodingTests {
    static let zoe: [UInt8] = Array("Zoë\n".utf8)

    /// Opens `bytes` as x.csv with `encoding`; returns the reader's encoding and first fields, or the error.
    static func open(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws -> Result<(TextEncoding, [[String]]), XLSXError> {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("x.csv", bytes)
        do {
            let reader = try CSVReader(path: path, encoding: encoding)
            var records: [[String]] = []
            while let r = try reader.next() { records.append(r) }
            return .success((reader.encoding, records))
        } catch {
            #expect(error.file == path)
            return .failure(error)
        }
    }

    static func failure(_ bytes: [UInt8], encoding: TextEncoding? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> XLSXError? {
        guard case .failure(let error) = try open(bytes, encoding: encoding) else {
            Issue.record("the file was read without an error", sourceLocation: sourceLocation)
            return nil
        }
        #expect(error.code == .invalidValue, sourceLocation: sourceLocation)
        return error
    }

    @Test("--encoding utf-8 with a byte that is not UTF-8 is an error naming the line")
    func explicitUTF8() throws {
        let error = try Self.failure(Array("name,town\n".utf8) + [0x5A, 0x6F, 0xEB, 0x2C, 0x63, 0x61, 0x66, 0xE9, 0x0A], encoding: .utf8)
        #expect(error?.cell == "line 2")
        #expect(error?.message == "not valid UTF-8; pass --encoding windows-1252 if the file was saved by older Excel")
        #expect(error?.description.hasSuffix("x.csv, line 2: not valid UTF-8; pass --encoding windows-1252 if the file was saved by older Excel") == true)
    }

    @Test("a file with a UTF-8 byte-order mark and a stray byte is an error naming the line")
    func bomWithStrayByte() throws {
        let error = try Self.failure([0xEF, 0xBB, 0xBF] + Array("name\r\nok\r\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A])
        #expect(error?.cell == "line 3")
        #expect(error?.message.contains("byte-order mark") == true)
    }

    /// Files mixing UTF-8 with a stray byte, and the line the stray byte is on: after the
    /// UTF-8 lines, before them, with bare CR line ends, and a sequence cut short by a line end.
    static let mixedFiles: [(bytes: [UInt8], line: String)] = {
        let stray: [UInt8] = [0x63, 0x61, 0x66, 0xE9]
        let lf: [UInt8] = [0x0A]
        var files: [(bytes: [UInt8], line: String)] = []
        files.append((Array("name\n".utf8) + zoe + zoe + zoe + stray + lf, "line 5"))
        files.append((Array("name\n".utf8) + stray + lf + zoe, "line 2"))
        files.append((Array("a\rb\rc\r".utf8) + stray + [0x0D] + Array("Zoë\r".utf8), "line 4"))
        files.append((Array("Zoë\nab".utf8) + [0xC3] + lf, "line 2"))
        return files
    }()

    @Test("UTF-8 characters and a stray byte in one file mix encodings: an error naming the stray byte's line",
          arguments: mixedFiles)
    func mixed(bytes: [UInt8], line: String) throws {
        let error = try Self.failure(bytes)
        #expect(error?.cell == line)
        #expect(error?.message.contains("mixes UTF-8 and another encoding") == true)
    }

    @Test("invalid bytes and no UTF-8 character is Windows-1252, as before", arguments: [
        [0x5A, 0x6F, 0xEB, 0x0A, 0x80, 0x35, 0x0A] as [UInt8],
        // A UTF-16 surrogate written as UTF-8 is not UTF-8 either.
        [0x5A, 0x6F, 0xEB, 0x0A, 0xED, 0xA0, 0x80, 0x0A],
    ])
    func windows1252(bytes: [UInt8]) throws {
        guard case .success(let (encoding, records)) = try Self.open(bytes) else { Issue.record("refused"); return }
        #expect(encoding == .windows1252)
        #expect(records.first == ["Zoë"])
    }

    @Test("valid UTF-8 is UTF-8, with or without a byte-order mark or --encoding")
    func validUTF8() throws {
        for (bytes, given) in [(Self.zoe, nil), ([0xEF, 0xBB, 0xBF] + Self.zoe, nil), (Self.zoe, TextEncoding.utf8)] {
            guard case .success(let (encoding, records)) = try Self.open(bytes, encoding: given) else { Issue.record("refused"); continue }
            #expect(encoding == .utf8)
            #expect(records == [["Zoë"]])
        }
    }

    @Test("a CSV position reads 'line', an A1 reference 'cell'")
    func locationWording() {
        #expect(XLSXError(code: .invalidValue, file: "x.csv", cell: "line 2", message: "m").description == "x.csv, line 2: m")
        #expect(XLSXError(code: .invalidValue, file: "x.xlsx", sheet: "S", cell: "C17", message: "m").description == "x.xlsx, sheet 'S', cell C17: m")
    }
}
