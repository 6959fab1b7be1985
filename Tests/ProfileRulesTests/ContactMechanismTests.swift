import Testing

@testable import ProfileRules

/// The mechanisms behind issue 19's contact families: numbering plans as data, non-ASCII digits folded with an
/// exact byte map, boundaries without an ASCII space, and link classes.
@Suite struct ContactMechanismTests {
    @Test(arguments: [
        ("919876543210", true, "IN"), ("09876543210", false, "IN"), ("923001234567", true, "PK"),
        ("03001234567", false, "PK"), ("09171234567", false, "PH"), ("8801712345678", true, "BD"),
        ("01712345678", false, "BD"), ("13800138000", false, "CN"), ("8613800138000", true, "CN"),
        ("0501234567", false, "UA"), ("08031234567", false, "NG"), ("0712345678", false, "KE"),
        ("011912345678", false, "BR"), ("5511912345678", true, "BR"), ("01012345678", false, "EG"),
    ])
    func nationalMobilesMatchTheirPlan(digits: String, plus: Bool, country: String) {
        let countries = NationalPhonePlans.mobilePlans(of: Substring(digits), international: plus).map(\.country)
        #expect(countries.contains(country))
    }

    @Test(arguments: ["12800138000", "0212345678", "01112345", "5511312345678", "4155550123"])
    func otherDigitRunsMatchNoMobilePlan(digits: String) {
        // 128… is no Chinese mobile, a Brazilian 3… after the area code is a landline, 415… is no plan's mobile.
        #expect(NationalPhonePlans.mobilePlan(of: Substring(digits), international: digits.hasPrefix("55")) == nil)
    }

    @Test(arguments: ["رقمي ٠١٠١٢٣٤٥٦٧٨ شكرا", "नंबर ९८७६५ ४३२१० है", "电话１３８００１３８０００号", "ফোন০১৭১২৩৪৫৬৭৮"])
    func nonASCIIDigitsFoldAndPointAtTheOriginalBytes(text: String) throws {
        let match = try #require(ContactScanner.scan(text, for: [.phone]).first)
        let original = String(decoding: Array(text.utf8)[match.range], as: UTF8.self)
        #expect(match.text == original)
        let onlyDigits = original.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || $0 == " " }
        #expect(onlyDigits)
        let folded = match.value.allSatisfy { $0.isASCII && $0.isNumber }
        #expect(folded)
    }

    @Test(arguments: [
        ("电话是138-0013-8000", "138-0013-8000"), ("TEL-1(212)555-0142", "1(212)555-0142"),
        ("phone=+1 415 555 0199", "+1 415 555 0199"), ("Mobile#0300-1234567", "0300-1234567"),
        ("携帯：080-1234-5678", "080-1234-5678"), ("「電話」03-1234-5678", "03-1234-5678"),
    ])
    func phonesGluedToTheTextBeforeAreFound(text: String, number: String) {
        #expect(ContactScanner.scan(text, for: [.phone]).map(\.text) == [number])
    }

    @Test(arguments: [
        "report_2024_4155550123.pdf", "see scan-0917-123-4567.png", "(5600 - 7800) = -2200", "[1024 × 768]",
        "https://janedoe.dev/p/9876543210", "CNIC 35202-1234567-1", "SKU12345678", "version 0x7f3a 0x1234 0x5678",
    ])
    func digitsThatAreNotPhonesStaySilent(text: String) {
        #expect(ContactScanner.scan(text, for: [.phone]).isEmpty)
    }

    @Test(arguments: [
        ("WEB:https://www.janedoe-studio.com", "https://www.janedoe-studio.com"),
        ("网站：https://例子.中国/关于", "https://例子.中国/关于"), ("见bit.ly/3xYzAbc", "bit.ly/3xYzAbc"),
        ("Site-https://janedoe.org/about", "https://janedoe.org/about"), ("сайт пример-дизайн.рф", "пример-дизайн.рф"),
        ("https://xn--e1afmkfd.xn--p1ai/", "https://xn--e1afmkfd.xn--p1ai/"),
        ("https://jane.am/hello", "https://jane.am/hello"),
        ("my agency: janedoe.co.in", "janedoe.co.in"), ("tel:+14155550123", "tel:+14155550123"),
    ])
    func linksAreFoundWhereverTheyStart(text: String, link: String) {
        #expect(ContactScanner.scan(text, for: [.link]).map(\.text) == [link])
    }

    @Test func aServiceNameInsideADomainIsNoHandle() {
        #expect(ContactScanner.scan("I built twitter-dash.com and skype-clone.io", for: [.handle]).isEmpty)
        #expect(ContactScanner.scan("case studies at blog.acme.io", for: [.email]).isEmpty)
    }

    @Test(arguments: [
        ("calendly.com/jane/30min", LinkClass.directContact), ("linkedin.com/in/jane", .directContact),
        ("linkedin.com", .otherSite), ("bit.ly/x", .directContact), ("docs.google.com/forms/d/x", .directContact),
        ("docs.google.com/document/d/x", .workSample), ("behance.net/jane", .workSample),
        ("youtube.com/watch?v=x", .workSample), ("youtube.com/@jane", .directContact), ("janedoe.dev", .otherSite),
    ])
    func hostsFallInTheirClass(link: String, linkClass: LinkClass) {
        #expect(LinkClassifier().classify(link).linkClass == linkClass)
    }

    @Test func configuredHostsWinOverTheBuiltInLists() {
        var classifier = LinkClassifier()
        classifier.extra = [("https://www.GitHub.com/", .otherSite), ("janedoe.dev/book", .directContact)]
        #expect(classifier.classify("github.com/jane").linkClass == .otherSite)
        #expect(classifier.classify("github.com/jane").configured)
        #expect(classifier.classify("janedoe.dev/book/30").linkClass == .directContact)
        #expect(classifier.classify("janedoe.dev/blog").linkClass == .otherSite)
        #expect(!classifier.classify("janedoe.dev/blog").configured)
    }
}
