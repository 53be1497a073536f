import Foundation
import Testing
import XLSXIO

@Suite("SHA-256")
struct SHA256Tests {
    /// FIPS 180-4 / NIST example vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func knownVectors(message: String, expected: String) {
        #expect(SHA256.hash(Array(message.utf8)).hexDigest == expected)
    }

    @Test func oneMillionAs() {
        #expect(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)).hexDigest
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Feeding the message in pieces of any size gives the same digest as feeding it whole,
    /// including pieces that straddle the 64-byte block and the 56-byte padding boundary.
    @Test(arguments: [1, 3, 55, 56, 63, 64, 65, 127, 1000])
    func piecesGiveTheSameDigest(pieceSize: Int) {
        let message = (0..<3001).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var hash = SHA256()
        var start = 0
        while start < message.count {
            let end = min(start + pieceSize, message.count)
            hash.update(message[start..<end])
            start = end
        }
        #expect(hash.finalize() == SHA256.hash(message))
    }

    @Test func fileDigestMatchesTheBytes() throws {
        let path = NSTemporaryDirectory() + "sha256-\(getpid()).bin"
        let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 >> 3) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SHA256.hash(fileAt: path) == SHA256.hash(bytes))
    }

    @Test func missingFileIsATypedError() {
        #expect(throws: XLSXError.self) { try SHA256.hash(fileAt: "/nonexistent/nothing.xlsx") }
    }
}
