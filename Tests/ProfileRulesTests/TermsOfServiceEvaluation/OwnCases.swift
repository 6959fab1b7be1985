import Foundation

/// Labelled cases written for profilelint (no real person's details): each text with the ToS rules that must
/// fire on it, all others must stay silent.
///
/// One case a line: labels, `|`, the text. Labels: e = contact-email, p = contact-phone, l = contact-link,
/// h = contact-handle, a = contact-address, $ = off-platform-payment, f = feedback-manipulation; none = a hard
/// negative for every rule. `⏎` stands for a line break inside a text. (A string table rather than an array of
/// tuples: a few hundred tuple literals crash the 6.3.1 compiler.)
enum OwnCases {
    static let all: [EvaluationCase] = [
        emails, phones, links, handles, addresses, payments, feedback, mixed, negatives,
    ]
    .flatMap { $0.split(separator: "\n") }
    .map { line in
        let parts = line.split(separator: "|", maxSplits: 1)
        let text = parts.count == 2 ? String(parts[1].dropFirst()) : ""
        return EvaluationCase(
            text: text.replacingOccurrences(of: "⏎", with: "\n"),
            labels: String(parts[0]), source: "own")
    }

    private static let emails = """
        e  | Email me at john.doe@gmail.com for details
        e  | reach me: john [at] gmail [dot] com
        e  | write to john at gmail dot com
        e  | john(at)gmail(dot)com
        e  | j o h n @ g m a i l . c o m
        e  | jοhn@gmаil.com
        e  | ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ
        e  | My address is maria.k{at}outlook{dot}com
        e  | MARIA AT YAHOO DOT COM
        e  | send the brief to maria 'at' protonmail 'dot' com
        e  | Gmail: maria.designs88
        e  | my gmail is maria_designs
        e  | contact: maria@\u{200B}studio.io
        e  | ping maria@studio⏎.io if you want
        e  | reach me at maria.k@⏎studio.io
        e  | Mail: ｍａｒｉａ＠ｍａｉｌ．ｃｏｍ
        e  | 𝐌𝐚𝐫𝐢𝐚@𝐠𝐦𝐚𝐢𝐥.𝐜𝐨𝐦
        e  | Email → hello@acme-agency.co.uk
        e  | billing: accounts+upwork@acme.dev
        e  | you can email support at acme-labs.io anytime
        e  | Contact: alex%40example.com
        e  | Contact: YWxleEBleGFtcGxlLmNvbQ== (decode me)
        e  | alex [@] example [.] com
        e  | alex at example.org
        e  | alex (at) example (dot) org
        e  | a.l.e.x at hotmail
        e  | alex@outlook
        e  | My e-mail: alex_w@web.de
        e  | alеx@examplе.com (Cyrillic e)
        e  | Drop a line to ａｌｅｘ at ｇｍａｉｌ dot com
        e  | dev.team at agency dot co dot uk
        e  | alex\u{200D}@\u{200C}gmail\u{FEFF}.com
        e  | Email ALEX@EXAMPLE.COM
        e  | a l e x @ y a h o o . c o m
        e  | write: alex.w (followed by \"@example.com\")
        e  | my mail alex-w at mail dot ru
        """

    private static let phones = """
        p  | Call me at (415) 555-2671 after 6pm
        p  | UK office: +44 20 7946 0958
        p  | India mobile +91 98765 43210
        p  | Berlin: 030 901820 (national format)
        p  | dial 0044 7700 900123
        p  | my number is 4 1 5 5 5 5 2 6 7 1
        p  | four one five five five five two six seven one
        p  | call 415-five five five-2671
        p  | text me 415.555.2671
        p  | Phone: +1-202-555-0143
        p  | Cell 0300 1234567
        p  | mobile: 0917 123 4567
        p  | Tel +49 151 23456789
        p  | call me on 07911 123456
        p  | My phone: 4155552671
        ph | WhatsApp +234 803 123 4567
        p  | ring me on double five five, one two three four five six
        p  | nine one six five five five zero one four eight
        p  | call four oh eight, five five five, one two one two
        p  | Reach me: 4O8-555-1212
        p  | Phone: ＋１ （４１５） ５５５－２６７１
        p  | Mob: +63 917 555 0199
        p  | text 555-0199
        p  | call +1 (800) 555 0000 ext. 12
        p  | my cell is 312.714.8142
        p  | +61 2 6788 1324
        p  | (020) 7946 0958
        ph | Phone/WhatsApp: 0 3 0 9 0 1 8 2 0
        p  | Call: 98 765 432 10
        p  | +880 1712-345678
        p  | tel. 01 23 45 67 89
        p  | Contact number 0345 123 4567
        p  | +7 (912) 345-67-89
        p  | +86 135 3727 4136
        p  | Reach me anytime: zero three zero nine zero one eight two zero
        p  | phone 415 555 2671
        p  | Office: 650-723-1131
        p  | i am at +1 415 555 0132 most evenings
        """

