/// Finds off-platform intents from cue words in any listed language: the lexicon (`Lexicon`, `CueClass`) marks
/// the few places worth a look (payment rails, channels, fees, contact nouns, "outside", reviews), and each rule
/// below reads the context classes in the same sentence around such an anchor. The rules are the families of issue
/// 19, not sentences: a rail with a paying word, a channel not named as the work, a request for the other side's
/// contact, the talk moved elsewhere, feedback tied to a reward or a condition. Negation and policy talk ("I never
/// take payment outside Upwork", "the terms forbid…") cancel a match.
enum CueDetector {
    struct Found {
        var kind: ContactMatch.Kind
        var range: Range<Int>
        var detail: String
        var strength = ContactMatch.Strength.strong
    }

    /// Words that put a channel after them as the place to talk (`on Teams`, `via Signal`, `sa Line`).
    private static let prepositions: WordSet = [
        "on", "via", "over", "through", "in", "using", "thru", "at", "en", "por", "sur", "auf", "per", "na", "no",
        "em", "sa", "pe", "par", "qua", "lewat", "melalui", "uzerinden", "de", "bei",
    ]

    /// Matches, and the original ranges where negation, policy talk or a rail named as the work cancel the
    /// phrase patterns' payment and feedback matches too (`vetoes`).
    static func find(in text: NormalizedText, tokens: WordTokens, kinds: ContactMatch.Kinds)
        -> (matches: [ContactMatch], vetoes: [Range<Int>]) {
        var found: [Found] = []
        var vetoes: [Range<Int>] = []
        if tokens.summary.longestWord >= 26 { found += wallets(in: text, tokens: tokens) }
        if tokens.summary.hasInnerDot { found += callLinks(in: text.bytes) }
        let summary = tokens.summary
        if summary.hasAnchor || summary.hasNonASCIILetter || summary.hasMixedWord {
            let cues = Lexicon.cues(in: text, tokens: tokens)
            let vetoing: CueClass = [.policy, .negation, .scope]
            let anchored = cues.contains { !$0.cues.isDisjoint(with: CueClass.anchors) }
            if anchored || cues.contains(where: { !$0.cues.isDisjoint(with: vetoing) }) {
                let rules = Rules(cues: cues, tokens: tokens, text: text)
                if anchored { found += rules.run() }
                vetoes = rules.vetoes().map { text.originalRange(of: $0) }
            }
        }
        let matches = found.filter { kinds.contains($0.kind) }.map { item in
            ContactMatch(kind: item.kind, range: text.originalRange(of: item.range),
                         text: text.originalText(of: item.range), value: text.string(item.range),
                         detail: item.detail, strength: item.strength)
        }
        return (matches, vetoes)
    }

    // MARK: - The rules

    private struct Rules {
        let cues: [Lexicon.Cue]
        let tokens: WordTokens
        let text: NormalizedText
        /// Sentence number of each cue (sentence ends are tokens of their own).
        let sentences: [Int]

        init(cues: [Lexicon.Cue], tokens: WordTokens, text: NormalizedText) {
            self.cues = cues
            self.tokens = tokens
            self.text = text
            var sentences: [Int] = []
            sentences.reserveCapacity(cues.count)
            var sentence = 0
            var token = 0
            for cue in cues {
                while token < cue.tokens.lowerBound, token < tokens.count {
                    if tokens.is(token, WordTokens.sentenceEnd) { sentence += 1 }
                    token += 1
                }
                sentences.append(sentence)
            }
            self.sentences = sentences
        }

        /// The nearest cue (other than `index`) of `classes` in the same sentence, at most `bytes` away (gap
        /// between the two ranges); `before`/`after` restrict the side.
        func near(_ index: Int, _ classes: CueClass, within bytes: Int, before: Bool = true, after: Bool = true) -> Int? {
            let cue = cues[index]
            var best: (Int, Int)?
            if before {
                var other = index - 1
                while other >= 0, sentences[other] == sentences[index] {
                    let gap = cue.range.lowerBound - cues[other].range.upperBound
                    if gap > bytes { break }
                    if !cues[other].cues.isDisjoint(with: classes) {
                        best = (other, gap)
                        break
                    }
                    other -= 1
                }
            }
            if after {
                var other = index + 1
                while other < cues.count, sentences[other] == sentences[index] {
                    let gap = cues[other].range.lowerBound - cue.range.upperBound
                    if gap > bytes { break }
                    if !cues[other].cues.isDisjoint(with: classes), best.map({ gap < $0.1 }) ?? true {
                        best = (other, gap)
                        break
                    }
                    other += 1
                }
            }
            return best?.0
        }

