/// What a lexicon entry means to the detectors: one bit per class, so one table probe answers every question
/// about a word. Entries come from `Data/*.tsv` (one list per language, each naming its source), compiled into
/// `LexiconTables` ahead of time.
///
/// *Anchors* start a look at the text around them; *context* classes are read only around an anchor, so common
/// function words (`my`, `your`, `not`) never make the scanner stop.
struct CueClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    // Anchors.
    /// A payment rail by name: PayPal, IBAN, UPI, USDT, "transferencia bancaria".
    static let rail = CueClass(rawValue: 1 << 0)
    /// A messenger or call app whose name is not also a common word: Skype, WhatsApp, Telegram, Google Meet.
    static let channel = CueClass(rawValue: 1 << 1)
    /// A messenger whose name is also a word (LINE, Signal, Teams): counts only beside another channel or a verb.
    static let wordlikeChannel = CueClass(rawValue: 1 << 2)
    /// A social network (Facebook, LinkedIn): counts only with an invitation to reach the writer there.
    static let social = CueClass(rawValue: 1 << 3)
    /// A word for a contact detail: email, phone number, digits, "correo", "телефон", "邮箱".
    static let contactNoun = CueClass(rawValue: 1 << 4)
    /// Somewhere other than the platform: outside, elsewhere, off the site, "fuera de", "вне".
    static let outside = CueClass(rawValue: 1 << 5)
    /// The platform's fee or its stand-ins: commission, middleman, service fee, "comisión", "佣金".
    static let fee = CueClass(rawValue: 1 << 6)
    /// Paying: pay, payment, invoice, "pagar", "оплата", "付款".
    static let pay = CueClass(rawValue: 1 << 7)
    /// Feedback: review, rating, five stars, "reseña", "отзыв", "好评".
    static let review = CueClass(rawValue: 1 << 8)

    // Context, read around anchors.
    /// The writer's own: my, mine, "mi", "мой", "我的".
    static let mine = CueClass(rawValue: 1 << 9)
    /// The reader's: your, "tu", "ваш", "你的".
    static let yours = CueClass(rawValue: 1 << 10)
    /// Asking or giving: send, share, give, drop, "envíame", "скиньте", "发给我".
    static let ask = CueClass(rawValue: 1 << 11)
    /// Talking or moving the talk: talk, chat, continue, switch, hop on, reach, "hablemos", "пишите", "联系".
    static let talk = CueClass(rawValue: 1 << 12)
    /// Negation: not, never, no, "nunca", "не", "不".
    static let negation = CueClass(rawValue: 1 << 13)
    /// Policy talk: policy, terms, rules, allowed, prohibited: a sentence about the rules, not an offer.
    static let policy = CueClass(rawValue: 1 << 14)
    /// A rail or channel as the work itself: integrate, API, bot, checkout, developer, "integración", "бот".
    static let scope = CueClass(rawValue: 1 << 15)
    /// A reward: discount, refund, bonus, free, "descuento", "скидка", "折扣".
    static let reward = CueClass(rawValue: 1 << 16)
    /// A condition or a hold: if, once, until, after, unless, "si", "если", "如果".
    static let condition = CueClass(rawValue: 1 << 17)
    /// Delivering: deliver, release, send the files, source code, "entregar", "передам".
    static let deliver = CueClass(rawValue: 1 << 18)
    /// A token contract: small, tiny, fake, dummy, test contract, "pequeño", "фиктивный".
    static let token = CueClass(rawValue: 1 << 19)
    /// Avoiding or saving: avoid, skip, save, bypass, keep, without, "evitar", "ahorrar", "избежать".
    static let avoid = CueClass(rawValue: 1 << 20)
    /// Directly, privately: "directamente", "напрямую", "直接".
    static let direct = CueClass(rawValue: 1 << 21)
    /// Accepting or preferring a way to be paid: accept, take, receive, prefer, "acepto", "принимаю".
    static let accept = CueClass(rawValue: 1 << 22)
    /// The platform itself: Upwork, the platform, this site, "la plataforma", "платформа", "平台".
    static let platform = CueClass(rawValue: 1 << 23)
    /// Swapping: exchange, swap, trade, in return, "a cambio", "взамен".
    static let exchange = CueClass(rawValue: 1 << 24)
    /// Staying on the platform: through, via, stay, keep, inside: "all payments stay on Upwork".
    static let inside = CueClass(rawValue: 1 << 25)
    /// An asking word, a condition or a negation from a list marked `# word order: verb-final` (Japanese, Turkish,
    /// Hindi…): the verb follows the contact word ("メールアドレスを教えて"; English "mobile shoppers drop" is no
    /// request), a condition follows the clause it closes ("review ke badle", "yaptıktan sonra"), and the negation
    /// ends the sentence ("…お受けしていません").
    static let verbFinal = CueClass(rawValue: 1 << 26)
    /// A place word that puts the platform word right after it outside: off, besides, apart from, "not through"
    /// ("off this website", "besides Upwork"); `CueDetector` joins the two into one `outside` cue.
    static let away = CueClass(rawValue: 1 << 27)
    /// A word of a postal address in any script: a label ("Address:", "地址"), a street type (road, "ул", "شارع",
    /// "路"), a unit (flat, floor, "кв"), an area (sector, "phường", "区") or a postal mark (〒); the entry's display
    /// name says which part.
    static let street = CueClass(rawValue: 1 << 28)
    /// The first word of a phrase entry that is an anchor (`google` of `google meet`): the text is worth a look.
    static let anchorPhraseStart = CueClass(rawValue: 1 << 29)
    /// The first word of a phrase entry (`cash` of `cash app`): the token is worth a second look.
    static let phraseStart = CueClass(rawValue: 1 << 30)
    /// A word some detector looks up by name (services, mail providers, phrase starts): `WordTokens.isNamed`.
    static let named = CueClass(rawValue: 1 << 31)

    static let anchors: CueClass = [
        .rail, .channel, .wordlikeChannel, .social, .contactNoun, .outside, .fee, .pay,
        .review, .away, .street,
    ]

    /// The class names used in the data files.
    static let byName: [(String, CueClass)] = [
        ("rail", .rail), ("channel", .channel), ("wordlikeChannel", .wordlikeChannel), ("social", .social),
        ("contactNoun", .contactNoun), ("outside", .outside), ("fee", .fee), ("pay", .pay), ("review", .review),
        ("mine", .mine), ("yours", .yours), ("ask", .ask), ("talk", .talk), ("negation", .negation),
        ("policy", .policy), ("scope", .scope), ("reward", .reward), ("condition", .condition),
        ("deliver", .deliver), ("token", .token), ("avoid", .avoid), ("direct", .direct), ("accept", .accept),
        ("platform", .platform), ("exchange", .exchange), ("inside", .inside), ("away", .away), ("street", .street),
    ]
}
