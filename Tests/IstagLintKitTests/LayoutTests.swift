import Foundation
import Testing

/// The README's layout section names every folder of `Sources/IstagLintKit`, and only those.
@Suite struct LayoutTests {
    @Test func theReadmeLayoutAndTheFileTreeAgree() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## Layout"))
        let end = readme.range(of: "\n## ", range: start.upperBound..<readme.endIndex)?.lowerBound ?? readme.endIndex
        let layout = String(readme[start.upperBound..<end])
        let kit = Repository.root.appendingPathComponent("Sources/IstagLintKit")
        let folders = try FileManager.default.contentsOfDirectory(atPath: kit.path).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: kit.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }
        #expect(folders.count >= 8)
        for folder in folders {
            #expect(layout.contains("`\(folder)/`"), "README layout does not name \(folder)/")
        }
        // Every `Name/` the section names under the library is a folder there.
        // The library's part: from its name to the command line's.
        let kitStart = try #require(layout.range(of: "`Sources/IstagLintKit`"))
        let kitEnd = try #require(layout.range(of: "`Sources/istaglint`", range: kitStart.upperBound..<layout.endIndex))
        let kitPart = layout[kitStart.lowerBound..<kitEnd.lowerBound]
        let named = kitPart.matches(of: /`([A-Z][A-Za-z]+)\/`/).map { String($0.output.1) }
        #expect(!named.isEmpty)
        for name in named {
            #expect(folders.contains(name), "README layout names \(name)/, which is not a folder of Sources/IstagLintKit")
        }
    }
}
