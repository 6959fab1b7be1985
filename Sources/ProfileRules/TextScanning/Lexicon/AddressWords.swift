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
    /// Street types written before the name and the number, folded: Spanish, Portuguese, Italian, Indonesian
    /// (`Calle Mayor 12`, `Av. Paulista, 1578`, `Via Roma 10`, `Jl. Sudirman No. 25`), from each country's postal
    /// address conventions (UPU "Postal addressing systems in member countries").
    static let leadingStreetTypes: WordSet = [
        "calle", "avenida", "av", "avda", "rua", "travessa", "alameda", "estrada", "rodovia", "via", "viale",
        "piazza", "corso", "largo", "vicolo", "jalan", "jl", "jln", "carrera", "cra", "kr", "diagonal",
        "transversal", "rambla", "paseo", "plaza", "pasaje", "camino", "ronda",
    ]
    /// Street types written after a house number and before the name (French: `12 rue de Rivoli`).
    static let numberFirstStreetTypes: WordSet = [
        "rue", "avenue", "av", "boulevard", "bd", "allee", "chemin", "impasse", "quai", "cours", "place", "route",
    ]
    /// Street types after the name, then `No` and the number (Turkish: `Atatürk Caddesi No: 15`).
    static let trailingStreetTypes: WordSet = [
        "caddesi", "cadde", "cad", "cd", "sokak", "sokagi", "sk", "bulvari", "bulv", "mahallesi", "mah",
    ]
    /// Endings of German and Dutch street names written as one word (`Hauptstraße 5`, `Kalverstraat 92`).
    static let compoundStreetEndings: [String] = [
        "strasse", "strase", "str", "weg", "gasse", "allee", "platz", "straat", "gracht", "laan", "damm", "ufer",
    ]
    /// Small words inside a street name (`Rua das Flores`, `rue de Rivoli`).
    static let nameConnectors: WordSet = [
        "de", "da", "das", "do", "dos", "del", "la", "le", "les", "des", "du", "l", "di",
    ]
    /// "Number" before a house number (`No. 25`, `No: 15`, `Nº`).
    static let numberWords: WordSet = ["no", "nr", "n", "numero", "num"]

    /// Post-office boxes, folded and with dots dropped.
    static let postBoxes: [String] = ["po box", "pobox", "post office box", "p o box"]
}
