/// Words around a digit run that say whether it is a phone number.
enum PhoneWords {
    /// Words that offer a number: near one, even a bare digit run is a phone number.
    static let contactCues: WordSet = [
        "call", "calls", "calling", "phone", "phones", "mobile", "mob", "cell", "cellphone", "tel", "telephone",
        "text", "sms", "whatsapp", "viber", "signal", "telegram", "dial", "ring", "reach", "contact",
        "ph", "fax", "landline", "hotline", "imessage", "tlf", "telefon", "telefone", "whats", "cellular",
        // The phone's name in the lexicon's Latin-script languages ("Telemóvel 910 000 123", "Handy").
        "telemovel", "movil", "celular", "telefono", "handy", "mobil", "telp", "tlp", "cel",
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
        // National IDs and booking references of the largest freelancer countries (IN, PK, BD, PH, NG, KE, BR, EG,
        // ID, MX, ES, RU): their numbers have a phone's length.
        "pnr", "roll", "cnic", "nicop", "nic", "nid", "aadhaar", "aadhar", "pan", "gstin", "ntn", "nin", "bvn", "cpf",
        "cnpj", "rg", "dni", "nif", "nie", "curp", "rfc", "inn", "snils", "kra", "ktp", "nik", "npwp", "sss",
        "philhealth", "umid", "voter", "confirmation", "booking", "awb", "waybill", "consignment", "receipt",
        "transaction", "txn", "utr", "imei", "enrollment", "enrolment", "matric", "matriculation",
        // Machine numbers and mail boxes: Unix times have a phone's ten digits, a box number its postcode beside.
        "timestamp", "timestamps", "epoch", "unix", "box", "pobox", "postfach", "acct",
        // Orders and invoices in the lexicon's Latin-script languages (es, pt, fr, de, tr, id, fil).
        "pedido", "factura", "fatura", "facture", "commande", "rechnung", "bestellnummer", "rechnungsnummer",
        "auftragsnummer", "kundennummer", "siparis", "pesanan", "orden", "boleto",
    ]

    /// Words right after a digit run that make it a quantity.
    static let units: WordSet = [
        "px", "k", "m", "bn", "usd", "eur", "gbp", "inr", "pkr", "aud", "cad", "hours", "hrs", "hr", "users",
        "words", "downloads", "views", "ms", "mb", "gb", "kb", "tb", "times", "followers", "records", "rows",
        "lines", "visitors", "installs", "sessions", "subscribers", "impressions", "clicks", "leads", "sales",
        "dollars", "euros", "pounds", "rupees", "pesos", "km", "miles", "kg", "lbs", "sq", "ft", "tokens", "items",
        "products", "pages", "projects", "clients", "customers", "orders", "members", "students", "people",
        // Currencies and counts of the largest freelancer countries ("1500000 IDR", "15 lakh").
        "idr", "rp", "php", "ngn", "kes", "ksh", "brl", "egp", "uah", "bdt", "tk", "cny", "rmb", "yuan", "aed", "sar",
        "naira", "shillings", "reais", "taka", "hryvnia", "lakh", "lakhs", "crore", "crores", "million", "billion",
    ]
    /// Currency codes just before a digit run: an amount ("Rs 50000", "PKR 250000 to 300000").
    static let currencies: WordSet = [
        "rs", "inr", "pkr", "idr", "rp", "php", "ngn", "kes", "ksh", "brl", "egp", "uah", "bdt", "tk", "cny",
        "rmb", "usd", "eur", "gbp", "aed", "sar", "rub", "vnd", "mxn",
    ]

    /// File extensions: digits right before `.pdf`, `.jpg`… are a file name (camera and scanner names are digits).
    static let fileExtensions: WordSet = [
        "pdf", "jpg", "jpeg", "png", "gif", "webp", "svg", "psd", "ai", "eps", "tif", "tiff", "heic", "nef", "cr2",
        "raw", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "txt", "rtf", "zip", "rar", "7z", "tar", "gz",
        "mp4", "mov", "avi", "mkv", "mp3", "wav", "log", "json", "xml", "html", "htm", "md", "sql", "bak", "dwg",
    ]
}
