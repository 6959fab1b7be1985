import EligibilityEngine
import Foundation
import ProfileLintKit
import Testing

/// `--what-if --format json` went through `JSONEncoder`; it now goes through `JSONWriter` and must stay byte for
/// byte what the encoder wrote (sorted keys, absent values left out, pretty-printed).
@Suite struct WhatIfJSONTests {
    static let answers: [WhatIf] = {
        var displayed = WhatIf(target: 90, contractEarnings: 600, currentJSS: 89, contractsNeeded: 1, resultingJSS: 90)
        displayed.basis = "displayed"
        displayed.estimatedJSS = 100
        var unexplained = WhatIf(
            target: 95, contractEarnings: 1234.5, currentJSS: 70, contractsNeeded: nil,
            resultingJSS: nil)
        unexplained.basis = "displayed"
        unexplained.estimatedJSS = nil
        return [
            WhatIf(target: 90, contractEarnings: 1000, currentJSS: nil, contractsNeeded: 9, resultingJSS: 90),
            WhatIf(target: 100, contractEarnings: 0.25, currentJSS: 0, contractsNeeded: nil, resultingJSS: nil),
            displayed, unexplained,
        ]
    }()

    @Test(arguments: answers)
    func theWriterWritesWhatTheEncoderWrote(_ answer: WhatIf) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let encoded = String(decoding: try encoder.encode(answer), as: UTF8.self)
        #expect(try JSONReporter.whatIf(answer) == encoded)
    }
}
