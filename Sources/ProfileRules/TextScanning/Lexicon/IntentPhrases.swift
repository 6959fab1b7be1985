/// Phrases that ask or offer to move payment off the platform, or to trade in feedback. Matched on folded words
/// by `PhrasePattern` (syntax there); a negation just before ("I never…", "no payments…") cancels a match.
enum IntentPhrases {
    static let negators: WordSet = [
        "not", "never", "no", "don't", "dont", "won't", "wont", "doesn't", "cannot", "can't", "nor", "neither",
        "avoid", "against", "refuse",
    ]
    /// Words just before a payment method that make it a product being built ("integrated PayPal checkout").
    static let productWords: WordSet = [
        "integrate", "integrated", "integrating", "integration", "integrations", "implement", "implemented",
        "implementing", "build", "built", "building", "setup", "set", "configure", "configured", "develop",
        "developed", "developing", "checkout", "gateway", "gateways", "api", "apis", "sdk", "plugin", "store",
        "shop", "stores", "ecommerce", "supports", "support", "supporting", "added", "adding", "connected",
        "connecting", "automated", "automate", "system", "platform", "app", "apps", "processing",
    ]

    static let lists: [String: [String]] = [
        "method": [
            "paypal", "payoneer", "wise", "transferwise", "bank transfer", "bank wire", "wire transfer",
            "western union", "moneygram", "crypto", "cryptocurrency", "bitcoin", "btc", "usdt", "usdc", "eth",
            "ethereum", "binance", "venmo", "zelle", "cash app", "cashapp", "skrill", "revolut", "upi", "gcash",
            "jazzcash", "easypaisa", "remitly", "worldremit", "direct deposit", "bank account", "bank",
            "gift card", "gift cards", "cash", "swift transfer", "iban", "neteller", "perfect money", "webmoney",
            "alipay", "wechat pay", "paytm", "m pesa", "mpesa",
        ],
        "platform": [
            "upwork", "the platform", "this platform", "the site", "this site", "the website", "fiverr",
            "here",
        ],
        "fee": ["fee", "fees", "commission", "commissions", "service fee", "service fees", "20 %", "10 %"],
        "payVerb": [
            "pay", "paid", "paying", "payment", "payments", "send", "transfer", "wire", "invoice", "bill",
            "settle", "tip", "deposit", "remit",
        ],
        "person": ["me", "us", "you", "him", "her", "them"],
        // Working or paying verbs only: talking elsewhere with no payment is off-platform-contact (`CueDetector`).
        "talkVerb": [
            "pay", "paid", "paying", "payment", "payments", "work", "working", "deal", "hire",
            "collaborate", "contract", "transact", "go", "jobs", "projects", "invoice", "bill", "order",
            "book",
        ],
    ]

    static let payment: [(String, String)] = [
        ("@payVerb @person ~3 via|through|by|with|using|over|on|to|in|into my|our|your? @method", "payment by"),
        ("@payVerb ~3 to|into|on|via|through|using my|our @method", "payment by"),
        ("@payVerb via|through|using @method", "payment by"),
        // "settle the balance in cash", "send the funds by wire": cash and wire as the way to pay.
        ("@payVerb ~3 in|by cash|wire|cheque|check", "payment by"),
        ("i|we|i'd|i'll|we'd ~2 accept|take|receive|prefer|like ~3 @method", "payment by"),
        ("@method directly|only|accepted|preferred|welcome", "payment by"),
        ("my|our @method ~1 account|address|email|id|details|wallet|is|number", "payment by"),
        (
            "@talkVerb ~4 outside|off|offline|beyond|bypass|bypassing|circumvent|circumventing ~1 of? @platform",
            "working outside the platform"
        ),
        ("outside|off|offline ~1 of? @platform ~3 to|for|and avoid|save|skip|pay|cut", "working outside the platform"),
        // The fee must be the platform's ("no hidden fees", "without any extra charges" are promises, not evasion).
        ("skip|avoid|save|saving|bypass|dodge|escape|cut ~2 @platform @fee", "avoiding the platform fee"),
        (
            "skip|avoid|save|saving|bypass|dodge|escape|cut ~1 the|those|these|their|its service? fee|fees|commission|commissions",
            "avoiding the platform fee"
        ),
        ("no|without ~1 @platform @fee", "avoiding the platform fee"),
        ("@payVerb ~1 @person directly|direct|privately|personally", "paying directly"),
        ("direct|private @payVerb|deal|contract|contracts|invoicing", "paying directly"),
        (
            "work|working|deal|continue|contract|hire|collaborate ~2 directly ~3 after|outside|off|without",
            "working directly"
        ),
        ("after ~2 this|the|our contract|job|project|milestone ~4 directly", "working directly"),
        ("invoice|bill|charge @person directly", "paying directly"),
    ]

    static let feedback: [(String, String)] = [
        ("feedback|review|reviews|rating for|4 feedback|review|reviews|rating", "trading feedback"),
        ("exchange|swap|trade ~2 feedback|reviews|review|ratings", "trading feedback"),
        ("@reward ~6 for|in_exchange_for|in_return_for|if|when|after ~5 @praise", "feedback for a reward"),
        ("@praise for|in_exchange_for|in_return_for ~2 @reward", "feedback for a reward"),
        ("@praise ~3 and_get|to_get|get|earn|earns ~4 @reward", "feedback for a reward"),
        ("@praise ~4 and ~2 i'll|i_will|we'll|get ~4 @reward", "feedback for a reward"),
        (
            "small|tiny|quick|cheap|fake|test|dummy ~3 contract|contracts|job|jobs|task|tasks|project|projects|order|orders ~3 to|for|just_to|only_to ~2 build|get|boost|improve|grow|increase|raise ~2 my|our? feedback|reviews|rating|ratings|jss|score|profile",
            "building feedback"
        ),
        (
            "build|boost|get|improve|increase|raise ~2 my|our feedback|reviews|rating|jss ~4 small|tiny|quick|cheap|fake|test contract|contracts|job|jobs|task|tasks",
            "building feedback"
        ),
        (
            "please|kindly|must|have_to|need_you_to|need_to|make_sure_to|be_sure_to|remember_to|only ~3 leave|give|rate|close ~3 5|five|10|ten|perfect|full|top ~2 star|stars|rating|feedback|score|marks",
            "pressing for a top rating"
        ),
        (
            "anything|nothing|less ~2 less|than|below|under ~1 5|five|10|ten ~1 star|stars|rating|feedback",
            "pressing for a top rating"
        ),
        ("perfect|10_/_10|10 private ~1 rating|feedback|score", "pressing for a top rating"),
        ("private ~1 feedback|rating ~3 10|ten|perfect|9|nine", "pressing for a top rating"),
        ("hire|hired ~2 myself|yourself|my_own_account|another_account", "building feedback"),
    ]

    static let rewardAndPraise: [String: [String]] = [
        "reward": [
            "refund", "refunds", "refunded", "discount", "discounts", "bonus", "free", "money back",
            "cashback", "cash back", "gift", "off", "extra", "reward", "rewards", "pay you", "tip",
            "compensation", "credit",
        ],
        "praise": [
            "review", "reviews", "feedback", "rating", "ratings", "5 star", "5 stars", "five star",
            "five stars", "testimonial", "testimonials", "stars",
        ],
    ]
}
