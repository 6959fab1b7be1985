/// Hosts and names that decide what a link is, and which severity class it falls in (issue 19):
/// - **direct contact** (error): messenger deep links, call and booking pages, contact forms, social and
///   professional profiles, shorteners and link-in-bio pages (upwork-rules.md §4.1, T1, T2, T4; LinkedIn and
///   Calendly enforcement: market-2026-12.md §2 row 16, M12);
/// - **work sample** (info in running text): hosts whose pages are the work itself (T10: external portfolio links
///   are allowed);
/// - anything else is **another site** (warning: a personal or client site can identify you indirectly, UA §7.2,
///   T4).
///
/// Each table maps a host, or a host and path prefix, to what a link there opens; the longest key wins, so
/// `docs.google.com/forms` (a contact form) beats `docs.google.com` (a shared document).
enum LinkHosts {
    /// Messenger deep links and call links: each opens a chat or a call. Sources: Telegram's link formats
    /// (core.telegram.org/api/links), WhatsApp "click to chat" (faq.whatsapp.com), Messenger m.me links, Discord
    /// invites, Skype join links, Signal/Viber/LINE/WeChat/Kik share links, Zoom/Meet/Teams/Webex/Whereby/Jitsi
    /// meeting URLs (each vendor's help pages).
    static let messengers: [String: String] = [
        "t.me": "Telegram chat", "telegram.me": "Telegram chat", "telegram.dog": "Telegram chat",
        "wa.me": "WhatsApp chat", "api.whatsapp.com": "WhatsApp chat", "chat.whatsapp.com": "WhatsApp group",
        "whatsapp.com": "WhatsApp", "m.me": "Messenger chat", "messenger.com": "Messenger chat",
        "discord.gg": "Discord invite", "discord.com/invite": "Discord invite", "discord.com/users": "Discord profile",
        "discordapp.com": "Discord", "join.skype.com": "Skype chat", "skype.com": "Skype", "signal.me": "Signal chat",
        "signal.group": "Signal group", "viber.me": "Viber chat", "invite.viber.com": "Viber chat",
        "line.me": "LINE chat", "u.wechat.com": "WeChat", "weixin.qq.com": "WeChat", "kik.me": "Kik chat",
        "zoom.us": "Zoom meeting", "zoom.com": "Zoom meeting", "meet.google.com": "Google Meet call",
        "teams.microsoft.com": "Teams meeting", "teams.live.com": "Teams meeting", "webex.com": "Webex meeting",
        "whereby.com": "Whereby call", "meet.jit.si": "Jitsi call", "slack.com": "Slack",
        "join.slack.com": "Slack invite", "facetime.apple.com": "FaceTime call", "wire.com": "Wire",
    ]
    /// Booking pages and contact forms. Sources: each scheduler's and form builder's public URL format.
    static let booking: [String: String] = [
        "calendly.com": "Calendly booking page", "cal.com": "booking page", "savvycal.com": "booking page",
        "tidycal.com": "booking page", "zcal.co": "booking page", "acuityscheduling.com": "booking page",
        "youcanbook.me": "booking page", "doodle.com": "booking page", "hubspot.com/meetings": "booking page",
        "meetings.hubspot.com": "booking page", "calendar.app.google": "Google Calendar booking page",
        "calendar.google.com/calendar/appointments": "Google Calendar booking page",
        "outlook.office365.com/book": "Microsoft Bookings page", "outlook.office.com/bookwithme": "booking page",
        "koalendar.com": "booking page", "setmore.com": "booking page", "simplybook.me": "booking page",
        "appointlet.com": "booking page", "oncehub.com": "booking page", "chilipiper.com": "booking page",
        "typeform.com": "contact form", "forms.gle": "contact form", "docs.google.com/forms": "contact form",
        "jotform.com": "contact form", "tally.so": "contact form", "forms.office.com": "contact form",
        "formspree.io": "contact form", "wufoo.com": "contact form", "paperform.co": "contact form",
    ]
    /// Link shorteners and link-in-bio pages: they hide where they lead.
    static let shorteners: [String: String] = [
        "bit.ly": "link shortener", "tinyurl.com": "link shortener", "t.co": "link shortener",
        "goo.gl": "link shortener", "ow.ly": "link shortener", "is.gd": "link shortener", "buff.ly": "link shortener",
        "rebrand.ly": "link shortener", "cutt.ly": "link shortener", "shorturl.at": "link shortener",
        "rb.gy": "link shortener", "tiny.cc": "link shortener", "bl.ink": "link shortener", "t.ly": "link shortener",
        "s.id": "link shortener", "v.gd": "link shortener", "qrco.de": "link shortener",
        "shorturl.asia":
            "link shortener", "urlz.fr": "link shortener", "clck.ru": "link shortener", "dwz.cn": "link shortener",
        "linktr.ee": "link-in-bio page", "beacons.ai": "link-in-bio page", "bio.link": "link-in-bio page",
        "lnk.bio": "link-in-bio page", "taplink.cc": "link-in-bio page", "msha.ke": "link-in-bio page",
        "solo.to": "link-in-bio page", "campsite.bio": "link-in-bio page", "about.me": "personal contact page",
        "carrd.co": "personal page",
    ]
    /// Social and professional networks: a profile there carries a messaging tool (T1, T2; LinkedIn: M12).
    static let social: [String: String] = [
        "linkedin.com": "LinkedIn profile", "lnkd.in": "LinkedIn link", "xing.com": "XING profile",
        "facebook.com": "Facebook profile", "fb.com": "Facebook profile", "fb.me": "Facebook profile",
        "instagram.com": "Instagram profile", "instagr.am": "Instagram profile", "twitter.com": "Twitter profile",
        "x.com": "X profile", "tiktok.com": "TikTok profile", "youtube.com": "YouTube channel",
        "threads.net": "Threads profile", "threads.com": "Threads profile", "pinterest.com": "Pinterest profile",
        "reddit.com": "Reddit profile", "vk.com": "VK profile", "ok.ru": "OK profile",
        "snapchat.com":
            "Snapchat profile", "wechat.com": "WeChat", "weibo.com": "Weibo profile", "bsky.app": "Bluesky profile",
        "mastodon.social": "Mastodon profile", "quora.com/profile": "Quora profile", "tumblr.com": "Tumblr profile",
    ]
    /// Links that are themselves a way to reach someone: `mailto:`, `tel:` and messenger URL schemes.
    static let contactSchemes: [String: String] = [
        "mailto:": "mailto: link", "tel:": "tel: link", "sms:": "sms: link", "callto:": "call link",
        "skype:": "Skype link", "whatsapp:": "WhatsApp link", "tg:": "Telegram link", "viber:": "Viber link",
        "facetime:": "FaceTime link",
    ]
    /// Work-sample hosts: the linked page is the work (T10: external portfolio links are allowed). Videos on
    /// YouTube are samples; a YouTube channel stays a social profile (`youtube.com` above).
    static let workSamples: [String: String] = [
        "behance.net": "Behance", "dribbble.com": "Dribbble", "figma.com": "Figma", "xd.adobe.com": "Adobe XD",
        "github.com": "GitHub", "gist.github.com": "GitHub", "github.io": "GitHub Pages", "gitlab.com": "GitLab",
        "gitlab.io": "GitLab Pages", "bitbucket.org": "Bitbucket", "codepen.io": "CodePen",
        "codesandbox.io": "CodeSandbox", "jsfiddle.net": "JSFiddle", "stackblitz.com": "StackBlitz",
        "pixieset.com": "Pixieset", "smugmug.com": "SmugMug", "artstation.com": "ArtStation",
        "deviantart.com": "DeviantArt", "flickr.com": "Flickr", "500px.com": "500px", "vimeo.com": "Vimeo",
        "youtube.com/watch": "YouTube video", "youtube.com/shorts": "YouTube video", "youtu.be": "YouTube video",
        "soundcloud.com": "SoundCloud", "loom.com/share": "Loom video", "kaggle.com": "Kaggle",
        "huggingface.co": "Hugging Face", "npmjs.com": "npm", "pypi.org": "PyPI", "stackoverflow.com": "Stack Overflow",
        "apps.apple.com": "App Store", "itunes.apple.com": "App Store", "play.google.com": "Google Play",
        "drive.google.com": "Google Drive preview", "docs.google.com": "Google Docs preview",
        "dropbox.com": "Dropbox preview", "onedrive.live.com": "OneDrive preview", "1drv.ms": "OneDrive preview",
        "sharepoint.com": "SharePoint preview", "box.com": "Box preview", "canva.com": "Canva design",
        "issuu.com": "Issuu publication",
        "sketchfab.com": "Sketchfab model", "itch.io": "itch.io game",
    ]
    /// The marketplace itself: a link to one's own Upwork profile or catalog is fine.
    static let platform: Set<String> = ["upwork.com", "odesk.com", "elance.com"]

