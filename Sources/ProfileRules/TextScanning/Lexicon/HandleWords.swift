/// Messengers and social networks, and the phrases that offer them as a way to talk.
enum HandleWords {
    /// Folded name → display name. Several words map to one service (`ig`, `insta`, `instagram`).
    static let services: WordTable<String> = [
        "skype": "Skype", "telegram": "Telegram", "tg": "Telegram", "whatsapp": "WhatsApp", "whatsap": "WhatsApp",
        "viber": "Viber", "wechat": "WeChat", "weixin": "WeChat", "discord": "Discord", "signal": "Signal",
        "slack": "Slack", "kik": "Kik", "snapchat": "Snapchat", "snap": "Snapchat", "instagram": "Instagram",
        "insta": "Instagram", "ig": "Instagram", "facebook": "Facebook", "fb": "Facebook", "messenger": "Messenger",
        "twitter": "Twitter", "tweet": "Twitter", "tweeter": "Twitter", "linkedin": "LinkedIn", "tiktok": "TikTok",
        "threads": "Threads", "imo": "imo", "icq": "ICQ", "threema": "Threema", "line": "LINE", "zalo": "Zalo",
        "qq": "QQ", "hangouts": "Hangouts", "gchat": "Google Chat", "teams": "Teams",
    ]

    /// Services whose name is also a common word: only the tightest shapes count (`Signal: @x`, `my LINE id`).
    static let wordlikeServices: WordSet = [
        "signal", "snap", "line", "threads", "teams", "slack", "messenger",
        "tweet", "imo",
    ]

    /// Services whose account is a phone number: a number after their name is the handle.
    static let phoneBasedServices: WordSet = [
        "whatsapp", "whatsap", "viber", "signal", "telegram", "tg", "imo",
        "zalo", "line",
    ]

    /// Words that introduce the handle itself: `Skype: x`, `Skype ID x`, `Telegram @x`.
    static let handleIntroducers: WordSet = [
        ":", "-", "id", "is", "handle", "username", "user", "name",
        "number", "#", "(", "at", "@",
    ]

    static let lists: [String: [String]] = [
        "service": services.words.filter { !wordlikeServices.contains($0) }.sorted(),
        "anyService": services.words.sorted(),
        "reachVerb": [
            "add", "ping", "message", "msg", "contact", "reach", "find", "text", "call", "dm", "hit",
            "catch", "connect", "chat", "talk", "write", "follow", "join", "inbox", "buzz", "knock",
        ],
        "via": ["on", "via", "at", "over", "through", "in", "using", "thru"],
        "idWord": ["id", "handle", "username", "user name", "number", "account", "contact", "profile", "address"],
        "beReachable": ["i'm", "im", "i am", "available", "reachable", "online", "active", "find me", "me"],
    ]

    /// Offers of a messenger as a way to talk. The handle shapes themselves (`Skype: live:x`, `Telegram @x`) are
    /// matched in code, since they look at characters, not words.
    static let patterns: [(String, String)] = [
        ("@reachVerb|added me|us|you up? ~1 @via @anyService", "asks to be contacted on"),
        ("let's|lets|let_us ~1 connect|chat|talk|continue|move @via @anyService", "asks to move the talk to"),
        ("@service me|us", "asks to be contacted on"),
        ("my|our @anyService @idWord", "offers a handle on"),
        ("@anyService @idWord is|:", "offers a handle on"),
        ("@beReachable on|via @service", "says where to reach them:"),
    ]
}
