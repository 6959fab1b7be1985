/// Words that people use to spell contact details out, and the words that keep that spelling apart from prose.
enum ObfuscationWords {
    /// Spelled digits. "oh" and "o" count only next to another digit ("four oh eight"), see `TextNormalizer`.
    static let digits: WordTable<UInt8> = [
        "zero": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "niner": 9,
    ]
    /// Spoken zero, only between digits.
    static let zeroLetters: WordSet = ["oh", "o"]
    /// "double five" → 55.
    static let repeaters: WordTable<Int> = ["double": 2, "triple": 3]

    /// Words standing for `@` inside brackets or quotes: `[at]`, `(at)`, `{at}`, `'at'`.
    static let bracketedAt: WordSet = ["at", "a", "@"]
    /// Words standing for `.` inside brackets or quotes, or spelled between domain labels.
    static let bracketedDot: WordSet = ["dot", "d0t", "dt", "period", "punkt", "point", "."]
    /// Bare words for `.` between domain labels (`studio-name dot net`).
    static let spelledDot: WordSet = ["dot", "d0t", "dt"]
    /// Bare words for `@` between a user name and a domain (`name at gmail dot com`).
    static let spelledAt: WordSet = ["at"]

    /// Phrases that glue a user name to a domain given apart: `teresa (followed by "@stanford.edu")`.
    static let joiners: [String] = ["(followed by"]

    /// Top-level domains accepted after a *spelled* dot. Far shorter than the IANA list: "polka dot shoes" must
    /// not become `polka.shoes`, and ccTLDs that are English words (in, it, me, to, us…) are left out.
    static let spelledTLDs: WordSet = [
        "com", "net", "org", "edu", "gov", "io", "dev", "co", "info", "biz", "app", "ai", "xyz", "site", "online",
        "tech", "pro", "uk", "ca", "de", "fr", "au", "nz", "ru", "ua", "pk", "ph", "ng", "br", "es", "nl", "pl",
        "ch", "se", "za", "eu", "cn", "jp", "kr", "ar", "mx", "tr", "vn", "bd", "lk", "ke", "gh", "eg", "cz", "ro",
    ]

    /// Words that are never the user part of a spelled address or the name part of a spelled domain: "meet me at
    /// google.com", "the dot com era".
    static let notNames: WordSet = [
        "a", "an", "the", "me", "us", "him", "her", "them", "you", "it", "we", "i", "he", "she", "they", "my",
        "our", "your", "his", "its", "their", "this", "that", "these", "those", "is", "are", "was", "were", "be",
        "am", "work", "worked", "working", "works", "job", "jobs", "home", "office", "here", "there", "look",
        "looking", "available", "team", "teams", "and", "or", "of", "in", "on", "for", "to", "from", "with",
        "by", "as", "engineer", "developer", "designer", "intern", "manager", "lead", "consultant", "professor",
        "student", "researcher", "scientist", "analyst", "architect", "sites", "site", "launched", "built",
        "hosted", "live", "published", "deployed", "polka", "connect", "com", "more", "details", "info", "samples",
        "examples", "demo", "demos", "everything", "all", "online", "based", "find", "see", "visit", "check",
        "server", "apache", "port", "host", "running", "located", "studied", "study", "phd", "ms", "bs",
        // Things that are "at" a site ("my portfolio at studio.acme.com.au", "case studies at blog.acme.io").
        "portfolio", "portfolios", "studies", "page", "pages", "blog", "posts", "articles", "shop", "store", "app",
        "apps", "project", "projects", "gallery", "showcase", "website", "websites", "landing", "docs", "code",
        "repo", "repos", "profile", "designs", "photos", "videos", "stuff", "case", "cases",
    ]

    /// Words that, within a few words before `x at domain`, say an address is being given.
    static let mailCues: [String] = ["mail", "contact", "write", "reach", "address", "ping", "message"]

    /// Mail providers: `name at gmail` is an address even without `.com`.
    static let mailProviders: WordSet = [
        "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "icloud", "aol", "proton",
        "protonmail", "pm", "zoho", "yandex", "gmx", "mailru", "rediffmail", "qq", "163", "126", "fastmail",
        "tutanota", "hey",
    ]
    /// Providers safe to recognise after `name at` / `name@` without a top-level domain (others are words).
    static let bareMailProviders: WordSet = [
        "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "icloud", "protonmail", "yandex", "gmx",
        "rediffmail",
    ]

    /// Names people split to get past filters (`sk ype`, `what sapp`, `pay pal`): adjacent short pieces that
    /// join to one of these are joined.
    static let splitKeywords: WordSet = [
        "skype", "whatsapp", "telegram", "viber", "wechat", "discord", "snapchat", "instagram", "facebook",
        "linkedin", "twitter", "gmail", "hotmail", "outlook", "yahoo", "paypal", "payoneer", "venmo", "zelle",
        "calendly", "tiktok", "icloud", "protonmail",
    ]
}
