import ProfileLintTestSupport
import ProfileModel
import ProfileRules
import Testing

/// Our own labelled openings (written for these tests, not taken from any letter): each family of stock moves, and
/// hard negatives that make a stock move or use a synonym but still name the job.
@Suite struct OpeningSamplesTests {
    /// A job post we wrote.
    static let job = """
        Bakery website redesign

        We run a small bakery in Leeds and need our WordPress site redesigned so customers can order cakes online \
        (an e-commerce shop with pickup times). The site must be mobile-friendly and load fast; our brand colors \
        are cream and teal.

        - Redesign the home and menu pages in Figma
        - Set up WooCommerce for cake orders with pickup slots
        - Migrate 40 product photos

        Skills: WordPress, WooCommerce, Figma
        """

    struct Sample: Sendable, CustomTestStringConvertible {
        var text: String
        /// Whether the check runs with the job post above.
        var withJob = true
        /// Whether `opening-lines` must fire.
        var fires: Bool
        /// A family the message must name, when it fires.
        var family: String?
        var testDescription: String { String(text.prefix(50)) }
    }

    static let greeting = "a greeting or pleasantry"
    static let intro = "a self-introduction by name or title"
    static let applying = "a statement that you are applying"
    static let read = "a remark that you read or noticed the post"
    static let fit = "a claim to be the right fit"
    static let credentials = "credentials and statistics"
    static let links = "links or a banner before any sentence"

