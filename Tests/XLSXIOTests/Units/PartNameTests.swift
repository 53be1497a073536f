import Testing
import XLSXIO

/// OPC part names: relationship targets resolved against their source part (ECMA-376 Part 2).
@Suite("Part names")
struct PartNameTests {
    @Test("resolves relationship targets", arguments: [
        ("worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
        ("/xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
        ("./worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
        ("../customXml/item1.xml", "xl/workbook.xml", "customXml/item1.xml"),
        ("../drawings/drawing1.xml", "xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml"),
        ("xl/workbook.xml", "", "xl/workbook.xml"),
        ("/xl/workbook.xml", "", "xl/workbook.xml"),
        ("../../../x.xml", "xl/workbook.xml", "x.xml"),
        ("worksheets//sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
        ("worksheets/sheet%201.xml", "xl/workbook.xml", "xl/worksheets/sheet 1.xml"),
        ("worksheets/%E2%82%AC.xml", "xl/workbook.xml", "xl/worksheets/€.xml"),
        ("worksheets/100%.xml", "xl/workbook.xml", "xl/worksheets/100%.xml"),
        ("worksheets/a%2.xml", "xl/workbook.xml", "xl/worksheets/a%2.xml"),
        ("sheet1.xml", "workbook.xml", "sheet1.xml"),
    ])
    func resolves(target: String, source: String, part: String) {
        #expect(PartName.resolve(target: target, from: source) == part)
    }

    @Test("finds a part's relationships part", arguments: [
        ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"),
        ("", "_rels/.rels"),
        ("xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"),
        ("workbook.xml", "_rels/workbook.xml.rels"),
    ])
    func relationshipsPart(part: String, rels: String) {
        #expect(PartName.relationshipsPart(for: part) == rels)
    }

    @Test("relative targets resolve back to the part", arguments: [
        ("xl/worksheets/sheet1.xml", "xl/workbook.xml"),
        ("xl/sharedStrings.xml", "xl/workbook.xml"),
        ("xl/drawings/drawing1.xml", "xl/worksheets/sheet1.xml"),
        ("docProps/core.xml", "xl/workbook.xml"),
        ("xl/workbook.xml", ""),
        ("xl/comments1.xml", "xl/worksheets/sheet3.xml"),
    ])
    func relativeTargets(part: String, source: String) {
        let target = PartName.relativeTarget(to: part, from: source)
        #expect(!target.hasPrefix("/"))
        #expect(PartName.resolve(target: target, from: source) == part)
    }

    @Test("splits folder and file")
    func splits() {
        #expect(PartName.split("xl/worksheets/sheet1.xml") == ("xl/worksheets", "sheet1.xml"))
        #expect(PartName.split("[Content_Types].xml") == ("", "[Content_Types].xml"))
    }
}