    /// Technology names shaped like domains (their last part is a real TLD): never links on their own.
    static let technologyNames: WordSet = [
        "asp.net", "vb.net", "ado.net", "dot.net", "ml.net", "f#.net", "socket.io", "discord.py", "discord.js",
        "chart.io", "feathers.io", "nuxt.com", "cake.php", "mail.ru", "booking.com", "amazon.com", "monday.com",
        "salesforce.com", "scrum.org", "twitch.tv", "bubble.io", "glide.app", "framer.com", "hubspot.com",
        "shopify.com", "wordpress.com", "wordpress.org", "squarespace.com", "godaddy.com", "fiverr.com",
        "freelancer.com", "toptal.com", "guru.com", "peopleperhour.com", "99designs.com", "coursera.org",
        "udemy.com", "edx.org", "w3schools.com", "codecademy.com", "freecodecamp.org", "leetcode.com",
        "hackerrank.com", "ai.google", "character.ai", "perplexity.ai", "you.com", "jasper.ai", "copy.ai",
        "writesonic.com", "grammarly.com", "fly.io", "render.com", "vercel.app", "netlify.app", "heroku.com",
        "digitalocean.com", "replit.com", "openai.com", "chatgpt.com", "claude.ai", "deepl.com", "alibaba.com",
        "aliexpress.com", "ebay.com", "etsy.com", "walmart.com", "airbnb.com", "zillow.com", "indeed.com",
        "glassdoor.com", "zapier.com", "make.com", "n8n.io", "airtable.com", "clickup.com", "trello.com",
        "asana.com", "notion.so", "miro.com", "canva.com", "zoho.com", "quickbooks.com", "xero.com", "wix.com",
        "webflow.com", "semrush.com", "ahrefs.com", "moz.com", "similarweb.com", "crunchbase.com",
        "angel.co", "wellfound.com", "producthunt.com", "medium.com", "substack.com", "ghost.org", "gumroad.com",
        "teachable.com", "kajabi.com", "thinkific.com", "podia.com", "klaviyo.com", "mailchimp.com",
        "sendgrid.com", "twilio.com", "stripe.com", "paypal.com", "wise.com", "payoneer.com", "bitly.com",
    ]

