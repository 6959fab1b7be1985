/// Words around a digit run that say whether it is a phone number.
enum PhoneWords {
    /// Words that offer a number: near one, even a bare digit run is a phone number.
    static let contactCues: WordSet = [
        "call", "calls", "calling", "phone", "phones", "mobile", "mob", "cell", "cellphone", "tel", "telephone",
        "text", "sms", "whatsapp", "viber", "signal", "telegram", "dial", "ring", "reach", "contact",
        "ph", "fax", "landline", "hotline", "imessage", "tlf", "telefon", "telefone", "whats", "cellular",
    ]
    /// One-letter labels that mean a number only with a colon after them: `P: (650) 724-9147`.
    static let letterCues: WordSet = ["p", "m", "t", "f", "c", "o", "w", "h"]

    /// Words just before a digit run that make it something else: an order, an invoice, a card, an ID.
    static let otherNumberCues: WordSet = [
        "isbn", "issn", "order", "orders", "invoice", "id", "ticket", "ref", "reference", "sku", "tracking",
        "account", "card", "ssn", "itin", "taxpayer", "license", "licence", "passport", "iban", "routing", "swift",
        "version", "patent", "serial", "zip", "postal", "postcode", "ip", "model", "part", "doi", "pmid", "arxiv",
        "ein", "vat", "nhs", "pin", "otp", "nr", "security", "social", "registration",
        "batch", "build", "release", "commit", "issue", "pr", "rev", "revision", "cvv", "pp", "pages", "vol",
        "volume", "isbn13", "tin", "identification", "bir", "bank", "banking", "credit", "debit",
    ]

    /// Words right after a digit run that make it a quantity.
    static let units: WordSet = [
        "px", "k", "m", "bn", "usd", "eur", "gbp", "inr", "pkr", "aud", "cad", "hours", "hrs", "hr", "users",
        "words", "downloads", "views", "ms", "mb", "gb", "kb", "tb", "times", "followers", "records", "rows",
        "lines", "visitors", "installs", "sessions", "subscribers", "impressions", "clicks", "leads", "sales",
        "dollars", "euros", "pounds", "rupees", "pesos", "km", "miles", "kg", "lbs", "sq", "ft", "tokens", "items",
        "products", "pages", "projects", "clients", "customers", "orders", "members", "students", "people",
    ]
}
