import Testing
@testable import XLSXIO

@Suite("Editor: small-part splicing and undo")
struct EditorSpliceTests {
    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="urn:main" xmlns:x14ac="urn:x14ac"><fonts count="1"><font><sz val="11"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf></cellXfs>\
        <dxfs count="0"/><extLst><ext uri="{x}"><x14ac:y/></ext></extLst></styleSheet>
        """

    static func editor(_ text: String, lenient: Bool = false) throws -> PartEditor {
        PartEditor(try XMLSpliceDocument(part: "p", bytes: Array(text.utf8), lenient: lenient))
    }

    @Test func indexesElementsWithTheirExactSpans() throws {
        let doc = try XMLSpliceDocument(part: "xl/styles.xml", bytes: Array(Self.styles.utf8))
        let xfs = try #require(doc.child(of: doc.root, named: "cellXfs"))
        #expect(doc.children(of: xfs, named: "xf").count == 2)
        #expect(doc.attributeValue("count", of: xfs) == "2")
        #expect(doc.text(of: doc.children(of: xfs, named: "xf")[1]).hasSuffix("<alignment horizontal=\"left\"/></xf>"))
        #expect(doc.elements[try #require(doc.child(of: doc.root, named: "dxfs"))].isEmptyElement)
    }

    @Test func tolerantModeReadsVMLWithUnclosedElements() throws {
        let vml = "<xml xmlns:v=\"urn:v\"><v:shape id=\"_x0000_s1025\"><v:textbox><div>one<br>two<br></div></v:textbox></v:shape></xml>"
        #expect(throws: XMLParseError.self) { try XMLSpliceDocument(part: "d.vml", bytes: Array(vml.utf8)) }
        let doc = try XMLSpliceDocument(part: "d.vml", bytes: Array(vml.utf8), lenient: true)
        #expect(doc.elements[doc.root].endTag != nil)
        #expect(doc.children(of: doc.root).count == 1)
    }

    /// Children are found through each element's subtree end; they must be exactly the
    /// elements whose parent is that element, in order, also when VML leaves tags unclosed.
    @Test(arguments: [
        (EditorSpliceTests.styles, false),
        ("<xml xmlns:v=\"urn:v\"><v:shape><v:textbox><div>one<br>two<br/><b>x</b></div><p/></v:textbox><x:ClientData><x:Row>1</x:Row></x:ClientData></v:shape><v:shape/></xml>", true),
        ("<a><b><c><d/></c><e/></b><f><g><h></g></f><i/></a>", true),
    ])
    func childrenAreTheElementsWhoseParentItIs(text: String, lenient: Bool) throws {
        let doc = try XMLSpliceDocument(part: "p", bytes: Array(text.utf8), lenient: lenient)
        for element in doc.elements.indices {
            let byParent = doc.elements.indices.filter { doc.elements[$0].parent == element }
            #expect(doc.children(of: element) == byParent, "children of <\(doc.elements[element].localName)>")
        }
    }

    @Test func everyEditIsTakenBackExactly() throws {
        let editor = try Self.editor(Self.styles)
        let doc = editor.document
        let root = ElementPath("styleSheet")
        let xfs = doc.child(of: doc.root, named: "cellXfs")!, fills = doc.child(of: doc.root, named: "fills")!
        let dxfs = doc.child(of: doc.root, named: "dxfs")!
        editor.insertChildren(["<fill><patternFill patternType=\"solid\"/></fill>"], into: fills, path: root.appending("fills"), indexed: true)
        editor.setAttribute("count", to: "3", on: fills, path: root.appending("fills"))
        editor.insertChildren(["<xf numFmtId=\"14\" fillId=\"2\"/>", "<xf numFmtId=\"0\" fillId=\"2\"/>"], into: xfs, path: root.appending("cellXfs"), indexed: true)
        editor.insertChildren(["<dxf/>"], into: dxfs, path: root.appending("dxfs"))
        editor.insertChildren(["<numFmts count=\"0\"/>"], into: doc.root, path: root, before: ["fonts"])
        editor.setContent("<sz val=\"12\"/>", of: doc.child(of: doc.child(of: doc.root, named: "fonts")!, named: "font")!, path: root.appending("fonts").appending("font"))
        try editor.flush()
        let edited = String(decoding: editor.bytes, as: UTF8.self)
        #expect(edited.contains("<numFmts count=\"0\"/><fonts count=\"1\"><font><sz val=\"12\"/></font>"))
        #expect(edited.contains("<dxfs count=\"0\"><dxf/></dxfs>"))
        #expect(edited.contains("<fills count=\"3\">"))

        let undo = try Self.editor(edited)
        try undo.revert(editor.edits)
        #expect(String(decoding: undo.bytes, as: UTF8.self) == Self.styles)
    }

    @Test func indexedChildrenAreRemovedOnlyWhileTheyAreLast() throws {
        let editor = try Self.editor(Self.styles)
        let doc = editor.document
        editor.insertChildren(["<xf fillId=\"2\"/>"], into: doc.child(of: doc.root, named: "cellXfs")!, path: ElementPath("styleSheet", "cellXfs"), indexed: true)
        try editor.flush()
        // The user added another format after sen2xl's: removing sen2xl's would renumber it.
        let later = String(decoding: editor.bytes, as: UTF8.self).replacingAll("<xf fillId=\"2\"/>", with: "<xf fillId=\"2\"/><xf fillId=\"9\"/>")
        let undo = try Self.editor(later)
        try undo.revert(editor.edits)
        #expect(String(decoding: undo.bytes, as: UTF8.self) == later)
    }

    @Test func pathsSelectChildrenByCellReference() throws {
        let comments = "<comments><commentList><comment ref=\"$B$7\"><text/></comment><comment ref=\"C1\"><text/></comment></commentList></comments>"
        let doc = try XMLSpliceDocument(part: "c", bytes: Array(comments.utf8))
        let resolver = ElementPathResolver(doc)
        let path = ElementPath("comments", "commentList").appending("comment", attribute: "ref", value: "B7").appending("text")
        let text = try #require(resolver.resolve(path))
        #expect(doc.elements[doc.elements[text].parent!].startTag.start == comments.utf8.count - "<comment ref=\"$B$7\"><text/></comment><comment ref=\"C1\"><text/></comment></commentList></comments>".utf8.count)
        #expect(resolver.resolve(ElementPath("comments", "commentList").appending("comment", attribute: "ref", value: "D4")) == nil)
    }
}

extension String {
    /// Replaces every occurrence of `target` (test helper without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
