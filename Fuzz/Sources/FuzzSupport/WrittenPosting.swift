@testable import OpeningsKit

extension Fuzz {
    /// What `openings import` writes for a posting is a file `check` reads: the front
    /// matter splits and is valid YAML whatever the source held, and its findings point
    /// inside the written file.
    public static func checkWritten(_ posting: ImportedPosting) {
        let text = PostingWriter.text(of: posting, command: "openings import fuzz")
        let file = SourceFile(relativePath: "Content/jobs/\(posting.fileName).md",
                              displayPath: "site/Content/jobs/\(posting.fileName).md", text: text)
        guard case .success(let frontMatter) = FrontMatter.split(text) else { fail("the written posting has no front matter:\n\(text)") }
        if case .failure(let diagnostic) = YAMLReader.parse(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, file: file) {
            fail("the written front matter is not valid YAML: \(diagnostic.formatted)\n\(text)")
        }
        let (_, diagnostics) = SiteLoader.parseJob(file)
        checkFindings(diagnostics, in: file)
    }
}
