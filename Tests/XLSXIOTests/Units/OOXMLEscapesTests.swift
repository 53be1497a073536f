import Testing
import XLSXIO

/// The `_xHHHH_` escapes of ECMA-376 §22.9.2.19 (ST_Xstring): UTF-16 code units, with
/// `_x005F_` escaping an underscore that would otherwise start an escape.
@Suite("OOXML escapes")
struct OOXMLEscapesTests {
    @Test("decodes escapes", arguments: [
        ("plain text", "plain text"),
        ("ABC_x000D_\nDEF", "ABC\r\nDEF"),
        ("_x0009_tab", "\ttab"),
        ("_x0001_", "\u{1}"),
        ("lower _x000d_ case hex", "lower \r case hex"),
        ("_x0041__x0042_", "AB"),
        ("_x005F_x000D_", "_x000D_"),
        ("_x005F_", "_"),
        ("snake_case_name", "snake_case_name"),
        ("_x00_", "_x00_"),
        ("_x00G0_", "_x00G0_"),
        ("_x0041", "_x0041"),
        ("x0041_", "x0041_"),
        ("_xD83D__xDE1C_", "😜"),
        ("a_xD83D__xDE1C_b", "a😜b"),
        ("_xD83D_", "\u{FFFD}"),
        ("_xD83D_x", "\u{FFFD}x"),
        ("_xDE1C_", "\u{FFFD}"),
        ("_xDE1C__xD83D_", "\u{FFFD}\u{FFFD}"),
        ("_xD83D__x0041_", "\u{FFFD}A"),
        ("é_x00E9_", "éé"),
        ("_x20AC_", "€"),
    ])
    func decodes(escaped: String, decoded: String) {
        #expect(OOXMLEscapes.decode(escaped) == decoded)
    }

    @Test("decodes from raw bytes, appending")
    func decodesBytes() {
        var out = Array("head:".utf8)
        Array("_x0031__x0032_3".utf8).withUnsafeBufferPointer { OOXMLEscapes.appendDecoded($0, to: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "head:123")
    }

    @Test("encodes what XML cannot hold", arguments: [
        ("plain", "plain"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("cr\r", "cr_x000D_"),
        ("\u{1}\u{1F}", "_x0001__x001F_"),
        ("_x000D_", "_x005F_x000D_"),
        ("snake_case", "snake_case"),
        ("_x12_", "_x12_"),
        ("\u{FFFE}", "_xFFFE_"),
        ("😜", "😜"),
    ])
    func encodes(text: String, encoded: String) {
        #expect(OOXMLEscapes.encode(text) == encoded)
    }

    @Test("encoding then decoding gives the text back", arguments: [
        "", "plain", "a\rb", "_x0041_", "_x005F_", "__x0041__", "😜_xD83D_", "\u{0}\u{7}\u{B}\u{C}", "x_y_z_", "€_x20AC_",
    ])
    func roundTrip(text: String) {
        #expect(OOXMLEscapes.decode(OOXMLEscapes.encode(text)) == text)
    }
}
