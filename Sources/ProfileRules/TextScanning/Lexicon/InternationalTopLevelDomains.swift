/// Internationalised top-level domains in their Unicode form (`.рф`, `.中国`, `.مصر`), for links written the way
/// their readers see them. Decoded (RFC 3492) from the `xn--` entries of IANA's `tlds-alpha-by-domain.txt` in
/// `TopLevelDomains` (version 2026051600); the two Latin ones fold to ASCII and are left out. A folded label
/// outside Latin is `0x80` bytes, so these are matched against the original text of the last label.
enum InternationalTopLevelDomains {
    static let all: Set<String> = Set(unicode.split(separator: " ").map(String.init))

    private static let unicode = """
        ελ ευ бг бел дети ею католик ком мкд мон москва онлайн орг рус рф сайт срб укр қаз հայ ישראל קום ابوظبي ارامكو \
        الاردن البحرين الجزائر السعودية العليان المغرب امارات ایران بارت بازار بيتك بھارت تونس سودان سورية شبكة عراق \
        عرب عمان فلسطين قطر كاثوليك كوم مصر مليسيا موريتانيا موقع همراه پاکستان ڀارت कॉम नेट भारत भारतम् भारोत संगठन \
        বাংলা ভারত ভাৰত ਭਾਰਤ ભારત ଭାରତ இந்தியா இலங்கை சிங்கப்பூர் భారత్ ಭಾರತ ഭാരതം ලංකා คอม ไทย ລາວ გე みんな アマゾン クラウド \
        グーグル コム ストア セール ファッション ポイント 世界 中信 中国 中國 中文网 亚马逊 企业 佛山 信息 健康 八卦 公司 公益 台湾 台灣 商城 商店 商标 嘉里 嘉里大酒店 在线 大拿 天主教 娱乐 家電 \
        广东 微博 慈善 我爱你 手机 招聘 政务 政府 新加坡 新闻 时尚 書籍 机构 淡马锡 游戏 澳門 点看 移动 组织机构 网址 网店 网站 网络 联通 谷歌 购物 通販 集团 電訊盈科 飞利浦 食品 餐厅 香格里拉 \
        香港 닷넷 닷컴 삼성 한국
        """
}