    private static let links = """
        l  | see my portfolio at https://johndoe.dev/work
        l  | visit johndoe.dev for samples
        l  | my site: johndoe [dot] dev
        l  | t.me/johndoe_dev
        l  | wa.me/14155552671
        l  | Book a call: calendly.com/john-doe/30min
        l  | https://bit.ly/3xYzAbc
        l  | linkedin.com/in/john-doe-12345
        l  | www.johndoe-studio.com
        l  | Check out acme-creative.agency
        l  | studio-name dot net
        l  | w w w . j o h n d o e . c o m
        l  | Join my server: discord.gg/abc123
        l  | m.me/john.doe.design
        hl  | join.skype.com/invite/AbCdEf
        l  | http://john-doe.net/contact
        l  | instagram.com/john.designs
           | My work: behance.net/johndoe
           | Code: github.com/johndoe
        l  | linktr.ee/johndoe
        l  | Website: https://acme.studio
        l  | more at ACME-DESIGN.CO.UK
        l  | https://www.facebook.com/john.doe.123
        l  | Schedule here → https://cal.com/johndoe
        l  | johndoe.com/portfolio
        l  | https://docs.google.com/forms/d/e/1FAIpQL/viewform
        l  | tinyurl.com/john-cv
        l  | x.com/johndoe
        l  | See johndoe dot com
        l  | example.org/about
           | Samples on dribbble.com/johndoe
        l  | johndoe.design
           | Resume at https://drive.google.com/file/d/abc/view
        l  | hxxps? no: plain acme-app.io
        """

    private static let handles = """
        h  | Skype: live:john.doe_42
        h  | ping me on telegram @johndoe_dev
        h  | my skype is live:john.doe_42
        h  | add me on sk ype: johndoe42
        h  | WhatsApp me
        h  | add me on Discord
        h  | WeChat ID: jd_design88
        h  | IG: @john.designs
        h  | Telegram @johndoe
        h  | ѕkype: john.doe
        h  | Let's connect on WhatsApp
        h  | message me on Viber
        h  | my discord handle is johnd#1234
        h  | Find me on Instagram @john_designs
        h  | skype (dean.malmgren)
        h  | I'm dean.malmgren on Skype
        h  | Telegram me for a quick quote
        h  | Contact me via Telegram
        h  | reach us on WhatsApp
        h  | Skype ID: john.doe.88
        h  | my WeChat is wxid_abc123
        h  | what's app me
        h  | tg: @johndoe_dev
        h  | Snapchat: john_d22
        h  | DM me on Instagram
        h  | catch me on Skype anytime
        h  | my linkedin profile: john-doe-1a2b3c
        h  | Signal: @johnd.01
        h  | hit me up on telegram
        h  | live:.cid.1234abcd
        h  | I tweet at @john_doe
        h  | Skype - johnny.d
        h  | wеchat id: jd88 (Cyrillic e)
        """

    private static let addresses = """
        a  | Visit us at 221 Baker Street, London
        a  | Office: 1600 Pennsylvania Avenue NW
        a  | PO Box 1234, Austin TX
        a  | 504 parkwood drive
        a  | our studio at 12 Elm Rd.
        a  | send it to 77 Sunset Blvd, Los Angeles
        a  | 42 Wallaby Way, Sydney
        a  | P.O. Box 987
        a  | Located at 10 Downing St
        a  | 350 Fifth Avenue, New York
        a  | 3 elm boulevard
        a  | Come by 18 Market Square
        """