    static let samples: [Sample] = [
        // Greetings and pleasantries.
        Sample(
            text: "Dear Sir/Madam,\nI hope this message finds you well. I am available for work.", fires: true,
            family: greeting),
        Sample(
            text: "Hello, how are you doing today? Hope all is well with you and your family.", fires: true,
            family: greeting),
        Sample(text: "Greetings of the day! Hope you are doing great.", fires: true, family: greeting),
        Sample(text: "To whom it may concern, please consider my proposal.", fires: true, family: greeting),
        Sample(
            text: "Dear Hiring Manager,\nNice to meet you. I can start whenever you like.", fires: true,
            family: greeting),
        Sample(text: "Hi there!\n\nHoping everything is going well on your side.", fires: true, family: greeting),
        // Self-introductions by name or title.
        Sample(text: "Hi, my name is Sam and I have ten years in the industry.", fires: true, family: intro),
        Sample(text: "I am a senior full-stack developer with a passion for clean code.", fires: true, family: intro),
        Sample(
            text: "As a seasoned creative professional, I bring energy to every task.", fires: true,
            family: intro),
        Sample(text: "Hello! I'm Priya, a freelancer from Pune with many happy clients.", fires: true, family: intro),
        Sample(text: "This is Omar from a digital agency with fifty people.", fires: true, family: intro),
        Sample(text: "We are a team of expert designers and developers.", fires: true, family: intro),
        Sample(text: "Web Designer & Developer here, ready to start.", fires: true, family: intro),
        Sample(text: "Hey I am a USER EXPERIENCE (UX) DESIGNER and I learn fast.", fires: true, family: intro),
        Sample(
            text: "Working as a graphic and web designer for eight years, I know my craft.", fires: true,
            family: intro),
        // Statements that you are applying.
        Sample(text: "I am writing to express my strong interest in this position.", fires: true, family: applying),
        Sample(text: "I am excited to apply for this role and to join your team.", fires: true, family: applying),
        Sample(text: "I would like to apply for your job posting.", fires: true, family: applying),
        Sample(text: "I am very interested in your project and available now.", fires: true, family: applying),
        Sample(text: "I'd love to work with you on this.", fires: true, family: applying),
        Sample(
            text: "I'm thrilled to offer my services for the role you advertised.", fires: true,
            family: applying),
        Sample(text: "Please accept my candidacy for the vacancy.", fires: true, family: applying),
        // Remarks that you read or noticed the post.
        Sample(
            text: "I have carefully gone through your job description and understood everything.", fires: true,
            family: read),
        Sample(text: "After reviewing your requirements, I believe I can help.", fires: true, family: read),
        Sample(text: "Thank you for sharing the details of your project.", fires: true, family: read),
        Sample(text: "I came across your job post and it caught my attention.", fires: true, family: read),
        Sample(text: "I noticed your listing and wanted to reach out.", fires: true, family: read),
        Sample(text: "From your brief, I understand you want a new site.", fires: true, family: read),
        // Claims to be the right fit.
        Sample(text: "I am the perfect candidate you are looking for.", fires: true, family: fit),
        Sample(text: "Look no further: you have found your expert.", fires: true, family: fit),
        Sample(text: "My skills align perfectly with your needs.", fires: true, family: fit),
        Sample(text: "I'm the right person for this job.", fires: true, family: fit),
        Sample(text: "I think we would be a great match.", fires: true, family: fit),
        // Credentials and statistics.
        Sample(
            text: "Top Rated Plus freelancer with 100% Job Success and many happy clients.", fires: true,
            family: credentials),
        Sample(
            text: "With over 10 years of experience, I have completed 500 projects.", fires: true,
            family: credentials),
        Sample(text: "98% success rate across 300 jobs, and counting.", fires: true, family: credentials),
        // Links or a banner before any sentence.
        Sample(
            text: "https://example.com/one\nhttps://example.com/two\nHello, I can help.", fires: true,
            family: links),
        Sample(
            text: "🏆 AWARD-WINNING STUDIO 🏆\n⭐ 500+ HAPPY CLIENTS ⭐\nWe build things.", fires: true,
            family: links),
        Sample(text: "**TOP RATED DESIGNER**\nI can start today.", fires: true, family: links),
        Sample(
            text: "🔗 https://example.com/work 🔗 https://example.com/more\nThanks for reading.", fires: true,
            family: links),
        // Nothing of the job, and no stock move to name.
        Sample(text: "I can do this quickly and at a fair price.", fires: true),
        Sample(text: "Sure, I can do it. When do we start?", fires: true),
        // Hard cases that still fire: the job's words only past the window, inside a link, or in the post's praise.
        Sample(
            text: "Hello, I hope you are well. " + String(repeating: "I am reliable and I answer fast. ", count: 7)
                + "I know WooCommerce.", fires: true, family: greeting),
        Sample(text: "https://example.com/woocommerce-bakery-figma-demo\nI can help you.", fires: true, family: links),
        Sample(text: "I build fast, beautiful websites that customers love.", fires: true),

        // Hard negatives: a stock move, but the window names the job.
        Sample(
            text: "Hi Anna,\nYour cake orders need pickup slots; I built the same WooCommerce flow for a café.",
            fires: false),
        Sample(text: "I am a WordPress developer who moved three bakeries to online ordering.", fires: false),
        Sample(
            text: "My name is Jo. Your menu pages in Figma come first: I'd start with the cake gallery.",
            fires: false),
        Sample(text: "I have read your post: I would migrate the 40 product photos first.", fires: false),
        Sample(
            text: "Dear Hiring Manager, the cake orders you describe fit WooCommerce bookings well.",
            fires: false),
        Sample(text: "🎂 Your bakery menu pages: here is how I would lay them out.", fires: false),
        Sample(text: "I made a WooCommerce ordering page for a café: https://example.com/cafe", fires: false),
        Sample(text: "Top Rated, but more to the point: your pickup times can live in the checkout.", fires: false),
        // Synonyms, spellings and plurals.
        Sample(text: "Hello,\nI'd make your online shop work on phones first, then speed it up.", fires: false),
        Sample(text: "Your site has to be responsive; I would rebuild the menu with that in mind.", fires: false),
        Sample(text: "I will keep your brand colours, cream and teal, in every new page.", fires: false),
        Sample(text: "Your cakes deserve an ecommerce checkout with a slot picker.", fires: false),
        Sample(text: "Hey! Bakeries are my favourite clients: I migrated photos for two of them.", fires: false),
        Sample(text: "I can set up pickup slots in two days, then redesign the home page.", fires: false),

        // Without the job post: a stock move in the first sentence fires, a specific opening does not.
        Sample(text: "Dear Sir/Madam,\nI am a developer.", withJob: false, fires: true, family: greeting),
        Sample(text: "My name is Kim and I build websites.", withJob: false, fires: true, family: intro),
        Sample(text: "I came across your job post today.", withJob: false, fires: true, family: read),
        Sample(text: "https://example.com/portfolio\nI build sites.", withJob: false, fires: true, family: links),
        Sample(text: "I am the best choice for you.", withJob: false, fires: true, family: fit),
        Sample(text: "Your bakery needs online orders; I built three.", withJob: false, fires: false),
        Sample(text: "Hi Anna,\nThe cake gallery should load first; here is why.", withJob: false, fires: false),
        Sample(text: "I can fix your checkout this week, then speed. My name is Kim.", withJob: false, fires: false),
        Sample(text: "Hello! Your menu pages already read well on phones.", withJob: false, fires: false),
    ]

