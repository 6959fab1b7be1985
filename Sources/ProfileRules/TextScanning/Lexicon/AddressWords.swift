/// Words of street addresses.
enum AddressWords {
    /// Street types, folded; a house number, a name and one of these make a street address.
    static let streetTypes: WordSet = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
        "court", "ct", "way", "place", "pl", "terrace", "parkway", "pkwy", "highway", "hwy", "square", "sq",
        "circle", "cir", "crescent", "close", "trail", "alley", "plaza", "row", "strasse", "strase", "calle",
        "rue", "via", "straat", "gasse", "ulitsa",
    ]
    /// Street types that are also everyday words ("3 way merge", "2 place settings"): the name before them must be
    /// capitalised in the original.
    static let wordlikeStreetTypes: WordSet = [
        "way", "place", "court", "square", "row", "close", "trail", "circle", "plaza", "via", "dr", "pl", "ct",
    ]
    /// Words that never name a street: what a number before them counts.
    static let notStreetNames: WordSet = [
        "years", "year", "projects", "project", "clients", "client", "apps", "app", "hours", "hour", "of", "in",
        "and", "with", "for", "to", "on", "my", "our", "more", "over", "than", "plus", "websites", "sites", "times",
        "people", "members", "countries", "languages", "stars", "reviews", "jobs", "days", "weeks", "months",
        "minutes", "wall", "high", "x", "k", "m", "percent", "is", "are", "was", "were", "by", "at", "from",
    ]
    /// Post-office boxes, folded and with dots dropped.
    static let postBoxes: [String] = ["po box", "pobox", "post office box", "p o box"]
}