    private static let payments = """
        $  | Let's continue outside Upwork, I'll pay you via PayPal directly to avoid fees
        $  | pay me via PayPal
        $  | I accept payment through Payoneer directly
        $  | We can work outside Upwork to skip the fees
        $  | Let's work directly after this contract
        $  | I'll invoice you directly
        $  | Payment by bank transfer directly to my account
        $  | I also accept crypto (USDT)
        $  | send the money to my Wise account
        $  | Pay via Western Union
        $  | save 20% by paying me directly
        $  | no Upwork fees if we deal off the platform
        $  | PayPal accepted
        $  | my PayPal email is the same as my name
        $  | We can continue off Upwork after the first milestone
        $  | to avoid the service fee, pay through Zelle
        $  | I prefer Bitcoin
        o  | Let's take this off-platform
        $  | pay us directly and get 10% off
        $  | After the job, let's contract directly outside the site
        $  | send payment via Skrill
        $  | you can pay me through Venmo
        $  | bypass Upwork commission
        $  | I bill you directly for future work
        $  | cheaper if we skip the platform fee
        $  | Payoneer directly is fine
        """

    private static let feedback = """
        f  | I'll give a refund if you leave 5 stars
        f  | Feedback for feedback?
        f  | I take small contracts to build my feedback
        f  | please leave a 5-star review
        f  | kindly give me a perfect private rating
        f  | free work in exchange for a review
        f  | leave a 5-star review and get 20% off your next order
        f  | review for review
        f  | I need you to give 10 in private feedback
        f  | Anything less than 5 stars hurts me, so please rate 5 stars
        f  | discount for a good review
        f  | I offer a bonus for five-star feedback
        f  | let's exchange feedback
        f  | cheap test jobs just to build my reviews
        f  | please rate me five stars
        f  | refund in exchange for a positive review
        f  | I'll hire myself from another account
        f  | make sure to leave a 5 star rating
        f  | give me a perfect 10 private feedback
        f  | free logo if you leave a review
        """

    private static let mixed = """
        hp | WhatsApp me on +1 415 555 2671
        ep | Email john@gmail.com or call (415) 555-2671
        hl | Skype: live:jd_42, site: johndoe.dev
        $e | Pay via PayPal at john@gmail.com
        lh | t.me/johndoe or telegram @johndoe
        ap | Office at 221 Baker Street, phone 020 7946 0958
        f$ | leave 5 stars and I'll refund you; pay me via PayPal
        le | Visit johndoe.dev or email hello@johndoe.dev
        """