        /// A negation up to 40 bytes before the first cue of a match (or between its cues), or policy talk anywhere
        /// in the sentence.
        func cancelled(_ involved: [Int]) -> Bool {
            guard let first = involved.min(), let last = involved.max() else { return false }
            var other = first - 1
            while other >= 0, sentences[other] == sentences[first],
                  cues[first].range.lowerBound - cues[other].range.upperBound <= 40 {
                // Portuguese "no" (in the) right before a name is no negation: "me chama no WhatsApp".
                let adjacentNo = other == first - 1 && tokens.bytes[cues[other].range].elementsEqual("no".utf8)
                    && cues[first].range.lowerBound - cues[other].range.upperBound <= 1
                if cues[other].cues.contains(.negation), !adjacentNo { return true }
                other -= 1
            }
            for between in first...last where cues[between].cues.contains(.negation) && !involved.contains(between) {
                return true
            }
            // Verb-final languages put the negation last ("भुगतान नहीं लेता", "payment nahi leta").
            var next = last + 1
            while next < cues.count, sentences[next] == sentences[last],
                  cues[next].range.lowerBound - cues[last].range.upperBound <= 12 {
                if cues[next].cues.contains(.negation) { return true }
                next += 1
            }
            return cues.indices.contains { sentences[$0] == sentences[first] && cues[$0].cues.contains(.policy) }
        }

        /// The folded range of the sentence holding cue `index`.
        func sentenceRange(_ index: Int) -> Range<Int> {
            var start = cues[index].tokens.lowerBound
            while start > 0, !tokens.is(start - 1, WordTokens.sentenceEnd) { start -= 1 }
            var end = cues[index].tokens.lowerBound
            while end < tokens.count, !tokens.is(end, WordTokens.sentenceEnd) { end += 1 }
            let lower = start < tokens.count ? tokens[start].range.lowerBound : cues[index].range.lowerBound
            let upper = end > 0 ? tokens[min(end, tokens.count) - 1].range.upperBound : cues[index].range.upperBound
            return lower..<max(lower, upper)
        }

        /// Where the phrase patterns' payment and feedback matches are cancelled as well: from a negation to 60
        /// bytes on, a sentence of policy talk, 15 bytes around a word that makes a rail the work.
        func vetoes() -> [Range<Int>] {
            var vetoes: [Range<Int>] = []
            for index in cues.indices {
                let cue = cues[index]
                if cue.cues.contains(.policy) {
                    vetoes.append(sentenceRange(index))
                } else if cue.cues.contains(.negation) {
                    let sentence = sentenceRange(index)
                    vetoes.append(cue.range.lowerBound..<max(cue.range.upperBound, min(sentence.upperBound,
                                                                                    cue.range.upperBound + 60)))
                } else if cue.cues.contains(.scope) {
                    vetoes.append(max(0, cue.range.lowerBound - 15)..<cue.range.upperBound + 15)
                }
            }
            let count = tokens.bytes.count
            return vetoes.map { min($0.lowerBound, count)..<min($0.upperBound, count) }
        }

        func span(_ involved: [Int]) -> Range<Int> {
            let lower = involved.map { cues[$0].range.lowerBound }.min() ?? 0
            let upper = involved.map { cues[$0].range.upperBound }.max() ?? 0
            return lower..<upper
        }

        /// Whether the sentence of cue `index` asks a question after it (`?` before the sentence ends).
        func asksAfter(_ index: Int) -> Bool {
            var at = cues[index].range.upperBound
            let bytes = tokens.bytes
            while at < bytes.count, at - cues[index].range.upperBound < 80 {
                switch bytes[at] {
                case 0x3F: return true
                case 0x0A: return false
                case 0x2E, 0x21:
                    if at + 1 >= bytes.count || !FoldedByte.isWord(bytes[at + 1]) { return false }
                    at += 1
                default: at += 1
                }
            }
            return false
        }

        /// Whether a channel's name is followed by a dot and a label (`discord.js`, `t.me`): a library or a link,
        /// left to the link detector.
        func isDotted(_ index: Int) -> Bool {
            let end = cues[index].range.upperBound
            let bytes = tokens.bytes
            return end + 1 < bytes.count && bytes[end] == 0x2E && FoldedByte.isWord(bytes[end + 1])
        }

