/// The stock moves a letter can open with, as families of patterns (`PhrasePattern` syntax) rather than quoted
/// sentences: each pattern covers the many ways of making one move ("I am a senior UI/UX designer", "As a seasoned
/// web developer", "I'm Ana, a …" are one self-introduction).
enum OpeningMoves {
    enum Family: String, CaseIterable, Sendable {
        case greeting = "a greeting or pleasantry"
        case selfIntroduction = "a self-introduction by name or title"
        case application = "a statement that you are applying"
        case readThePost = "a remark that you read or noticed the post"
        case fitClaim = "a claim to be the right fit"
        case credentials = "credentials and statistics"
        case linksFirst = "links or a banner before any sentence"

        /// An example of the move, for `explain` (our own wording).
        var example: String {
            switch self {
            case .greeting: "Dear Hiring Manager, I hope this message finds you well."
            case .selfIntroduction: "My name is Ana. I am a senior UI/UX designer."
            case .application: "I am writing to express my interest in your position."
            case .readThePost: "I have carefully gone through your job description."
            case .fitClaim: "I am the perfect candidate you are looking for."
            case .credentials: "Top Rated Plus | 12+ years of experience | 500 projects delivered"
            case .linksFirst: "🏆 AWARD-WINNING STUDIO 🏆 https://example.com/work …"
            }
        }
    }

    static let lists: [String: [String]] = [
        "i": ["i am", "i'm", "im", "iam"],
        "we": ["we are", "we're", "were"],
        "role": [
            "designer", "designers", "developer", "developers", "engineer", "expert", "experts", "specialist",
            "consultant", "freelancer", "programmer", "coder", "artist", "writer", "copywriter", "marketer",
            "strategist", "architect", "professional", "professionals", "cto", "ceo", "founder", "agency", "studio",
            "team", "pro",
        ],
        "post": [
            "job", "post", "posting", "listing", "description", "brief", "requirements", "details", "project",
            "offer", "opportunity", "ad", "advert", "requirement", "information", "info",
        ],
        "read": [
            "read", "gone through", "went through", "go through", "reviewed", "checked", "seen", "noticed",
            "understood", "studied", "looked at", "looked through", "analyzed", "analysed", "came across",
            "come across", "found",
        ],
        "keen": [
            "thrilled", "excited", "delighted", "eager", "pleased", "happy", "glad", "keen", "honored",
            "honoured",
        ],
        "apply": ["apply", "submit", "express", "bring", "offer", "be considered", "present", "introduce"],
        "fit": [
            "person", "fit", "candidate", "one", "choice", "match", "designer", "developer", "freelancer",
            "expert", "specialist",
        ],
        "best": ["right", "perfect", "best", "ideal", "ultimate", "great", "good"],
        "well": ["well", "great", "good", "fine"],
    ]

    /// Patterns by family. Gaps (`~n`) never cross a sentence end.
    static let patterns: [(String, Family)] = [
        (
            "dear sir_/_madam|sir_or_madam|sir|madam|sirs|hiring_manager|recruiter|client|employer|hiring_team",
            .greeting
        ),
        ("to whom it may concern", .greeting),
        ("greetings of|for the day", .greeting),
        ("i? hope|hoping you_are|you're|youre|all|everything ~2 well|great|good|fine", .greeting),
        ("i? hope this|my ~1 finds you", .greeting),
        ("how are you|you_doing", .greeting),
        ("nice|glad|pleased to meet you", .greeting),
        ("my name is|name's", .selfIntroduction),
        ("this is ~1 ,|from|here", .selfIntroduction),
        ("@i ~1 , a|an|the|working|from|your", .selfIntroduction),
        ("@i|@we a|an ~6 @role", .selfIntroduction),
        ("@i|@we a|an? @role", .selfIntroduction),
        ("as a|an ~6 @role", .selfIntroduction),
        ("working as a|an ~6 @role", .selfIntroduction),
        ("@role here", .selfIntroduction),
        ("@i writing to", .application),
        ("@i ~2 @keen to @apply|join|work|be", .application),
        ("i_would|i'd|id like|love to apply|offer|express|submit|join|work_on|work_with", .application),
        ("@i ~2 interested in your|this|the ~3 @post|position|role|work", .application),
        ("@i very|really|extremely|highly? interested", .application),
        ("apply|applying for the|your|this ~4 position|role|job|vacancy", .application),
        ("my candidacy", .application),
        ("join your team", .application),
        ("i|i've|ive|i_have ~2 @read your|the|this ~3 @post", .readThePost),
        ("after|having|upon reading|reviewing|going_through your|the ~3 @post", .readThePost),
        ("thank|thanks you? for ~1 providing|sharing|posting|the ~4 @post", .readThePost),
        ("from your brief|post|description|job_post", .readThePost),
        ("your ~2 @post aligns|matches|fits", .readThePost),
        ("@i the|your @best ~2 @fit", .fitClaim),
        ("@i the ~3 you_are|you're|youre looking", .fitClaim),
        ("the one you_are|you're|youre looking", .fitClaim),
        ("look no further", .fitClaim),
        ("aligns|align perfectly|well with", .fitClaim),
        ("perfectly aligns with", .fitClaim),
        ("we|i might|could|would be a good|great|perfect? fit|match", .fitClaim),
        ("top rated|rated_plus", .credentials),
        ("+? years of|in ~1 experience", .credentials),
        ("years experienced", .credentials),
        ("success rate|score", .credentials),
        ("delighted|happy|satisfied clients", .credentials),
        ("job success", .credentials),
    ]

    static let set = PhraseSet(patterns.map { ($0.0, $0.1.rawValue) }, lists: lists, negators: [])

    /// The words a pattern can start with, for the token pass.
    static let namedWords = WordSet(set.firstWords)

    /// Every stock move in `text`: the family and the original UTF-8 range of the match, in order.
    static func moves(in text: String) -> [(family: Family, range: Range<Int>)] {
        let normalized = NormalizedText(text)
        let tokens = WordTokens(normalized.bytes, named: namedWords)
        return set.matches(in: tokens).compactMap { range, label in
            guard let family = Family(rawValue: label) else { return nil }
            return (family, normalized.originalRange(of: tokens.span(range)))
        }
    }
}