    private static let negatives = """
           | My rate is $1,250.00 per project
           | I have 10+ years of experience since 2013
           | Delivered on 2024-03-15, invoice #20240315
           | Upgraded the app from v2.10.3 to 3.0.1
           | Handled 1,000,000+ records across 12 microservices
           | Available Mon-Fri 09:00-17:30 UTC
           | Order ID 4155552671 shipped
           | Python 3.11.7, Node 20.10.0, iOS 17.2.1
           | ISBN 978-3-16-148410-0
           | Scored 98/100 on the Swift test on 12/05/2023
           | Budget 2000-3000 USD, 40 hrs/week, 2023-2024
           | Improved CTR by 23.5% (1.2 -> 1.48) across 150,000 sessions
           | I build with Next.js, Chart.js, Three.js and .NET MAUI
           | ASP.NET Core, VB.NET, ADO.NET, Socket.io and Node.js
           | I build Viber chatbots
           | moved a 40-person team from Slack to Microsoft Teams
           | set up Stripe and Square checkout for online shops
           | billing through the platform's hourly contracts
           | revisions until you are happy with the result
           | I met him at home and worked at Google
           | Professor at UCLA, researcher at Stanford
           | I integrated PayPal and Stripe payment gateways into WooCommerce
           | Built a crypto wallet app with 50k users
           | I withdraw my earnings to Payoneer
           | All payments go through Upwork milestones
           | I never work outside Upwork
           | 100% Job Success and 40 five-star reviews
           | I would appreciate your honest feedback
           | Telegram bot development, WhatsApp Business API integration
           | Skype for Business migration to Teams
           | Discord bots: moderation, tickets, music
           | Coordinates 37.7749, -122.4194
           | Served 1 500 000 users in 2022
           | Call of Duty fan; I answer calls on Upwork
           | SKU 123-456-7890 restocked
           | Credit card 4111 1111 1111 1111 processing
           | Grew revenue from $25,000 to $250,000 in 12 months
           | Version 10.15.7 (19H2) build 2023.10.1
           | IP 192.168.100.200 blocked
           | Population 8,336,817; area 783.8 km2
           | files: setup.py, README.md, build.sh, data.zip
           | I shipped it and it worked.Design matters to me.
           | Dates: 12.05.2023 - 15.06.2023
           | Between 1990-2000 and 2005-2010
           | SSN-like 123-45-6789 is not a phone
           | Section 4.2.1.3 of the spec
           | Reached 2,500,000 downloads and 4.8 rating
           | 2019 2020 2021 2022 Awards
           | Ref 2023/11/24-0001
           | I love polka dot dresses
           | the dot com era taught us a lot
           | One two three, let's go
           | I have one dog and two cats
           | Top 5 tips: plan, build, test, ship, repeat
           | Email marketing expert: Mailchimp, Klaviyo, HubSpot
           | I design Gmail templates and Outlook signatures
           | Available on Upwork 7 days a week
           | We can talk on Upwork chat or an Upwork Zoom call
           | Skills: Telegram, WhatsApp, Viber integrations
           | Built the Folding@Home dashboard and @mentions
           | Follow best practices @ scale
           | Worked 3 way merges and 2 place settings
           | Managed 40 Wall Street clients
           | 101 main straight lines of code
           | Scrum.org certified, Booking.com alumni, Amazon.com seller tools
           | Paid search via Google Ads and Microsoft Ads
           | I pay attention to details through every stage
           | Payment integration with PayPal, Stripe, Braintree
           | Invoice automation directly in QuickBooks
           | I work directly with founders and CTOs
           | Feedback from clients: great communication
           | I ask every client for honest feedback at the end
           | Stars: 4.9 from 120 reviews
           | Free consultation for new clients. Reviews speak for themselves.
           | Get 10% off your first project
           | Built a 5-star rated app on the App Store
           | Direct communication, clear milestones
           | Fluent in English, Spanish, Portuguese
           | I draw portraits at 300 dpi in 4 hours
           | Year 2024: 52 projects, 48 clients, 4.9 stars
           | Score 1600/1600 SAT, 36 ACT
           | Ranked #1 of 2,000,000 freelancers
           | Call to action buttons increased signups 35%
           | Text message marketing campaigns (SMS) with Twilio
           | Phone app development with Swift
           | Mobile-first design, 2x retina images @2x.png
           | Lat/long 51.5074 N, 0.1278 W
           | 12 x 18 inch posters, 300 x 250 banners
           | Q3 2023: 1,234 tickets closed
           | ISO 9001:2015 and ISO 27001
           | Published in IEEE Trans. 2021, 34(5): 1123-1145
           | Zip 94107 office
           | React 18.2.0 / Next 14.1.0 / Node 20.11.1
           | from 9am to 5pm, 5 days, 40 hours
           | 0.5% error rate at 99.95% uptime
           | Hex colors #4e32ff and #123
           | UUID 123e4567-e89b-12d3-a456-426614174000
           | Patent US 10,123,456 B2
           | Price range 1000-5000
           | In 2015-2016 I led 3 teams
           | Reach new customers with SEO
           | I am available at short notice
           | Add me to your team and watch results
           | Message queues with Kafka and RabbitMQ
           | Line charts, signal processing, snap-to-grid
           | Instagram marketing: grew 3 accounts to 120k followers
           | Facebook Ads: 2M+ reach, 4.1 ROAS
           | LinkedIn outreach campaigns for B2B
           | Twitter API, Telegram API, Discord API
           | WeChat mini programs and Alipay integration
           | Crypto trading bot on Binance API
           | Bank reconciliation in Xero
           | Wise choice for startups
           | Outside of work I run marathons
           | Upwork fees are covered in my rate
           | I review code for free on open-source projects
           | Perfect pixel designs
           | five years in fintech, eight in design
           | one-on-one coaching, two-week sprints
           | Dial in your brand voice
           | Ring lights and studio photography
           | Text editing and proofreading, 2000 words a day
           | The Street Art project in 2019
           | Dr. Smith's clinic website
           | Mr.Robot fan, e.g. hacking, i.e. security
           | U.S. based, St. Louis
           | Contact forms and booking widgets built in Webflow
           | I automate WhatsApp messages for clinics
           | I create calendly-style booking apps
           | Telegram channel growth strategies
           | Migrated email from Gmail to Outlook for 200 users
           | I use Slack, Zoom and Loom daily
           | Bilingual: English at C2, German at B2
           | Rated 5 stars by 98% of clients
           | I never ask for five-star reviews in exchange for anything
           | If bugs show up in my code, I fix them without any extra charges
           | Transparent pricing, no hidden fees
           | I help shops avoid hidden fees in their payment stack
        """
}