        func run() -> [Found] {
            var found: [Found] = []
            for index in cues.indices {
                let cue = cues[index].cues
                guard !cue.isDisjoint(with: CueClass.anchors) else { continue }
                let name = Lexicon.name(cues[index].name)
                if cue.contains(.rail), let item = rail(index, name) { found.append(item) }
                if cue.contains(.channel), let item = channel(index, name) { found.append(item) }
                if cue.contains(.wordlikeChannel), !cue.contains(.channel), let item = wordlikeChannel(index, name) {
                    found.append(item)
                }
                if cue.contains(.social), let item = social(index, name) { found.append(item) }
                if cue.contains(.pay), !cue.contains(.rail), let item = payOutside(index) { found.append(item) }
                if cue.contains(.fee), let item = fee(index) { found.append(item) }
                if cue.contains(.outside), let item = outside(index) { found.append(item) }
                if cue.contains(.contactNoun), !cue.contains(.channel), let item = contactRequest(index) {
                    found.append(item)
                }
                if cue.contains(.review), let item = feedback(index) { found.append(item) }
            }
            return found
        }

        /// Family 4: a rail with a paying, accepting or "directly" word, not named as the work.
        func rail(_ index: Int, _ name: String) -> Found? {
            guard near(index, .scope, within: 30) == nil, !isDotted(index) else { return nil }
            var context = near(index, [.pay, .direct, .accept, .outside, .fee], within: 50)
            if context == nil, let mine = near(index, .mine, within: 2, after: false) { context = mine }
            if context == nil, let noun = near(index, .contactNoun, within: 12, before: false) { context = noun }
            // "Zelle me the deposit", "PayPal me": the rail as a verb.
            let after = cues[index].tokens.upperBound
            if context == nil, after < tokens.count, tokens.text(after) == "me", !cancelled([index]) {
                return Found(kind: .payment, range: cues[index].range.lowerBound..<tokens[after].range.upperBound,
                             detail: "payment by \(name) directly")
            }
            guard let context else { return nil }
            if near(index, .inside, within: 50) != nil, near(index, [.outside, .direct], within: 50) == nil { return nil }
            let involved = [index, context]
            guard !cancelled(involved) else { return nil }
            return Found(kind: .payment, range: span(involved), detail: "payment by \(name) directly")
        }

        /// Family 4 without a rail: paying outside or directly.
        func payOutside(_ index: Int) -> Found? {
            guard let context = near(index, [.outside, .direct], within: 20),
                  near(index, .rail, within: 50) == nil, near(index, .scope, within: 20) == nil,
                  near(index, .inside, within: 40) == nil else { return nil }
            if cues[context].cues.contains(.outside), !cues[context].cues.contains(.platform),
               near(context, .platform, within: 30) == nil, !cues[context].cues.contains(.direct) {
                return nil
            }
            let involved = [index, context]
            guard !cancelled(involved) else { return nil }
            return Found(kind: .payment, range: span(involved), detail: "paying outside the platform")
        }

        /// Family 4: the platform's fee avoided ("we both keep the commission", "without the middleman").
        func fee(_ index: Int) -> Found? {
            guard let avoid = near(index, .avoid, within: 40) else { return nil }
            let involved = [index, avoid]
            guard !cancelled(involved) else { return nil }
            return Found(kind: .payment, range: span(involved), detail: "avoiding the platform fee")
        }

        /// Families 4 and 6: somewhere other than the platform, with paying (payment) or talking (contact).
        func outside(_ index: Int) -> Found? {
            let cue = cues[index].cues
            let platform = cue.contains(.platform) ? index : near(index, .platform, within: 30)
            guard let platform, near(index, .inside, within: 30) == nil else { return nil }
            if let pay = near(index, .pay, within: 40) {
                let involved = [index, pay, platform]
                guard !cancelled(involved) else { return nil }
                return Found(kind: .payment, range: span(involved), detail: "paying outside the platform")
            }
            guard let talk = near(index, .talk, within: 45) else { return nil }
            let involved = [index, talk, platform]
            guard !cancelled(involved) else { return nil }
            return Found(kind: .offPlatform, range: span(involved), detail: "moves the conversation off Upwork")
        }

