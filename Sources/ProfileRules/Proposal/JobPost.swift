/// What a job post asks for, as profilelint reads it: the key requirements and the screening questions.
public struct JobPost: Sendable {
    /// One thing the client asks for.
    public struct Requirement: Sendable, Hashable {
        /// As written in the post (a skill, a tool, or a requirement line), for messages.
        public var name: String
        /// Stemmed content words; the proposal addresses the requirement when it uses enough of them.
        public var terms: Set<String>
        /// A requirement named by one term (a skill or tool) needs that term; a line needs half of its terms.
        public var isTerm: Bool
        /// Tools named in a requirement line ("Adobe Creative Suite or Figma"): naming any one of them addresses it.
        public var tools: [Set<String>] = []

        /// Whether a letter with these stemmed words addresses the requirement.
        public func isAddressed(by words: Set<String>) -> Bool {
            if tools.contains(where: { $0.isSubset(of: words) }) { return true }
            let hits = terms.intersection(words).count
            return isTerm ? hits > 0 : hits * 2 >= terms.count
        }
    }

    /// A screening question the client wants answered.
    public struct Question: Sendable, Hashable {
        public var text: String
        public var terms: Set<String>
    }

    public var requirements: [Requirement]
    public var questions: [Question]
    /// Every stemmed content word of the post.
    public var vocabulary: Set<String>
    /// The terms that say something about this job rather than any job of its kind: the post's words and
    /// requirements without praise, role names and words every proposal uses (`ProposalVocabulary`); named tools
    /// always count. What `opening-lines` looks for in the preview window.
    public var specificTerms: Set<String>

    /// Reads a job post: skills and tools from a `Skills:` line and the technology lexicon, requirement lines from
    /// bullet lists, and questions (lines ending in `?` under a "questions" heading, or numbered ones).
    public init(text: String) {
        var requirements: [Requirement] = []
        var questions: [Question] = []
        var seen: Set<String> = []
        func addTerm(_ name: String) {
            let terms = JobPost.terms(in: name)
            guard !terms.isEmpty, seen.insert(terms.sorted().joined(separator: " ")).inserted else { return }
            requirements.append(Requirement(name: name, terms: terms, isTerm: true))
        }
        var inQuestions = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingWhitespace()
            guard !line.isEmpty else { continue }
            let folded = FoldedText(line).string
            let heading =
                line.hasSuffix(":")
                || (line.count < 60 && !line.hasSuffix(".") && !line.hasSuffix("?")
                    && !JobPost.isListItem(line))
            if heading { inQuestions = folded.contains("question") }
            if let colon = line.firstIndex(of: ":"),
                folded.hasPrefix("skills") || folded.hasPrefix("required skills")
                    || folded.hasPrefix("tools") || folded.hasPrefix("tech stack")
            {
                for item in line[line.index(after: colon)...].split(whereSeparator: { ",;|/".contains($0) }) {
                    let name = String(item).trimmingWhitespace()
                    if !name.isEmpty { addTerm(name) }
                }
                continue
            }
            let item = JobPost.stripListMarker(line)
            if line.hasSuffix("?"), inQuestions || JobPost.isNumbered(line) {
                questions.append(Question(text: item, terms: JobPost.terms(in: item)))
                continue
            }
            if JobPost.isListItem(line), !heading {
                let terms = JobPost.terms(in: item)
                if !terms.isEmpty, seen.insert(terms.sorted().joined(separator: " ")).inserted {
                    let itemText = FoldedText(item)
                    let tools = TechnologyLexicon.terms.filter { !itemText.occurrences(of: $0).isEmpty }
                        .map { JobPost.terms(in: $0) }.filter { !$0.isEmpty }
                    requirements.append(Requirement(name: item, terms: terms, isTerm: terms.count == 1, tools: tools))
                }
            }
        }
        // Technologies and tools named anywhere in the post, unless a requirement already names them
        // ("Photoshop" when "Adobe Photoshop" is listed, "Figma" inside a requirement line).
        let folded = FoldedText(text)
        for term in TechnologyLexicon.terms where !folded.occurrences(of: term).isEmpty {
            let covered = requirements.contains { !FoldedText($0.name).occurrences(of: term).isEmpty }
            if !covered { addTerm(TechnologyLexicon.displayName(term)) }
        }
        self.requirements = requirements
        self.questions = questions
        vocabulary = Set(JobPost.termOccurrences(in: folded).map(\.term))
        let generic = ProposalVocabulary.genericTerms
        let products = TechnologyLexicon.productTerms
        specificTerms = vocabulary.union(requirements.flatMap(\.terms))
            .filter { products.contains($0) || !generic.contains($0) }
    }

    /// Stemmed content words of a text: what requirements, questions and letters are compared by.
    public static func terms(in text: String) -> Set<String> {
        Set(termOccurrences(in: FoldedText(text)).map(\.term))
    }

    /// Each matching term of a folded text with the original UTF-8 range it covers: thesaurus phrases as their
    /// group's key (so synonyms and spellings meet), other content words stemmed (so singular and plural meet).
    static func termOccurrences(in folded: FoldedText) -> [(term: String, range: Range<Int>)] {
        Thesaurus.terms(of: folded.words).compactMap { item in
            if item.isKey { return (item.term, item.range) }
            let word = item.term
            // Numbers count from two digits ("40 product photos"); other words from three letters.
            let isNumber = word.count >= 2 && word.allSatisfy(\.isNumber)
            guard !Stemmer.stopwords.contains(word), word.count > 2 || isNumber || ["qa", "ai"].contains(word) else {
                return nil
            }
            return (Stemmer.stem(word), item.range)
        }
    }

    static func isListItem(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return "-*•·–".contains(first) || isNumbered(line)
    }

    static func isNumbered(_ line: String) -> Bool {
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = line.dropFirst(digits.count)
        return rest.hasPrefix(".") || rest.hasPrefix(")")
    }

    static func stripListMarker(_ line: String) -> String {
        var rest = Substring(line)
        if isNumbered(line) {
            rest = rest.drop { $0.isNumber }.dropFirst()
        } else if let first = rest.first, "-*•·–".contains(first) {
            rest = rest.dropFirst()
        }
        return String(rest).trimmingWhitespace()
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingWhitespace() -> String {
        let trimmedStart = drop { $0.isWhitespace }
        return String(trimmedStart.reversed().drop { $0.isWhitespace }.reversed())
    }
}
