import Testing
@testable import OpeningsKit

/// Job boards' HTML descriptions as Markdown (libxml2's parser): what is kept, what is
/// dropped, and that the text never turns into markup it was not.
@Suite struct HTMLToMarkdownTests {
    @Test func keepsStructureAndDropsTheRest() {
        let html = """
            <div class="content-intro"><p><strong>About Kestrel</strong></p>
            <p>We build&nbsp;tools for <em>field teams</em>. Read <a href="https://kestrel.example/about" onclick="x()">our story</a>.</p></div>
            <h2>What you&#8217;ll do</h2>
            <ul>
              <li>Own the <b>billing</b> service</li>
              <li><p>Mentor engineers</p>
                <ul><li>two to four people</li></ul>
              </li>
            </ul>
            <h3>Nice to have</h3>
            <ol start="3"><li>Go</li><li>Rust</li></ol>
            <script>alert('x')</script><style>p { color: red }</style>
            <p>Line one<br>Line two<br></p>
            <p><img src="https://x.example/a.png" alt="team"><iframe src="https://evil.example"></iframe></p>
            <p><a href="javascript:alert(1)">Click</a> and <a href="/relative">here</a>.</p>
            <table><tr><th>Level</th><td>Senior</td></tr></table>
            <pre>let x = 1
            print(x)</pre>
            <blockquote><p>Quoted.</p></blockquote>
            """
        #expect(HTMLToMarkdown.convert(html) == """
            ## About Kestrel

            We build tools for *field teams*. Read [our story](https://kestrel.example/about).

            ## What you’ll do

            - Own the **billing** service
            - Mentor engineers
              - two to four people

            ### Nice to have

            3. Go
            4. Rust

            Line one\\
            Line two

            Click and here.

            Level · Senior

            ```
            let x = 1
            print(x)
            ```

            > Quoted.
            """)
    }

    @Test func textThatLooksLikeMarkupStaysText() {
        let html = "<p># not a heading, 1. not a list, *not* emphasis, [not] a link, &lt;b&gt; not a tag, &amp;copy; not an entity, snake_case, _edge_</p><p>- not an item</p><p>2024. A year.</p>"
        #expect(HTMLToMarkdown.convert(html) == """
            \\# not a heading, 1. not a list, \\*not\\* emphasis, \\[not\\] a link, \\<b> not a tag, \\&copy; not an entity, snake_case, \\_edge\\_

            \\- not an item

            2024\\. A year.
            """)
    }

    @Test func aFirstHeadingThatRepeatsTheTitleIsLeftOut() {
        let html = "<h1>Senior iOS Engineer</h1><p>Our app.</p><h2>You will</h2><ul><li>ship</li></ul>"
        #expect(HTMLToMarkdown.convert(html, title: "Senior iOS engineer") == "Our app.\n\n## You will\n\n- ship")
        #expect(HTMLToMarkdown.convert(html, title: "Android Engineer") == "## Senior iOS Engineer\n\nOur app.\n\n### You will\n\n- ship")
    }

    @Test func boldDivsAreHeadingsAsBoldParagraphsAre() {
        #expect(HTMLToMarkdown.convert("<p><strong>Requirements:</strong></p><ul><li>Go</li></ul>") == "## Requirements\n\n- Go")
        #expect(HTMLToMarkdown.convert("<div><b>About the team</b></div><div>We help clinics.</div><div><b>Note:</b> bold start.</div>")
                == "## About the team\n\nWe help clinics.\n\n**Note:** bold start.")
    }

    @Test func headingsMoveSoTheLargestIsLevelTwo() {
        #expect(HTMLToMarkdown.convert("<h1>Role</h1><p>x</p><h2>Team</h2>") == "## Role\n\nx\n\n### Team")
        #expect(HTMLToMarkdown.convert("<h4>Role</h4>") == "## Role")
    }

    /// Elements of the classes given are left out with all they hold, wherever they are;
    /// a heading in one does not move the others.
    @Test func elementsOfTheClassesGivenAreLeftOut() {
        let html = """
            <div class="content-intro"><p>About us.</p></div><p>The job.</p>\
            <ul><li>Ship</li><li><span class="pay note">$1</span>Review</li></ul>\
            <div class="pay"><h1>Pay</h1><div class="title">New York</div><span>$160,000</span></div>
            """
        #expect(HTMLToMarkdown.convert(html, leavingOut: ["pay"]) == "About us.\n\nThe job.\n\n- Ship\n- Review")
        #expect(HTMLToMarkdown.convert(html, leavingOut: ["Pay", "content"]) == """
            About us.

            The job.

            - Ship
            - $1Review

            ## Pay

            New York

            $160,000
            """, "class names are whole and case-sensitive")
    }

    @Test func brokenAndEmptyHTML() {
        #expect(HTMLToMarkdown.convert("") == "")
        #expect(HTMLToMarkdown.convert("<p>Unclosed <b>bold <i>both") == "Unclosed **bold *both***")
        #expect(HTMLToMarkdown.convert("plain text & more") == "plain text & more")
        #expect(HTMLToMarkdown.convert("<ul>loose text<li>item</li></ul>") == "- loose text\n- item")
    }

    @Test func entitiesDecodedOnce() {
        #expect(HTMLToMarkdown.decodeEntities("&lt;p&gt;Fish &amp;amp; chips&nbsp;&#8212; &quot;yes&quot;&lt;/p&gt;")
                == "<p>Fish &amp; chips\u{A0}— \"yes\"</p>")
        #expect(HTMLToMarkdown.decodeEntities("no entities") == "no entities")
    }
}

/// HTML blocks inside imported Markdown bodies, converted in place.
@Suite struct MarkdownHTMLBlocksTests {
    @Test func tablesSectionsAndCommentsInAMarkdownBody() {
        let body = """
            ## Salary

            <table class="usa-table">
            <tr><th>Grade</th><td>GS-15</td></tr>
            </table>

            <section class="usa-grid-full">

            Keep **this** Markdown.

            </section>

            <!-- {% include job/status_alert.html %} -->

            - a list <b>with inline HTML</b>
            """
        let (markdown, count) = MarkdownHTMLBlocks.convert(body)
        #expect(count == 4)
        #expect(markdown == """
            ## Salary

            Grade · GS-15

            Keep **this** Markdown.

            - a list <b>with inline HTML</b>
            """)
    }

    @Test func bodyWithoutHTMLIsUnchanged() {
        #expect(MarkdownHTMLBlocks.convert("Plain *text* and a < sign.\n").markdown == "Plain *text* and a < sign.\n")
    }
}

/// A board's page address, as people copy it, turned into its API address.
@Suite struct JobBoardURLTests {
    @Test func boardPagesBecomeAPIAddresses() {
        #expect(JobBoardURL.api(for: "https://boards.greenhouse.io/acme", vendor: .greenhouse)
                == "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true")
        #expect(JobBoardURL.api(for: "https://jobs.lever.co/acme/", vendor: .lever) == "https://api.lever.co/v0/postings/acme?mode=json")
        #expect(JobBoardURL.api(for: "https://jobs.eu.lever.co/acme", vendor: .lever) == "https://api.eu.lever.co/v0/postings/acme?mode=json")
        #expect(JobBoardURL.api(for: "https://jobs.ashbyhq.com/acme", vendor: .ashby)
                == "https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true")
        // API addresses, other vendors' pages and deeper paths stay as given.
        for url in ["https://api.lever.co/v0/postings/acme?mode=json", "https://jobs.lever.co/acme/5ac2-apply/x",
                    "https://jobs.ashbyhq.com/acme"] {
            #expect(JobBoardURL.api(for: url, vendor: url.contains("ashby") ? .lever : .lever) == url)
        }
    }
}

/// The comment at the top of an imported posting keeps long and multi-line values whole.
@Suite struct PostingWriterTests {
    /// Found by fuzz-import-boards: a job board's value with a control character (DEL, a
    /// C1 control, U+FEFF) was written into the front matter as it was, which YAML does
    /// not allow, so the imported file could not be read. Values are escaped, comments
    /// keep a stand-in, and the title reads back exactly.
    @Test func controlCharactersInValuesAreEscapedSoTheFileReadsBack() throws {
        var posting = ImportedPosting(source: "x.json", fileName: "x")
        let title = "Designer\u{7F}\u{91} \u{FEFF}\r(m/w/d)\u{1}"
        posting.title = title
        posting.id = "GH-1"
        posting.tags = ["a\u{85}b", "c\u{9F}"]
        posting.leftovers = [.init(key: "note\u{7}", value: "x\u{1B}[31m")]
        posting.notes = ["check \u{80}this"]
        let text = PostingWriter.text(of: posting, command: "openings import greenhouse")
        let file = SourceFile(relativePath: "Content/jobs/x.md", displayPath: "site/Content/jobs/x.md", text: text)
        let (job, diagnostics) = SiteLoader.parseJob(file)
        #expect(!diagnostics.contains { $0.message.contains("YAML") || $0.message.contains("control character") }, "\(diagnostics.map(\.formatted))\n\(text)")
        _ = job
        guard case .success(let frontMatter) = FrontMatter.split(text),
              case .success(let root) = YAMLReader.parse(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, file: file),
              case .mapping(let pairs)? = root?.kind,
              case .scalar(let written, _)? = pairs.first(where: { if case .scalar("title", _) = $0.key.kind { true } else { false } })?.value.kind
        else { Issue.record("no title in\n\(text)"); return }
        #expect(written.unicodeScalars.map(\.value) == title.unicodeScalars.map(\.value))
    }

    /// A control character typed into front matter is found where it is, not reported on
    /// the first line as libyaml's reader does.
    @Test func aControlCharacterInFrontMatterIsFoundWhereItIs() {
        let file = SourceFile(relativePath: "Content/jobs/x.md", displayPath: "site/Content/jobs/x.md",
                              text: "---\ntitle: Designer\nlevel: Sen\u{7}ior\n---\nBody.\n")
        let (_, diagnostics) = SiteLoader.parseJob(file)
        #expect(diagnostics.map(\.formatted) == [
            "site/Content/jobs/x.md:3:11: error: a control character (U+0007) here: YAML does not allow it; "
                + "delete it (it is invisible in most editors; retype the text around it)",
        ])
    }

    @Test func longLeftoversAreKeptWholeAsLines() {
        var posting = ImportedPosting(source: "x.md", fileName: "x")
        posting.title = "Designer"
        posting.leftovers = [.init(key: "gs", value: "15"),
                             .init(key: "key objectives", value: "- Ship the --> thing\n- Run {{ page.x }}\n\n  still going")]
        #expect(PostingWriter.text(of: posting, command: "openings import jekyll") == """
            ---
            title: Designer
            ---
            <!--
            Imported by `openings import jekyll` from x.md.
            Check these, move what matters into the posting, then delete this comment:
            - not mapped to an Openings field:
                gs: 15
                key objectives:
                  - Ship the - -> thing
                  - Run { { page.x } }

                    still going
            -->

            """)
    }
}

/// Headings an import left over nothing.
@Suite struct MarkdownEmptySectionsTests {
    @Test func emptySectionsGoAndTheirParentsWithThem() {
        let body = """
            ## About

            Text.

            ### Apply

            ## Benefits

            ### Health

            ```
            # not a heading
            ```

            ## Last
            """
        let (markdown, removed) = MarkdownEmptySections.remove(from: body)
        #expect(removed == ["Apply", "Last"])
        #expect(markdown == """
            ## About

            Text.

            ## Benefits

            ### Health

            ```
            # not a heading
            ```

            """)
        #expect(MarkdownEmptySections.remove(from: "## A\n### B\n").removed == ["A", "B"])
    }
}