        /// Family 5: a messenger or call app named, with any verb or none, unless it is the work.
        func channel(_ index: Int, _ name: String) -> Found? {
            guard near(index, .scope, within: 40) == nil, !isDotted(index), !cancelled([index]),
                  near(index, .inside, within: 30) == nil, near(index, .platform, within: 1, after: false) == nil
            else { return nil }
            // "we chat" closes up to `wechat` in the normaliser: two ordinary words, not the app.
            if text.originalText(of: cues[index].range).lowercased() == "we chat" { return nil }
            return Found(kind: .handle, range: cues[index].range, detail: name)
        }

        /// Family 5: a channel whose name is a word counts beside another channel or after "on"/"via" with a verb.
        func wordlikeChannel(_ index: Int, _ name: String) -> Found? {
            guard near(index, .scope, within: 40) == nil, !isDotted(index), near(index, .inside, within: 30) == nil
            else { return nil }
            var involved = [index]
            if let other = near(index, [.channel, .wordlikeChannel], within: 25) {
                involved.append(other)
            } else if let call = near(index, .talk, within: 1, before: false) {
                involved.append(call)  // "Teams call", "Signal chat"
            } else {
                let token = cues[index].tokens.lowerBound
                guard token > 0, tokens.is(token - 1, in: prepositions),
                      let talk = near(index, .talk, within: 30, after: false) else { return nil }
                involved.append(talk)
            }
            guard !cancelled(involved) else { return nil }
            return Found(kind: .handle, range: span(involved), detail: name)
        }

        /// Family 5: a social network with an invitation to reach the writer there.
        func social(_ index: Int, _ name: String) -> Found? {
            guard near(index, .scope, within: 30) == nil, !isDotted(index),
                  let talk = near(index, .talk, within: 25, after: false) else { return nil }
            let involved = [index, talk]
            guard !cancelled(involved) else { return nil }
            return Found(kind: .handle, range: span(involved), detail: name)
        }

        /// Family 6: asking for the other side's contact, or offering one's own with no detail.
        func contactRequest(_ index: Int) -> Found? {
            let cue = cues[index].cues
            // A channel or rail named near it makes it a handle or payment detail ("WhatsApp number", "PayPal email").
            if near(index, [.channel, .wordlikeChannel], within: 60) != nil || near(index, .rail, within: 12) != nil {
                return nil
            }
            var involved = [index]
            let yours = cue.contains(.yours) ? index : near(index, .yours, within: 16, after: false)
                ?? near(index, .yours, within: 8, before: false)
            let mine = cue.contains(.mine) ? index : near(index, .mine, within: 16, after: false)
            if cue.contains(.talk), cues[index].tokens.count > 1 {
                // "email me", "text me": the verb is in the entry.
            } else if let yours {
                involved.append(yours)
                if cue.contains(.ask) {
                    // "apna number do": the request is in the entry.
                } else if let ask = near(index, .ask, within: 40) {
                    involved.append(ask)
                } else if !asksAfter(index) {
                    return nil
                }
            } else if let mine {
                guard let verb = near(index, [.ask, .talk], within: 40) else { return nil }
                involved += [mine, verb]
            } else if let ask = near(index, .lateAsk, within: 16, before: false) {
                involved.append(ask)  // verb-final requests: "メールアドレスを教えて", "numaranızı verin"
            } else if let ask = near(index, .ask, within: 20, after: false), asksAfter(index) {
                involved.append(ask)  // "what's the best number to reach you?"
            } else {
                return nil
            }
            guard !cancelled(involved) else { return nil }
            return Found(kind: .offPlatform, range: span(involved), detail: "asks for or offers contact details")
        }

        /// Family 7: feedback tied to a reward, a token contract or a held delivery, as a plan or a condition.
        func feedback(_ index: Int) -> Found? {
            var involved = [index]
            if let swap = near(index, .exchange, within: 30) {
                involved.append(swap)
            } else if let reward = near(index, .reward, within: 30, after: false) ?? near(index, .reward, within: 8,
                                                                                            before: false) {
                involved.append(reward)  // "a discount for five stars", "好评返现"
            } else if let reward = near(index, [.reward, .token, .deliver], within: 45),
                      let condition = near(index, [.condition, .exchange], within: 45) {
                involved += [reward, condition]
            } else {
                return nil
            }
            guard !cancelled(involved) else { return nil }
            return Found(kind: .feedback, range: span(involved), detail: "feedback tied to a reward or a condition")
        }
    }

