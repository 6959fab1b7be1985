/// SplitMix64: tiny, fast, and the same sequence everywhere (Swift's own generator is not seedable).
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
}

/// Profiles that look like real freelancers' pages: varied lengths, prices, dates, versions, and now and then
/// contact details of the kind the Terms-of-Service rules look for.
struct ProfileGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(state: seed) }

    static let firstNames = [
        "Ana", "Tomasz", "Priya", "Lena", "Kwame", "Mateo", "Yuki", "Olena", "Chen", "Fatima",
        "Lucas", "Zoë", "Arjun", "Sofía", "Emeka", "Jürgen", "Mei", "Ravi", "Noor", "Ewa",
    ]
    static let lastNames = [
        "P.", "W.", "Kowalska", "Nakamura", "Okafor", "García", "Schmidt", "Haddad", "Silva",
        "Ivanenko", "Sharma", "Dubois", "Kim", "Mensah", "Rossi", "Novák",
    ]
    static let roles = [
        ("iOS Developer", ["Swift", "SwiftUI", "UIKit", "Core Data", "Combine", "HealthKit", "Xcode"]),
        ("Data Engineer", ["Python", "Apache Airflow", "dbt", "Snowflake", "SQL", "BigQuery", "Spark"]),
        ("Full-Stack Developer", ["React", "TypeScript", "Node.js", "PostgreSQL", "GraphQL", "Next.js", "AWS"]),
        ("Technical Writer", ["API Documentation", "Markdown", "Docs as Code", "OpenAPI", "Editing"]),
        ("UX Designer", ["Figma", "User Research", "Prototyping", "Design Systems", "Accessibility"]),
        ("DevOps Engineer", ["Kubernetes", "Terraform", "AWS", "CI/CD", "Docker", "Prometheus", "Linux"]),
        ("Bookkeeper", ["QuickBooks Online", "Xero", "Accounts Payable", "Payroll", "Bank Reconciliation"]),
        ("Translator", ["German to English", "Legal Translation", "Proofreading", "Trados", "Localization"]),
    ]
    static let companies = [
        "Example Clinics GmbH", "Koszyk Retail", "FinData Sp. z o.o.", "Northwind Labs",
        "Blue Harbor Media", "Acme Logistics", "Sunrise Health", "Orbit Analytics", "Tidewater Bank",
    ]
    static let schools = [
        "Wrocław University of Science and Technology", "University of Lagos", "TU Graz",
        "Universidad de Buenos Aires", "IIT Bombay", "Kyiv Polytechnic Institute",
    ]
    // Templates name what fills them: {skill}, {n} (a small count), {year}, {price}, {d4} (four digits)...
    static let openers = [
        "I help {skill} teams ship work they can trust.",
        "For the last {n} years I have worked as a {role} for startups and established companies alike.",
        "Clients hire me when a deadline is close and the work has to be right the first time.",
        "I am a {role} with a background in {skill} and a habit of writing things down.",
    ]
    static let middles = [
        "Most recently I cut a client's nightly load from six hours to forty minutes.",
        "I have delivered {n}0 projects with a {pct}% Job Success Score and many repeat clients.",
        "My rate is ${price}/hr, and fixed-price milestones start at ${price}0.",
        "I work with {version}, {skill} and {version} every day, and keep up with each release.",
        "Since {year} I have focused on {skill} and {skill}.",
        "Between {year} and {year} I led a team of {n} at {company}.",
        "I report progress every Monday and Thursday and keep all communication on the platform.",
        "What you get: a short written plan before any work starts, clear milestones, and a recorded handover.",
        "Good fits: migrations, clean-ups of old code, and reports that take too long to refresh.",
        "I am available {n}0 hours a week, usually between 9:00 and 17:00 CET, with a reply within 12 hours.",
        "Version {version} shipped on {month} with zero critical bugs reported in the first 90 days.",
        "References on request; see the portfolio for {n} case studies with measurable results.",
        "Invoice INV-{year}-{d4} covered {n} milestones; order #{d4}{d4} was delivered on {month}.",
    ]
    static let contacts = [
        "Email me at {handle}@gmail.com for a faster reply.",
        "Call or text +1 (415) 555-{d4} any time.",
        "WhatsApp: +44 7700 900{n}{n}{n}",
        "Reach me on Skype: {handle}.freelance",
        "My direct line is 020 7946 0{n}{n}{n}.",
        "Phone: 415.555.{d4}",
        "You can also find me at https://{handle}-consulting.example.com",
        "Contact: {handle} at yahoo dot com",
        "Telegram @{handle}_dev, or call zero seven seven zero nine zero zero one two three.",
        "Pay me via PayPal ({handle}@outlook.com) to skip the fees.",
    ]
    static let versions = [
        "iOS 17.2", "Python 3.11", "React 18.2.0", "Swift 5.9", "Node.js 20.10", "Django 4.2",
        "Kubernetes 1.28", "PostgreSQL 16.1", "Xcode 15.1", "Terraform 1.6.5",
    ]
    static let months = ["January", "March", "April", "June", "September", "November"]

    mutating func fill(_ template: String) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            result += filler(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    mutating func filler(_ kind: String) -> String {
        switch kind {
        case "n": return String(random.int(2...9))
        case "pct": return String(random.int(85...100))
        case "price": return String(random.int(15...150))
        case "year": return String(random.int(2005...2025))
        case "version": return random.pick(Self.versions)
        case "skill": return random.pick(random.pick(Self.roles).1)
        case "role": return random.pick(Self.roles).0
        case "company": return random.pick(Self.companies)
        case "d4": return String(format: "%04d", random.int(100...9999))
        case "handle": return random.pick(Self.firstNames).lowercased() + String(random.int(1...99))
        case "month": return "\(random.pick(Self.months)) \(random.int(2010...2025))"
        default: return kind
        }
    }

    /// An overview of 60–450 words; about one in six carries contact details.
    mutating func overview() -> String {
        var sentences = [fill(random.pick(Self.openers))]
        let target = random.int(60...450)
        var words = sentences[0].split(separator: " ").count
        while words < target {
            var sentence = fill(random.pick(Self.middles))
            if random.chance(3) { sentence = fill(random.pick(Self.contacts)) }
            words += sentence.split(separator: " ").count
            sentences.append(sentence)
        }
        if random.chance(12) { sentences.insert(fill(random.pick(Self.contacts)), at: random.int(1...sentences.count)) }
        return sentences.joined(separator: " ")
    }

    mutating func date() -> String {
        random.chance(30)
            ? String(random.int(2005...2025))
            : String(
                format: "%d-%02d", random.int(2005...2025),
                random.int(1...12))
    }

    /// A profilelint JSON document; some fields are missing or wrong, as in real profiles.
    mutating func document(pretty: Bool) -> String {
        let (role, skills) = random.pick(Self.roles)
        let name = "\(random.pick(Self.firstNames)) \(random.pick(Self.lastNames))"
        var fields: [(String, String)] = [("name", json(name))]
        if random.chance(85) {
            fields.append(("photo", #"{"url": "https://example.com/photos/\#(random.int(1...99999)).png"}"#))
        }
        let title =
            random.chance(10)
            ? "\(role) | \(skills.joined(separator: ", ")) | available for long-term contracts and urgent fixes"
            : "\(role) | \(skills.prefix(3).joined(separator: ", "))"
        if random.chance(95) { fields.append(("title", json(title))) }
        if random.chance(95) {
            var overview = overview()
            if random.chance(20) { overview = overview.replacingOccurrences(of: ". ", with: ".\n\n") }
            fields.append(("overview", json(overview)))
        }
        if random.chance(80) {
            fields.append(("hourlyRate", #"{"amount": \#(random.int(15...150)), "currency": "USD"}"#))
        }
        fields.append(("location", #"{"city": "Graz", "country": "Austria"}"#))
        if random.chance(70) {
            fields.append(
                (
                    "availability",
                    #"{"status": "more-than-30", "updated": "2026-\#(String(format: "%02d", random.int(1...12)))-01"}"#
                ))
        }
        fields.append(
            ("skills", "[" + skills.prefix(random.int(1...skills.count)).map(json).joined(separator: ", ") + "]"))
        let jobs = (0..<random.int(0...4)).map { _ in
            #"{"company": \#(json(random.pick(Self.companies))), "title": \#(json(role)), "from": "#
                + #""\#(date())", "to": \#(random.chance(30) ? "null" : "\"\(date())\"")}"#
        }
        fields.append(("employment", "[" + jobs.joined(separator: ", ") + "]"))
        if random.chance(60) {
            fields.append(
                (
                    "education",
                    #"[{"school": \#(json(random.pick(Self.schools))), "degree": "MSc", "from": "#
                        + #""\#(random.int(2000...2015))", "to": "\#(random.int(2016...2020))"}]"#
                ))
        }
        let portfolio = (0..<random.int(0...4)).map { index in
            #"{"title": "Case study \#(index + 1): \#(role)", "description": "#
                + #"\#(json(fill(random.pick(Self.middles)))), "url": "#
                + #""https://example.com/case/\#(random.int(1...9999))"}"#
        }
        if !portfolio.isEmpty { fields.append(("portfolio", "[" + portfolio.joined(separator: ", ") + "]")) }
        if random.chance(30) { fields.append(("video", json("https://example.com/video/\(random.int(1...9999)).mp4"))) }
        if random.chance(40) {
            fields.append(
                (
                    "linkedAccounts",
                    #"[{"service": "GitHub", "url": "https://github.com/example-\#(random.int(1...9999))"}]"#
                ))
        }
        if random.chance(3) { fields.append(("linkedAcounts", "[]")) }
        fields.append(("languages", #"[{"language": "English", "proficiency": "Fluent"}]"#))
        let separator = pretty ? ",\n    " : ", "
        let body = fields.map { "\(json($0.0)): \($0.1)" }.joined(separator: separator)
        return pretty ? "{\n  \"profile\": {\n    \(body)\n  }\n}\n" : #"{"profile": {\#(body)}}"#
    }

    /// A saved profile page: the air3 landmarks the HTML reader maps, inside the bulk of scripts, styles and
    /// navigation that real saved pages carry (they weigh hundreds of kilobytes).
    mutating func page() -> String {
        let (role, skills) = random.pick(Self.roles)
        let name = "\(random.pick(Self.firstNames)) \(random.pick(Self.lastNames))"
        var html = """
            <!DOCTYPE html>
            <html lang="en" theme="air-3-0">
            <head>
            <meta charset="utf-8">
            <title>\(escape(name)) - \(role) - Upwork Freelancer from Graz, Austria</title>

            """
        for index in 0..<random.int(20...60) {
            html +=
                "<style>.c\(index){margin:0 \(index)px;padding:4px 8px;color:#1f57c3;font:14px/1.4 sans-serif}"
                + (0..<40).map { ".c\(index)-\($0){display:flex;gap:\($0)px}" }.joined() + "</style>\n"
            html +=
                "<script>window.__chunk\(index)=function(a,b){var s=\""
                + String(repeating: "x", count: random.int(500...4000))
                + "\";return a<b?s.length:\"</div>\".length};</script>\n"
        }
        html += """
            </head>
            <body>
            <nav>\((0..<random.int(50...200)).map { "<a href=\"/nx/\($0)\" class=\"nav-item\">Item \($0)</a>" }.joined(separator: "\n"))</nav>
            <div data-qa-profile-viewer-uid="\(random.int(1_000_000...9_999_999))" class="profile-container">
              <div class="air3-card air3-card-outline profile-outer-card">
                <div class="identity-container"><div class="identity-content">
                  <h2 itemprop="name" role="presentation" class="d-inline h4">\(escape(name))</h2>
                  <span itemprop="locality" class="d-inline-block">Graz</span><span>,</span>
                  <span itemprop="country-name" class="d-inline-block">Austria</span>
                </div></div>
              </div>
              <div class="air3-card air3-card-outline profile-outer-card">
                <section class="air3-card-section">
                  <div class="air3-grid-container my-3x"><div class="span-10">
                    <h2 class="mb-0 h4">\(escape(role))</h2>
                  </div></div>
                  <div><h3 role="presentation" class="my-6x h5"><strong><span>$\(random.int(15...150)).00/hr</span></strong></h3></div>
                  <div class="air3-line-clamp-wrapper"><div class="air3-line-clamp">
                    <span class="text-body text-pre-line break">\(escape(overview()))</span>
                  </div></div>
                </section>
                <section class="air3-card-section">
                  <div class="skills"><div class="skills-header"><h4 role="heading">Skills</h4></div>
                    <ul class="air3-token-wrap">
            \(skills.map { "          <li><div class=\"air3-popper-trigger\" role=\"button\"><span "
                + "class=\"air3-token\">\(escape($0))</span></div></li>" }.joined(separator: "\n"))
                    </ul>
                  </div>
                </section>
              </div>
              <div class="air3-card air3-card-outline profile-outer-card">
                <h3 class="mb-0">Employment history</h3>
                <div class="job"><div><div><h4 class="mb-0">\(escape(role)) | \(escape(random.pick(Self.companies)))</h4></div></div><div>Vienna</div><div>March 2019 - Present</div></div>
              </div>
            </div>
            <footer>\((0..<random.int(20...80)).map { "<p class=\"footer-link\">Link \($0) &copy; 2026</p>" }.joined())</footer>
            </body>
            </html>

            """
        return html
    }

    func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
