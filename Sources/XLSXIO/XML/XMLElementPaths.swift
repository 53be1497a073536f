/// Finds which element is open at given lines of an XML file, as a path with positions
/// (`Message/Persons/Person[12]/Requests[2]/Assessment`), in one streaming pass.
enum XMLElementPaths {
    /// The path of the innermost element started at or before each line in `lines` (and not
    /// closed before it).
    static func find(lines: Set<Int>, in path: String) throws(XLSXError) -> [Int: String] {
        guard !lines.isEmpty, let last = lines.max() else { return [:] }
        let tracker = PathTracker(lines: lines, lastLine: last)
        let parser: XMLPushParser
        do { parser = try XMLPushParser(part: path, handler: tracker) } catch { throw XLSXError(error, file: path) }
        tracker.parser = parser
        guard let file = fopen(path, "rb") else {
            throw XLSXError(code: .fileNotFound, file: path, message: "cannot open the file")
        }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !tracker.wantsToStop {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n == 0 { break }
            let fed = buffer.withUnsafeBytes { raw in
                Result { () throws(XMLParseError) in try parser.feed(UnsafeRawBufferPointer(rebasing: raw[0..<n])) }
            }
            // A malformed document still has a path up to the fault; stop there.
            if case .failure = fed { break }
        }
        tracker.record(upTo: Int.max)
        return tracker.found
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tracks the open elements and their positions while the parser streams.
private final class PathTracker: XMLEventHandler {
    let lines: [Int]
    let lastLine: Int
    weak var parser: XMLPushParser?
    var stack: [(name: String, position: Int)] = []
    /// Counts of child names seen under each open element.
    var childCounts: [[String: Int]] = [[:]]
    var found: [Int: String] = [:]
    var nextLine = 0

    init(lines: Set<Int>, lastLine: Int) {
        self.lines = lines.sorted()
        self.lastLine = lastLine
    }

    var wantsToStop: Bool { nextLine >= lines.count }

    /// Gives every pending line before `line` the current path.
    func record(upTo line: Int) {
        while nextLine < lines.count, lines[nextLine] < line {
            found[lines[nextLine]] = stack.map { $0.position > 1 || needsIndex($0) ? "\($0.name)[\($0.position)]" : $0.name }.joined(separator: "/")
            nextLine += 1
        }
    }

    private func needsIndex(_ entry: (name: String, position: Int)) -> Bool { entry.position > 0 && repeatedNames.contains(entry.name) }
    var repeatedNames: Set<String> = []

    func startElement(_ tag: XMLStartTag) {
        let line = parser?.currentLine ?? 0
        record(upTo: line)
        let name = tag.localName
        let position = (childCounts[childCounts.count - 1][name] ?? 0) + 1
        childCounts[childCounts.count - 1][name] = position
        if position > 1 { repeatedNames.insert(name) }
        stack.append((name, position))
        childCounts.append([:])
        // An element on its own line owns that line.
        if nextLine < lines.count, lines[nextLine] == line { record(upTo: line + 1) }
    }

    func endElement(localName: UnsafePointer<UInt8>) {
        // A line where an element closes belongs to that element (a missing child is
        // reported at its parent's end tag).
        record(upTo: (parser?.currentLine ?? 0) + 1)
        stack.removeLast()
        childCounts.removeLast()
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