    @Test func thereAreEnoughSamplesInEveryFamily() {
        #expect(Self.samples.count >= 60)
        for family in [Self.greeting, Self.intro, Self.applying, Self.read, Self.fit, Self.credentials, Self.links] {
            #expect(Self.samples.filter { $0.family == family }.count >= 3, "\(family)")
        }
        #expect(Self.samples.filter { !$0.fires }.count >= 15, "hard negatives")
    }

    @Test(arguments: samples)
    func openingLinesJudgesTheSample(_ sample: Sample) throws {
        let rule = try #require(RuleRegistry.rule(withID: "opening-lines"))
        let example = Example(sample.text, format: .text, job: sample.withJob ? Self.job : nil)
        let findings = try RuleHarness.findings(of: rule, in: sample.text, as: example)
        #expect(findings.isEmpty != sample.fires, "\(findings.map(\.message))")
        if let family = sample.family, let message = findings.first?.message {
            #expect(message.contains(family), "\(message)")
        }
    }

    /// Letters made of what the window and the stock-move patterns skip or stop at: every proposal rule finishes,
    /// and every finding points inside the letter.
    @Test(arguments: [
        "Hi,", "Hi there", "🚀🚀🚀", "Dear [", "%%%%%%%%", String(repeating: "[", count: 3000),
        String(repeating: "Hi, ", count: 500), String(repeating: "https://example.com/a ", count: 200),
        String(repeating: "I am a ", count: 600) + "designer", "1. ?\n2. ?\nA:\nQ:", "\n\n\n**\n::",
        String(repeating: "e-commerce ", count: 400), "Best regards,", "Hey I", "Good", "good morning",
    ])
    func hostileLettersFinish(_ letter: String) throws {
        let rules = RuleRegistry.all.filter { $0.description.category == .proposal }
        for rule in rules {
            let example = Example(letter, format: .text, job: Self.job)
            let findings = try RuleHarness.findings(of: rule, in: letter, as: example)
            #expect(findings.allSatisfy { $0.offset <= letter.utf8.count }, "\(rule.description.id)")
        }
    }

    /// A letter of nothing but stock sentences, long enough that matching each sentence against every match
    /// (as `boilerplate` once did) never finished: it is counted in full and quoted from the first.
    @Test func aLongBoilerplateLetterIsCountedInFull() throws {
        let rule = try #require(RuleRegistry.rule(withID: "boilerplate"))
        let letter = String(repeating: "I look forward to the opportunity. ", count: 20_000)
        let findings = try RuleHarness.findings(of: rule, in: letter, as: Example(letter, format: .text))
        #expect(findings.map(\.offset) == [0])
        #expect(findings.first?.message.hasPrefix("20,000 boilerplate sentences a client has read") == true)
        #expect(findings.first?.message.hasSuffix(" and 19,995 more") == true)
    }
}
