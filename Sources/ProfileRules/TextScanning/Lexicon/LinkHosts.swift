/// Hosts and names that decide what a link is.
enum LinkHosts {
    /// Messenger deep links: each opens a chat. Host (or host/path prefix) → what it opens.
    static let messengers: [String: String] = [
        "t.me": "Telegram chat", "telegram.me": "Telegram chat", "telegram.dog": "Telegram chat",
        "wa.me": "WhatsApp chat", "api.whatsapp.com": "WhatsApp chat", "chat.whatsapp.com": "WhatsApp group",
        "whatsapp.com": "WhatsApp", "m.me": "Messenger chat", "messenger.com": "Messenger chat",
        "discord.gg": "Discord invite", "discord.com/invite": "Discord invite", "discordapp.com": "Discord",
        "join.skype.com": "Skype chat", "skype.com": "Skype", "signal.me": "Signal chat", "signal.group": "Signal group",
        "viber.me": "Viber chat", "invite.viber.com": "Viber chat", "line.me": "LINE chat", "u.wechat.com": "WeChat",
        "weixin.qq.com": "WeChat", "snapchat.com": "Snapchat", "zoom.us": "Zoom meeting", "meet.google.com":
            "Google Meet", "teams.microsoft.com": "Teams meeting", "slack.com": "Slack", "kik.me": "Kik chat",
    ]
    /// Booking and contact-form links.
    static let booking: [String: String] = [
        "calendly.com": "Calendly booking", "cal.com": "booking", "savvycal.com": "booking",
        "tidycal.com": "booking", "zcal.co": "booking", "acuityscheduling.com": "booking",
        "youcanbook.me": "booking", "doodle.com": "booking", "hubspot.com/meetings": "booking",
        "meetings.hubspot.com": "booking", "typeform.com": "contact form", "forms.gle": "contact form",
        "docs.google.com/forms": "contact form", "jotform.com": "contact form", "tally.so": "contact form",
    ]
    /// Link shorteners and link-in-bio pages: they hide where they lead.
    static let shorteners: [String: String] = [
        "bit.ly": "link shortener", "tinyurl.com": "link shortener", "t.co": "link shortener",
        "goo.gl": "link shortener", "ow.ly": "link shortener", "is.gd": "link shortener", "buff.ly": "link shortener",
        "rebrand.ly": "link shortener", "cutt.ly": "link shortener", "shorturl.at": "link shortener",
        "rb.gy": "link shortener", "tiny.cc": "link shortener", "bl.ink": "link shortener",
        "linktr.ee": "link-in-bio page", "beacons.ai": "link-in-bio page", "bio.link": "link-in-bio page",
        "lnk.bio": "link-in-bio page", "about.me": "personal contact page", "carrd.co": "personal page",
    ]
    /// Social networks: a profile there carries a messaging tool (T1, T2).
    static let social: [String: String] = [
        "linkedin.com": "LinkedIn profile", "lnkd.in": "LinkedIn link", "facebook.com": "Facebook profile",
        "fb.com": "Facebook profile", "fb.me": "Facebook profile", "instagram.com": "Instagram profile",
        "instagr.am": "Instagram profile", "twitter.com": "Twitter profile", "x.com": "X profile",
        "tiktok.com": "TikTok profile", "youtube.com": "YouTube channel", "youtu.be": "YouTube video",
        "threads.net": "Threads profile", "pinterest.com": "Pinterest profile", "reddit.com": "Reddit profile",
        "vk.com": "VK profile", "snapchat.com": "Snapchat profile", "wechat.com": "WeChat",
    ]
    /// Work-sample hosts: an external portfolio link is a grey area (T10), worth a warning.
    static let portfolio: [String: String] = [
        "github.com": "GitHub", "gitlab.com": "GitLab", "bitbucket.org": "Bitbucket", "behance.net": "Behance",
        "dribbble.com": "Dribbble", "artstation.com": "ArtStation", "figma.com": "Figma",
        "apps.apple.com": "App Store", "itunes.apple.com": "App Store", "play.google.com": "Google Play",
        "codepen.io": "CodePen", "kaggle.com": "Kaggle", "stackoverflow.com": "Stack Overflow",
        "npmjs.com": "npm", "huggingface.co": "Hugging Face", "vimeo.com": "Vimeo", "soundcloud.com": "SoundCloud",
        "medium.com": "Medium", "notion.site": "Notion page", "drive.google.com": "Google Drive",
        "dropbox.com": "Dropbox", "canva.com": "Canva", "wix.com": "Wix site", "webflow.io": "Webflow site",
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

    /// Words just before a bare name that say it is a site: "visit acme.studio", "website: acme.studio".
    static let linkCues: WordSet = [
        "visit", "website", "site", "web", "url", "link", "links", "portfolio", "blog", "domain", "homepage",
        "page", "check", "see", "at", "www",
    ]
}
