/// How single characters fold before detection: the tables behind `TextNormalizer`'s first pass.
///
/// Written by hand because ProfileRules avoids Foundation (no NFKC): full-width forms, mathematical alphanumerics
/// and circled letters are folded by arithmetic in `TextNormalizer`; everything listed here is a literal table.
enum CharacterFolding {
    /// Invisible characters people slip into addresses to defeat filters (dropped).
    static let invisible: Set<UInt32> = [
        0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068,
        0x2069, 0x3164, 0xFE0E, 0xFE0F, 0xFEFF, 0xFFA0,
    ]

    /// Non-ASCII characters that stand for one ASCII character: look-alike letters (a subset of Unicode's
    /// confusables, UTS #39: Cyrillic, Greek and IPA letters that render like Latin ones), spaces, dashes,
    /// quotes, dots and at-signs. Each pair is the character and its ASCII stand-in.
    static let singles: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for pair in pairs.split(separator: " ") {
            let scalars = Array(pair.unicodeScalars)
            guard scalars.count == 2, let ascii = UInt8(exactly: scalars[1].value) else { continue }
            table[scalars[0].value] = ascii
        }
        for space: UInt32 in [0x00A0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] { table[space] = Byte.space }
        for space in UInt32(0x2000)...0x200A { table[space] = Byte.space }
        for dash in UInt32(0x2010)...0x2015 { table[dash] = UInt8(ascii: "-") }
        return table
    }()

    // Cyrillic (lower, upper), Greek (lower, upper), IPA/Latin extensions, Latin small capitals (`ᴛᴇʟᴇɢʀᴀᴍ`, UTS #39
    // confusables), punctuation, currency signs (as `$`, so a price never reads as a phone number).
    private static let pairs = """
        аa еe оo рp сc уy хx іi јj ѕs ԁd һh ӏl ԛq ԝw кk ьb ѵv ҽe ɡg \
        Аa Вb Еe Кk Мm Нh Оo Рp Сc Тt Хx Уy Іi Јj Ѕs Ԁd Һh Ӏl Ԛq Ԝw \
        αa οo νv ιi κk ρp τt υu χx εe ϲc ϳj \
        Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx Ϲc \
        ɑa ɩi ɪi ʟl ᴏo ᴄc ᴜu ᴠv ᴡw ᴢz ℓl ıi \
        ᴀa ʙb ᴅd ᴇe ꜰf ɢg ʜh ᴊj ᴋk ᴍm ɴn ᴘp ʀr ꜱs ᴛt ʏy \
        −- ‐- ‑- ‒- –- —- ―- ﹣- \
        ‘' ’' ‚' ‛' ′' “" ”" „" ″" \
        ․. ‧. 。. ｡. ﹒. ∙. ﹫@ \
        €$ £$ ¥$ ₹$ ₱$ ₦$ ₽$ ₩$ ₺$ ₴$ ₫$ ₪$ ৳$ ₨$ №#
        """

    /// Base letters of U+00C0…U+017F (Latin-1 Supplement letters and Latin Extended-A), in code point order;
    /// `?` marks a non-letter (×, ÷) that folds to nothing useful.
    static let latinBaseLetters: [UInt8] = Array(
        ("aaaaaaaceeeeiiii" + "dnooooo?ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo?ouuuuyty"
            + "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iijjjjkkklllllll"
            + "lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "sssttttttuuuuuuu" + "uuuuwwyyyzzzzzzs").utf8)
}
