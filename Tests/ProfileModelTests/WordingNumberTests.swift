import ProfileModel
import Testing

/// `Wording.number`: the one place numbers in messages get their thousands separators.
@Suite struct WordingNumberTests {
    @Test(arguments: [
        (0, "0"), (999, "999"), (1000, "1,000"), (5001, "5,001"), (1_234_567, "1,234,567"),
        (-5001, "-5,001"), (Int.min, "-9,223,372,036,854,775,808"),
    ])
    func numbersGroupThousands(_ number: Int, _ shown: String) {
        #expect(Wording.number(number) == shown)
    }

    @Test func countsAndRangesUseTheSameGrouping() {
        #expect(Wording.count(5001, "character") == "5,001 characters")
        #expect(Wording.count(1000, "entry", plural: "entries") == "1,000 entries")
        #expect(Wording.count(1, "word") == "1 word")
        #expect(NumberRange.count.description == "a whole number from 0 to 1,000,000")
    }
}
