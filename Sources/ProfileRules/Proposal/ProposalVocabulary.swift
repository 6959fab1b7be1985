/// Words that say nothing about one job in particular, whatever the post: praise, role names and the words every
/// proposal uses. Data for `opening-lines`: a preview window with only these words of the post's says nothing
/// about this job. Written as plain words; compared as matching terms (`JobPost.terms(in:)`).
enum ProposalVocabulary {
    static let generic: [String] = [
        // Roles and fields of work: what every applicant to a post of its kind is.
        "designer", "developer", "engineer", "expert", "specialist", "consultant", "freelancer", "agency", "team",
        "programmer", "coder", "artist", "writer", "manager", "professional", "talent", "candidate", "position",
        "role", "web", "website", "site", "design", "develop", "development", "app", "application", "software",
        "digital", "online", "industry", "field",
        // The words of any proposal.
        "project", "description", "post", "client", "customer", "business", "company", "service", "solution",
        "product", "opportunity", "requirement",
        "responsibility", "skill", "expertise", "portfolio", "sample", "quality", "result", "success", "career",
        "deadline", "detail", "attention", "standard", "essential", "crucial", "key", "previous", "understanding",
        "proficiency", "proficient", "familiarity", "familiar", "excellent", "deep", "principle",
        // Praise: what every post and every letter says about websites and people.
        "talented", "innovative", "creative", "visual", "visually", "stunning", "captivating", "beautiful",
        "modern", "unique", "amazing", "awesome", "engaging", "impactful", "seamless", "clean", "user", "friendly",
        "passionate", "dedicated", "reliable", "eye-catching", "compelling", "attractive", "intuitive", "impressive",
        "outstanding", "exceptional", "high", "best", "top", "perfect", "fast", "quick", "quickly",
        // Verbs of any job.
        "create", "creating", "build", "craft", "deliver", "provide", "join", "involve", "select", "selecting",
        "possess", "exhibit", "exhibiting", "meet", "bring", "offer", "ensure", "developing", "designing",
    ]

    static let genericTerms: Set<String> = Set(generic.flatMap { JobPost.terms(in: $0) })
}
