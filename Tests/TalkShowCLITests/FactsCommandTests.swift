import Testing
import Foundation
import TalkShowTestSupport

@Suite struct FactsCommandTests {
    let scratch = Scratch()
    let sample = "Acme Corp. (NYSE: ACME) said revenue rose 12% to $4.1 billion in the third quarter, while margin slipped to 31% from 34%."

    func write(_ bytes: [UInt8], name: String = "article.txt") throws -> String {
        let url = try scratch.folder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func json_isTheFactsContract() throws {
        let path = try write(Array(sample.utf8))
        let result = try Binary.run(["facts", path, "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let article = object?["article"] as? [String: Any]
        #expect(article?["text"] as? String == sample)
        #expect((article?["sha256"] as? String)?.count == 64)
        let facts = object?["facts"] as? [[String: Any]] ?? []
        #expect(facts.contains { $0["kind"] as? String == "ticker" && $0["text"] as? String == "ACME" })
        #expect(facts.contains { $0["text"] as? String == "31% from 34%" && $0["from"] as? Double == 34 })
    }

    /// A page of chrome alone is no article to debate: the error says so, and nothing is
    /// staged; `facts` lists what was left out.
    @Test func aPageWithNoProse_isNoDebate() throws {
        let page = "<html><body><nav>Home | Markets</nav><h3>Most Read</h3><p>Share this article: Facebook Twitter</p></body></html>"
        let path = try write(Array(page.utf8), name: "page.html")
        let debate = try Binary.run(["debate", path])
        #expect(debate.status == 65, "\(debate.status)")
        #expect(debate.stderr.contains("no sentences left after removing markup and page boilerplate"), "\(debate.stderr)")
        let facts = try Binary.run(["facts", path])
        #expect(facts.status == 0, "\(facts.stderr)")
        #expect(facts.stdout.hasPrefix("0 sentences, 0 facts, 2 lines left out"), "\(facts.stdout)")
    }

    @Test func standardInput_isReadWithDash() throws {
        let result = try Binary.run(["facts", "-", "--format", "json"], stdin: Data(sample.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"$4.1 billion\""))
    }

    @Test func text_isATable() throws {
        let result = try Binary.run(["facts", try write(Array(sample.utf8))])
        #expect(result.status == 0)
        #expect(result.stdout.contains("kind"))
        #expect(result.stdout.contains("$4.1 billion"))
    }

    @Test func missingFile_exits66WithOneLine() throws {
        let result = try Binary.run(["facts", "/nonexistent/article.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("talkshow: error: no such file"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        ([UInt8](), "empty"),
        (Array("   \n\t\n".utf8), "empty"),
        (Array("Caf".utf8) + [0xE9] + Array(" rose 5%.".utf8), "not valid UTF-8"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], "binary"),
    ])
    func badInput_exits65WithAClearMessage(_ bytes: [UInt8], _ words: String) throws {
        let result = try Binary.run(["facts", try write(bytes)])
        #expect(result.status == 65)
        #expect(result.stderr.contains(words))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func folder_exits66() throws {
        let result = try Binary.run(["facts", try scratch.folder().path])
        #expect(result.status == 66)
    }

    @Test func usageErrors_exit64WithASuggestion() throws {
        let path = try write(Array(sample.utf8))
        let typo = try Binary.run(["facts", path, "--fromat", "json"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("did you mean '--format'"))
        let value = try Binary.run(["facts", path, "--format", "yaml"])
        #expect(value.status == 64)
        #expect(try Binary.run(["facts"]).status == 64)
        #expect(try Binary.run(["fcts", path]).stderr.contains("did you mean 'facts'"))
    }

    @Test func help_isPrintedForTheCommandAndTheTool() throws {
        let help = try Binary.run(["facts", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--input-format"))
        // A long option name is never cut: its whole value list shows, its help on the next line.
        #expect(help.stdout.contains("--input-format <text|markdown|html>\n"))
        let top = try Binary.run(["--help"])
        #expect(top.status == 0)
        #expect(top.stdout.contains("facts"))
    }

    @Test func html_isDecodedByExtension() throws {
        let path = try write(Array("<html><body><p>Revenue rose 12% to &#36;4.1 billion.</p><script>x=1</script></body></html>".utf8), name: "a.html")
        let result = try Binary.run(["facts", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"text\" : \"Revenue rose 12% to $4.1 billion.\"") || result.stdout.contains("\"Revenue rose 12% to $4.1 billion.\""))
    }
}