    // MARK: - Shapes

    private static let base58 = ByteSet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    private static let bech32 = ByteSet("qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    private static let hex = ByteSet("0123456789abcdef")

    /// Family 4: crypto wallet addresses by shape: Bitcoin (legacy `1…`/`3…` in mixed case, bech32 `bc1…`),
    /// Ethereum and ERC-20 (`0x` + 40 hex digits), Tron/USDT-TRC20 (`T…`, 34 base58 characters).
    static func wallets(in text: NormalizedText, tokens: WordTokens) -> [Found] {
        var found: [Found] = []
        for index in 0..<tokens.count where tokens[index].range.count >= 26 && tokens[index].range.count <= 62 {
            let range = tokens[index].range
            let folded = tokens.bytes[range]
            let original = Array(text.original[text.originalRange(of: range)])
            guard original.count == folded.count else { continue }
            let first = original[0]
            var name: String?
            if folded.starts(with: Array("0x".utf8)), folded.count == 42, folded.dropFirst(2).allSatisfy(hex.contains) {
                name = "Ethereum"
            } else if folded.starts(with: Array("bc1".utf8)), folded.count >= 42,
                      folded.dropFirst(3).allSatisfy(bech32.contains) {
                name = "Bitcoin"
            } else if first == UInt8(ascii: "T"), original.count == 34, original.allSatisfy(base58.contains),
                      original.contains(where: { $0 >= 0x61 }) {
                name = "USDT (TRC20)"
            } else if first == UInt8(ascii: "1") || first == UInt8(ascii: "3"), original.count <= 35,
                      original.allSatisfy(base58.contains), original.contains(where: { $0 >= 0x61 }),
                      original.dropFirst().contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                name = "Bitcoin"
            }
            if let name { found.append(Found(kind: .payment, range: range, detail: "payment to a \(name) wallet")) }
        }
        return found
    }

    private static let callHosts: [[UInt8]] = [
        "zoom.us/j/", "zoom.us/my/", "zoom.us/s/", "meet.google.com/", "teams.microsoft.com/l/meetup",
        "teams.live.com/meet", "meet.jit.si/", "whereby.com/", "webex.com/meet", "gotomeet.me/", "join.skype.com/",
        "meet.zoho.com/",
    ].map { Array($0.utf8) }

    /// Where each call host's first dot sits (`zoom.us/j/` → 4): the scan visits the text's dots only.
    private static let callHostDots: [Int] = callHosts.map { $0.firstIndex(of: 0x2E)! }

    /// Family 5: video-call links (a meeting room is a way to talk off the platform).
    static func callLinks(in bytes: [UInt8]) -> [Found] {
        // Every host holds a dot, so an occurrence is found from the dot at its host's first-dot offset: one pass
        // over the text instead of one per host. Starts are collected per host in text order, then each host's
        // run is taken as before (a match resumes the search at its end), so the matches and their order stay
        // those of a scan per host.
        var starts: [[Int]] = []
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var dot = 0
            while dot < count {
                if buffer[dot] != 0x2E {
                    dot += 1
                    continue
                }
                for (index, host) in callHosts.enumerated() {
                    let at = dot - callHostDots[index]
                    guard at >= 0, at + host.count <= count, buffer[at] == host[0] else { continue }
                    var same = true
                    for offset in 1..<host.count where buffer[at + offset] != host[offset] {
                        same = false
                        break
                    }
                    guard same else { continue }
                    if at > 0 {
                        let before = buffer[at - 1]
                        guard !FoldedByte.isWord(before) && before != 0x2E || before == 0x2F else { continue }
                    }
                    if starts.isEmpty { starts = Array(repeating: [], count: callHosts.count) }
                    starts[index].append(at)
                }
                dot += 1
            }
        }
        guard !starts.isEmpty else { return [] }
        var found: [Found] = []
        for (index, host) in callHosts.enumerated() {
            var resume = 0
            for at in starts[index] where at >= resume {
                var end = at + host.count
                while end < bytes.count, FoldedByte.isWord(bytes[end]) || "-_?=/".utf8.contains(bytes[end]) { end += 1 }
                found.append(Found(kind: .handle, range: at..<end, detail: "video-call link"))
                resume = end
            }
        }
        return found
    }
}
