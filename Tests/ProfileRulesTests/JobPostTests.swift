import ProfileRules
import Testing

@Suite struct JobPostTests {
    @Test func questionsUnderAHeadingAndNumberedOnesAreRecognised() {
        let job = JobPost(
            text: """
                We need a logo.
                Is this a question outside any heading?
                Screening questions
                What is your process?
                Have you designed for bakeries before?
                Deliverables:
                1. Which formats will you send?
                - A logo in three colours
                """)
        #expect(
            job.questions.map(\.text) == [
                "What is your process?", "Have you designed for bakeries before?", "Which formats will you send?",
            ])
    }

    @Test func requirementsComeFromSkillLinesBulletsAndKnownTools() throws {
        let job = JobPost(
            text: """
                Skills: Figma, Webflow; Copywriting
                - Redesign the pricing page
                * Migrate the blog from WordPress
                We also use HubSpot for forms.
                """)
        let names = job.requirements.map(\.name)
        #expect(
            names.starts(with: [
                "Figma", "Webflow", "Copywriting", "Redesign the pricing page",
                "Migrate the blog from WordPress",
            ]))
        #expect(names.contains("HubSpot"))
        // Tools already named by a skill or a requirement line are not listed again.
        #expect(names.filter { $0 == "Figma" }.count == 1)
        #expect(!names.contains("WordPress"))
        let migrate = try #require(job.requirements.first { $0.name == "Migrate the blog from WordPress" })
        #expect(
            migrate.isAddressed(by: JobPost.terms(in: "Ten WordPress sites")), "naming the line's tool addresses it")
        #expect(!migrate.isAddressed(by: JobPost.terms(in: "Ten Drupal sites")))
    }

    @Test func styledAndFullWidthLettersFoldToPlainWords() {
        let folded = FoldedText("𝐁𝐞𝐬𝐭 ｐｒｉｃｅ, don’t 𝟓 miss")
        #expect(folded.words.map(\.text) == ["best", "price", "dont", "5", "miss"])
        // Each word maps back to its original bytes.
        let original = Array("𝐁𝐞𝐬𝐭 ｐｒｉｃｅ, don’t 𝟓 miss".utf8)
        #expect(String(decoding: original[folded.words[1].range], as: UTF8.self) == "ｐｒｉｃｅ")
    }
}