    /// Top-level domains that are also file extensions or English words (`setup.py`, `README.md`, `build.sh`,
    /// `file.zip`): a bare name ending in one is a link only with a scheme, `www.` or a path.
    static let ambiguousTLDs: WordSet = [
        "py", "sh", "rs", "md", "pl", "ps", "so", "mk", "ml", "zip", "mov", "cc", "am", "in", "it", "is", "at",
        "be", "do", "no", "to", "us", "my", "by", "as", "an", "ms", "id", "im", "sc", "cs", "fm", "rb", "ch",
        "ts", "js", "es", "pm", "tv", "st", "la", "ma", "mp", "nu", "go", "ac", "ad", "ae", "al",
        "bs", "cd", "ci", "cv", "dj", "ga", "ge", "gl", "gs", "hr", "ie", "jo", "lb", "li", "lu", "mo", "mr",
        "mu", "nl", "pe", "pg", "pr", "pt", "re", "sa", "se", "si", "sk", "sl", "sm", "sr", "sv", "tc", "th",
        "tk", "tm", "tt", "ve", "vi", "ws",
    ]

    /// The ambiguous TLDs that are file extensions (`jquery.min.js`, `index.d.ts`, `archive.tar.gz` is not one):
    /// even three labels ending in one are a file name.
    static let fileExtensionTLDs: WordSet = [
        "py", "sh", "rs", "md", "pl", "ps", "so", "mk", "ml", "zip", "mov", "cc", "ms", "sc", "cs", "rb", "ts", "js",
        "mp", "go", "st", "re", "sa", "sr", "sl", "sm", "tk", "tm", "ai", "gz", "bz", "xz", "app", "dev", "sql",
    ]

    /// Second-level labels that registries use under a country code (`acme.co.in`, `acme.com.pt`): a bare
    /// three-label name ending in one and a country code is a site even when the country code reads like a word.
    static let registrySecondLevels: WordSet = ["co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go"]

    /// Words just before a bare name that say it is a site: "visit acme.studio", "website: acme.studio".
    static let linkCues: WordSet = [
        "visit", "website", "site", "web", "url", "link", "links", "portfolio", "blog", "domain", "homepage",
        "page", "check", "see", "at", "www",
    ]
}
