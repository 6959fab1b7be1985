/// Words and phrases a job post and a letter use for the same thing, so that "mobile-friendly" meets "responsive"
/// and "colour" meets "color". Data, reviewed by hand: each group says why its members mean the same, and
/// `ThesaurusTests` checks every pairing. Singular and plural meet through `Stemmer`, not here.
enum Thesaurus {
    /// Terms that stand for one thing; `key` is what every member becomes.
    struct Group: Sendable {
        var key: String
        var members: [String]
        /// Why the members are the same thing (a usage note or a reference).
        var source: String
    }

    static let groups: [Group] = [
        Group(
            key: "responsive",
            members: [
                "responsive", "mobile-friendly", "mobile friendly", "mobile-responsive", "mobile responsive",
                "responsive design", "responsive web design",
            ],
            source: "Google Search Central calls a site that adapts to phones 'mobile-friendly'; web designers call it "
                + "responsive design (Marcotte 2010)"),
        Group(
            key: "ecommerce",
            members: [
                "e-commerce", "ecommerce", "e commerce", "online store", "online shop", "webshop", "web shop",
                "internet store",
            ], source: "an online store is what e-commerce means to a client (Cambridge Dictionary: e-commerce)"),
        Group(
            key: "ux", members: ["ux", "user experience", "ux design", "user experience design"],
            source: "UX abbreviates user experience (Nielsen Norman Group, 'The Definition of User Experience')"),
        Group(
            key: "ui", members: ["ui", "user interface", "ui design", "user interface design", "gui"],
            source: "UI abbreviates user interface; GUI is the graphical one"),
        Group(
            key: "seo", members: ["seo", "search engine optimization", "search engine optimisation"],
            source: "SEO abbreviates search engine optimization (both spellings)"),
        Group(
            key: "javascript", members: ["javascript", "js", "java script"],
            source: "JS is the usual short name of JavaScript"),
        Group(key: "typescript", members: ["typescript", "ts"], source: "TS is the usual short name of TypeScript"),
        Group(
            key: "postgresql", members: ["postgresql", "postgres"],
            source: "the PostgreSQL project's own short name"),
        Group(
            key: "ga4", members: ["google analytics", "ga4", "google analytics 4"],
            source: "GA4 is the current Google Analytics"),
        Group(
            key: "crm", members: ["crm", "customer relationship management"],
            source: "CRM abbreviates customer relationship management"),
        Group(
            key: "adobe-cc", members: ["adobe creative suite", "adobe creative cloud", "adobe cc", "creative cloud"],
            source: "Adobe replaced Creative Suite with Creative Cloud in 2013; clients still say either"),
        Group(
            key: "landing-page", members: ["landing page", "squeeze page", "lead page"],
            source: "marketing names for a single-offer page (HubSpot glossary)"),
        Group(
            key: "wireframe", members: ["wireframe", "wire-frame", "wire frame"],
            source: "spellings of the same word"),
        Group(
            key: "copywriting", members: ["copywriting", "copy writing", "copywriter", "copy writer"],
            source: "spellings of the same word and its doer"),
        Group(
            key: "a-b-test", members: ["a/b test", "a/b testing", "ab testing", "split test", "split testing"],
            source: "split testing is another name for A/B testing (Optimizely glossary)"),
        Group(key: "website", members: ["website", "web site"], source: "spellings of the same word"),
        Group(key: "email", members: ["email", "e-mail"], source: "spellings of the same word"),
    ]

    /// UK spellings and the US ones they meet (whole words, or the start of a word for the `-ise` verbs).
    static let spellings: [(uk: String, us: String)] = [
        ("colour", "color"), ("colours", "colors"), ("coloured", "colored"), ("colourful", "colorful"),
        ("behaviour", "behavior"), ("behaviours", "behaviors"), ("favourite", "favorite"), ("centre", "center"),
        ("centred", "centered"), ("catalogue", "catalog"), ("catalogues", "catalogs"), ("licence", "license"),
        ("programme", "program"), ("modelling", "modeling"), ("labelling", "labeling"), ("labelled", "labeled"),
        ("travelling", "traveling"), ("cancelled", "canceled"), ("grey", "gray"), ("dialogue", "dialog"),
        ("analyse", "analyze"), ("analysed", "analyzed"), ("analysing", "analyzing"), ("defence", "defense"),
        ("optimis", "optimiz"), ("customis", "customiz"), ("organis", "organiz"), ("specialis", "specializ"),
        ("prioritis", "prioritiz"), ("visualis", "visualiz"), ("utilis", "utiliz"), ("personalis", "personaliz"),
        ("modernis", "moderniz"), ("monetis", "monetiz"), ("categoris", "categoriz"), ("standardis", "standardiz"),
        ("minimis", "minimiz"), ("maximis", "maximiz"), ("summaris", "summariz"), ("synchronis", "synchroniz"),
        ("localis", "localiz"), ("finalis", "finaliz"), ("digitalis", "digitaliz"), ("authoris", "authoriz"),
    ]

    /// Whole-word spellings, and `-ise` stems matched at the start of a word.
    private static let wholeSpellings: [String: String] = Dictionary(
        spellings.filter { !$0.uk.hasSuffix("is") }.map { ($0.uk, $0.us) }, uniquingKeysWith: { first, _ in first })
    private static let stemSpellings = spellings.filter { $0.uk.hasSuffix("is") }

    /// Phrases by first word (folded words), longest first.
    private static let phrases: [String: [(words: [String], key: String)]] = {
        var table: [String: [(words: [String], key: String)]] = [:]
        for group in groups {
            for member in group.members {
                let words = FoldedText(member).words.map { Stemmer.stem(usSpelling($0.text)) }
                guard let first = words.first else { continue }
                table[first, default: []].append((words, group.key))
            }
        }
        return table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    /// The US spelling of a folded word (itself when it has no UK form).
    static func usSpelling(_ word: String) -> String {
        if let us = wholeSpellings[word] { return us }
        for pair in stemSpellings where word.hasPrefix(pair.uk) {
            let rest = word.dropFirst(pair.uk.count)
            // optimise, optimised, optimising, optimisation: the letter after the stem is e, i or a.
            if let next = rest.first, "eia".contains(next) { return pair.us + rest }
        }
        return word
    }

    /// A thesaurus key, marked so that it never collides with a stemmed word.
    static func term(forKey key: String) -> String { "=" + key }

    /// The words of a text as matching terms: each thesaurus phrase becomes its group's key (one term spanning its
    /// words), every other word its US spelling. Ranges are the original UTF-8 ranges of the words consumed.
    static func terms(of words: [FoldedText.Word]) -> [(term: String, range: Range<Int>, isKey: Bool)] {
        var out: [(term: String, range: Range<Int>, isKey: Bool)] = []
        var index = 0
        while index < words.count {
            let word = usSpelling(words[index].text)
            // Members match by stem, so "online stores" meets "online store".
            if let candidates = phrases[Stemmer.stem(word)],
                let match = candidates.first(where: { candidate in
                    index + candidate.words.count <= words.count
                        && candidate.words.indices.allSatisfy { offset in
                            Stemmer.stem(usSpelling(words[index + offset].text)) == candidate.words[offset]
                        }
                })
            {
                let end = index + match.words.count
                out.append(
                    (
                        term(forKey: match.key), words[index].range.lowerBound..<words[end - 1].range.upperBound,
                        true
                    ))
                index = end
                continue
            }
            out.append((word, words[index].range, false))
            index += 1
        }
        return out
    }
}
