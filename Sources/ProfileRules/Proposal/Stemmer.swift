/// A light English stemmer for matching a proposal's words against a job post's: enough that "designing",
/// "designed", "designs" and "design" meet, without a dictionary.
enum Stemmer {
    static func stem(_ word: String) -> String {
        var word = word
        guard word.count > 4 else { return word }
        // "-ation" loses only "-ion" and a final "e" goes, so "communication" and "communicate" meet.
        for suffix in ["ions", "ion", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s"]
        where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            // "es" is a suffix only after s, x, z, ch and sh ("fixes"); "takes" loses just the "s".
            if suffix == "es", !["s", "x", "z", "ch", "sh"].contains(where: { word.dropLast(2).hasSuffix($0) }) {
                word.removeLast()
                break
            }
            word.removeLast(suffix.count)
            if suffix == "ies" || suffix == "ied" { word += "y" }
            break
        }
        if word.count > 4, word.hasSuffix("e") { word.removeLast() }
        return word
    }

    /// Words that carry no requirement on their own.
    static let stopwords: Set<String> = [
        "a", "about", "above", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
        "being", "both", "but", "by", "can", "could", "did", "do", "does", "done", "each", "etc", "for", "from", "get",
        "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "just", "like", "looking", "make", "me", "more", "most", "must", "my", "need", "needs", "new", "no",
        "not", "of", "on", "one", "only", "or", "other", "our", "out", "over", "please", "should", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
        "too", "up", "us", "use", "using", "very", "want", "was", "we", "well", "were", "what", "when", "where",
        "which", "while", "who", "will", "with", "within", "would", "you", "your", "yours", "able", "experience",
        "experienced", "work", "working", "project", "job", "help", "someone", "person", "freelancer", "candidate",
        "looking", "seeking", "ideal", "strong", "good", "great", "plus", "required", "requirements", "skills",
        "knowledge", "ability", "including", "include", "includes", "based", "know", "well", "years", "year",
    ]
}
