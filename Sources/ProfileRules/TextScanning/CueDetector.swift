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
        "em", "sa", "pe", "par", "qua", "lewat", "melalui", "uzerinden", "de", "bei", "di", "ke",
    ]

    /// Matches, and the original ranges where negation, policy talk or a rail named as the work cancel the
    /// phrase patterns' payment and feedback matches too (`vetoes`).
    static func find(
        in text: NormalizedText, tokens: WordTokens, kinds: ContactMatch.Kinds
    )
        -> (matches: [ContactMatch], vetoes: [Range<Int>])
    {
        var found: [Found] = []
        var vetoes: [Range<Int>] = []
        // Only the work the asked kinds need (a rule alone asks for its own kind): wallets are payments, call links
        // handles, vetoes cancel payment and feedback phrases, and the rules run where an anchor of theirs stands.
        if kinds.contains(.payment), tokens.summary.longestWord >= 26 { found += wallets(in: text, tokens: tokens) }
        if kinds.contains(.handle), tokens.summary.hasInnerDot { found += callLinks(in: text.bytes) }
        let anchors = anchors(for: kinds)
        let needsVetoes = kinds.contains(.payment) || kinds.contains(.feedback)
        let summary = tokens.summary
        // An inner dot may spell a name letter by letter (`w.h.a.t.s.a.p.p`).
        if !anchors.isEmpty || needsVetoes,
            summary.hasAnchor || summary.hasNonASCIILetter || summary.hasMixedWord || summary.hasInnerDot
        {
            let cues = joined(Lexicon.cues(in: text, tokens: tokens), text: text, tokens: tokens)
            let vetoing: CueClass = [.policy, .negation, .scope]
            let anchored = cues.contains { !$0.cues.isDisjoint(with: anchors) }
            if anchored || needsVetoes && cues.contains(where: { !$0.cues.isDisjoint(with: vetoing) }) {
                let rules = Rules(cues: cues, tokens: tokens, text: text)
                if anchored { found += rules.run() }
                if needsVetoes { vetoes = rules.vetoes().map { text.originalRange(of: $0) } }
            }
        }
        let matches = found.filter { kinds.contains($0.kind) }.map { item in
            ContactMatch(
                kind: item.kind, range: text.originalRange(of: item.range),
                text: text.originalText(of: item.range), value: text.string(item.range),
                detail: item.detail, strength: item.strength)
        }
        return (matches, vetoes)
    }

    /// The anchor classes whose rules (`Rules.run`) find `kinds`: a rail, a paying or fee word, an outside or away
    /// word pays outside; a channel, a word-like one or a social network is a handle; an outside, away or contact
    /// word moves the talk off the platform; a review word is feedback; a street word an address.
    static func anchors(for kinds: ContactMatch.Kinds) -> CueClass {
        var anchors: CueClass = []
        if kinds.contains(.payment) { anchors.formUnion([.rail, .pay, .fee, .outside, .away]) }
        if kinds.contains(.handle) { anchors.formUnion([.channel, .wordlikeChannel, .social]) }
        if kinds.contains(.offPlatform) { anchors.formUnion([.outside, .away, .contactNoun]) }
        if kinds.contains(.feedback) { anchors.formUnion(.review) }
        if kinds.contains(.address) { anchors.formUnion(.street) }
        return anchors
    }

    /// The cues with two readings settled: "we chat" (closed up to `wechat` by the normaliser) is talking, not
    /// the app; a place word right before a platform word ("off this website", "besides Upwork", "apart from here")
    /// is one cue for somewhere other than the platform. One pass over the few cues.
    private static func joined(_ cues: [Lexicon.Cue], text: NormalizedText, tokens: WordTokens) -> [Lexicon.Cue] {
        guard cues.contains(where: { !$0.cues.isDisjoint(with: [.away, .channel, .negation]) }) else { return cues }
        var result: [Lexicon.Cue] = []
        result.reserveCapacity(cues.count)
        var index = 0
        while index < cues.count {
            var cue = cues[index]
            if cue.cues.contains(.channel), Lexicon.name(cue.name) == "WeChat",
                text.originalText(of: cue.range).lowercased() == "we chat"
            {
                cue.cues = .talk
            } else if cue.cues.contains(.negation), index + 1 < cues.count, cues[index + 1].cues.contains(.inside),
                cues[index + 1].cues.isDisjoint(with: [.negation, .policy]),
                cues[index + 1].range.lowerBound - cue.range.upperBound <= 1,
                // Only a route ("through", "via") names the other place: "not on Upwork 24/7" is availability.
                cues[index + 1].tokens.lowerBound < tokens.count,
                tokens.is(cues[index + 1].tokens.lowerBound, in: routeWords)
            {
                // "not through Upwork", "not via the platform": the negated inside is the other place, no refusal
                // ("Bonus can go to my Payoneer, not through Upwork").
                let inside = cues[index + 1]
                result.append(
                    Lexicon.Cue(
                        range: cue.range.lowerBound..<inside.range.upperBound, cues: [.outside, .platform], name: 0,
                        tokens: cue.tokens.lowerBound..<max(cue.tokens.upperBound, inside.tokens.upperBound)))
                index += 2
                continue
            } else if cue.cues.contains(.away), let place = placeAfter(away: index, in: cues, text: text) {
                let platform = cues[place]
                cue = Lexicon.Cue(
                    range: cue.range.lowerBound..<platform.range.upperBound,
                    cues: cue.cues.union([.outside, .platform]).subtracting(.away), name: 0,
                    tokens: cue.tokens.lowerBound..<max(cue.tokens.upperBound, platform.tokens.upperBound))
                // The cues between keep their own reading ("instead of billing you on Upwork": billing pays).
                result.append(cue)
                result += cues[index + 1..<place]
                index = place + 1
                continue
            }
            result.append(cue)
            index += 1
        }
        return result
    }

    /// The platform or staying-inside cue that away cue `index` puts outside: one of the next three cues, at most
    /// 24 bytes of words away ("off this website", "besides Upwork", "instead of going through Upwork", "outside of
    /// Upwork Messages", "instead of billing you on Upwork").
    private static func placeAfter(away index: Int, in cues: [Lexicon.Cue], text: NormalizedText) -> Int? {
        let end = cues[index].range.upperBound
        for next in index + 1..<min(index + 4, cues.count) {
            let between = text.bytes[end..<max(end, cues[next].range.lowerBound)]
            guard between.count <= 24, between.allSatisfy({ $0 == Byte.space || FoldedByte.isWord($0) }) else {
                return nil
            }
            if !cues[next].cues.isDisjoint(with: [.platform, .inside]) {
                return next
            }
        }
        return nil
    }

    // MARK: - The rules

    private struct Rules {
        let cues: [Lexicon.Cue]
        let tokens: WordTokens
        let text: NormalizedText
        /// Sentence number of each cue (sentence ends are tokens of their own).
        let sentences: [Int]
        /// Whether each sentence holds policy talk, indexed by sentence number: read once here, so that cancelling
        /// a match does not scan every cue of the text again (that made a long text of many cues quadratic).
        let policySentences: [Bool]
        /// The classes lists are read in (`listHead`), and for each the head of every cue's list, computed once
        /// here: walking back over the list for each name made a long list of names quadratic.
        private static let listClasses: [CueClass] = [
            .rail, [.channel, .wordlikeChannel, .social], [.channel, .wordlikeChannel],
        ]
        let listHeads: [[Int]]

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
            var policySentences = [Bool](repeating: false, count: (sentences.last ?? 0) + 1)
            for (index, cue) in cues.enumerated() where cue.cues.contains(.policy) {
                policySentences[sentences[index]] = true
            }
            self.policySentences = policySentences
            listHeads = Self.listClasses.map { classes in
                // Left to right: a name joined to the previous one shares its head.
                var heads = Array(cues.indices)
                for index in cues.indices.dropFirst()
                where sentences[index - 1] == sentences[index]
                    && !cues[index - 1].cues.isDisjoint(with: classes)
                    && cues[index].range.lowerBound - cues[index - 1].range.upperBound <= 8
                {
                    heads[index] = heads[index - 1]
                }
                return heads
            }
        }

        /// The nearest cue (other than `index`) of `classes` in the same sentence, at most `bytes` away (gap
        /// between the two ranges); `before`/`after` restrict the side.
        func near(_ index: Int, _ classes: CueClass, within bytes: Int, before: Bool = true, after: Bool = true) -> Int?
        {
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

        /// The nearest cue after `index` in its sentence, at most `bytes` away, holding every class of `classes`: a
        /// verb-final ask ("メールアドレスを後で教えて") is not hidden by a nearer verb-final condition or negation, which
        /// `near(index, .verbFinal, …)` would return first.
        func nearest(_ index: Int, _ classes: CueClass, within bytes: Int) -> Int? {
            var other = index + 1
            while other < cues.count, sentences[other] == sentences[index],
                cues[other].range.lowerBound - cues[index].range.upperBound <= bytes
            {
                if cues[other].cues.isSuperset(of: classes) { return other }
                other += 1
            }
            return nil
        }

        /// A negation up to 40 bytes before the first cue of a match (or between its cues), or policy talk anywhere
        /// in the sentence.
        func cancelled(_ involved: [Int]) -> Bool {
            guard let first = involved.min(), let last = involved.max() else { return false }
            if involved.contains(where: refusedByNo) { return true }
            var other = first - 1
            while other >= 0, sentences[other] == sentences[first],
                cues[first].range.lowerBound - cues[other].range.upperBound <= 40
            {
                // Portuguese "no" (in the) right before a name is no negation: "me chama no WhatsApp".
                // A sentence-initial or listed "No PayPal, no bank transfers" is a refusal.
                let before = cues[other].tokens.lowerBound - 1
                let adjacentNo =
                    other == first - 1 && tokens.bytes[cues[other].range].elementsEqual("no".utf8)
                    && cues[first].range.lowerBound - cues[other].range.upperBound <= 1
                    && before >= 0 && tokens[before].isLetters
                if cues[other].cues.contains(.negation), !adjacentNo {
                    // "I don't ask everyone, but a 5-star for a discount would help": a contrast between ends the
                    // negation's reach (and that of any before it).
                    if contrastBetween(other, first) { break }
                    return true
                }
                other -= 1
            }
            for between in first...last where cues[between].cues.contains(.negation) && !involved.contains(between) {
                // "otherwise I can't give the discount", "if you don't leave…", "if the feedback isn't 5 stars": the
                // negation is the condition's, not a refusal.
                if inCondition(between) { continue }
                if isContrast(between) || inPurposeClause(between) { continue }
                return true
            }
            // Verb-final languages put the negation last ("भुगतान नहीं लेता", "payment nahi leta"). A negation
            // behind a condition is the condition's ("Western Union works if you can't fund the milestone"), and
            // one before the platform is a contrast ("write me directly, not through the site").
            // A threat's own negation follows its swap or condition ("anything less and I can't keep the price"),
            // but a review word carrying its own trade, or glued to it, is what the negation denies ("review swaps
            // are not something I do", "feedback swaps aren't…"). A postposed condition (a verb-final list's "ke badle", "sonra") closes the clause before it,
            // so the negation after it is the main verb's ("review ke badle nahi milegi"), counted from its end.
            var next = last + 1
            var end = cues[last].range.upperBound
            // Whether a comma stands between `end` and `limit`: scanned forward once per `end`, so the walk over
            // the sentence's later cues stays linear in its bytes.
            var commaScan = end
            var commaSeen = false
            func commaAfterEnd(before limit: Int) -> Bool {
                while !commaSeen, commaScan < limit {
                    commaSeen = tokens.bytes[commaScan] == Byte.comma
                    commaScan += 1
                }
                return commaSeen
            }
            let tradeNoun =
                cues[last].cues.contains(.review)
                || last > 0 && cues[last - 1].cues.contains(.review)
                    && cues[last].range.lowerBound - cues[last - 1].range.upperBound <= 1
            let threat = !cues[last].cues.isDisjoint(with: [.condition, .exchange]) && !tradeNoun
            while !threat, next < cues.count, sentences[next] == sentences[last] {
                // A verb-final list's negation ends its clause whatever lies between ("Upwork以外での支払いは
                // お受けしていません", but not past a comma); any other must follow within 12 bytes.
                guard
                    cues[next].range.lowerBound - end <= 12
                        || cues[next].cues.contains([.negation, .verbFinal])
                            && !commaAfterEnd(before: cues[next].range.lowerBound)
                else {
                    // Past a comma and 12 bytes, no later cue of the sentence can pass either (cues are in order).
                    if commaSeen { break }
                    next += 1
                    continue
                }
                if cues[next].cues.contains(.condition) {
                    guard cues[next].cues.contains(.verbFinal) else { break }
                    end = cues[next].range.upperBound
                    commaScan = end
                    commaSeen = false
                }
                if cues[next].cues.contains(.negation), !isContrast(next), !inPurposeClause(next),
                    !isQuestionParticle(next)
                {
                    return true
                }
                next += 1
            }
            return policySentences[sentences[first]]
        }

        /// Whether "no" stands right before cue `index` at the start of a clause ("No Skype, no Zoom", "Nope, no
        /// WhatsApp", "\"No WhatsApp, no Telegram\""): a refusal of what it names. "no fees", "no escrow", "no
        /// Upwork" leave out the platform's part and refuse nothing; Portuguese "no" (in the) after a word ("me chama
        /// no WhatsApp") is no refusal. "no" is read here, next to a cue, never looked up: it is too common a word
        /// for the lexicon's anchors.
        func refusedByNo(_ index: Int) -> Bool {
            let cue = cues[index].cues
            // "No final files until the rating is in", "no discount if…": a hold or a lever, not a refusal.
            guard cue.isDisjoint(with: [.fee, .inside, .deliver, .reward]),
                !cue.contains(.platform) || cue.contains(.outside)
            else {
                return false
            }
            let token = cues[index].tokens.lowerBound - 1
            guard token >= 0, token < tokens.count, tokens.is(token, noWord) else { return false }
            guard token > 0 else { return true }
            if tokens.is(token - 1, WordTokens.sentenceEnd) { return true }
            if tokens.is(token - 1, comma) { return refusalAfterComma(no: token, cue: index) }
            if tokens.is(token - 1, in: clauseMarks) { return true }
            // A quote or a dash opens the clause ("— no WhatsApp", "\"No Telegram").
            let gap = tokens.bytes[tokens[token - 1].range.upperBound..<tokens[token].range.lowerBound]
            return gap.contains { $0 == Byte.quotationMark || $0 == Byte.hyphen }
        }

        /// Whether "no" at token `no`, right after a comma, refuses cue `index`: only in a refusal's shape, since
        /// after a comma Portuguese "no" (in the) names the place ("Pode pagar depois, no Pix", "Fale comigo, no
        /// WhatsApp"). A refusal follows a one-word clause ("Sorry, no Telegram", "Nope, no WhatsApp"), continues
        /// a list of refusals ("No PayPal, no Zelle", "no crypto, no Wise", "but no, no Skype") or goes on to one
        /// (", no Zelle, no…").
        func refusalAfterComma(no: Int, cue index: Int) -> Bool {
            // The clause before the comma: back to a sentence end or a clause mark.
            var start = no - 1
            while start > 0, !tokens.is(start - 1, WordTokens.sentenceEnd), !tokens.is(start - 1, in: clauseMarks) {
                start -= 1
            }
            let words = no - 1 - start
            // "Sorry, no…"; "no crypto, no Wise"; "but no, no Skype" (the clause before ends in the refusal).
            if words == 1 && tokens[start].isLetters
                || words >= 1 && (tokens.is(start, in: refusalOpeners) || tokens.is(no - 2, in: refusalOpeners))
            {
                return true
            }
            let next = cues[index].tokens.upperBound
            return next + 1 < tokens.count && tokens.is(next, comma) && tokens.is(next + 1, noWord)
        }

        /// Whether a contrasting conjunction ("but", "pero", "aber") stands between cues `earlier` and `later`.
        func contrastBetween(_ earlier: Int, _ later: Int) -> Bool {
            let lower = min(cues[earlier].tokens.upperBound, tokens.count)
            let upper = min(max(lower, cues[later].tokens.lowerBound), tokens.count)
            return (lower..<upper).contains { tokens.is($0, in: Self.contrastConjunctions) }
        }

        static let contrastConjunctions: WordSet = [
            "but", "pero", "aber", "mais", "tapi", "lekin", "magar", "ama", "fakat", "nhung",
        ]

        /// Whether negation `index` closes a yes/no question ("Anh có Telegram không?", "連絡先を交換しませんか"): a
        /// question particle or an invitation, not a refusal.
        func isQuestionParticle(_ index: Int) -> Bool {
            var at = cues[index].range.upperBound
            let bytes = tokens.bytes
            while at < bytes.count, bytes[at] == Byte.space { at += 1 }
            if at < bytes.count, bytes[at] == Byte.questionMark { return true }
            // "交換しませんか", "…不…吗": a question particle after the negation makes an invitation.
            let original = text.original
            let end = text.originalRange(of: cues[index].range).upperBound
            return Self.questionParticles.contains { particle in
                end + particle.count <= original.count && original[end..<end + particle.count].elementsEqual(particle)
            }
        }

        /// The question particles か (Japanese) and 吗 (Chinese), as UTF-8 bytes.
        static let questionParticles: [[UInt8]] = ["か", "吗"].map { Array($0.utf8) }

        /// Whether negation `index` stands in a condition's clause: a condition up to 24 bytes before it, with no
        /// comma or semicolon between ("if you don't leave…", "if the feedback isn't 5 stars, …").
        func inCondition(_ index: Int) -> Bool {
            var other = index - 1
            while other >= 0, sentences[other] == sentences[index],
                cues[index].range.lowerBound - cues[other].range.upperBound <= 24
            {
                let gap = tokens.bytes[cues[other].range.upperBound..<cues[index].range.lowerBound]
                if gap.contains(where: { $0 == Byte.comma || $0 == Byte.semicolon }) { return false }
                if cues[other].cues.contains(.condition) {
                    // "Before a contract I never join calls": a time word before a noun phrase is a preposition,
                    // and the negation after it is the main verb's.
                    let word = cues[other].tokens
                    return
                        !(word.count == 1 && tokens.is(word.lowerBound, in: Self.timePrepositions)
                        && word.upperBound < tokens.count && tokens.is(word.upperBound, in: Self.nounPhraseStarts))
                }
                other -= 1
            }
            return false
        }

        /// Whether negation `index` stands in a purpose or reason clause after the match, one or two words after
        /// "so", "because" or "since" ("off-platform so neither of us pays the fee", "exchange contacts so we don't
        /// lose each other"): it denies the purpose, not the offer. Only negations after a match's first cue are
        /// asked, so "so I don't take payments outside" before the match still refuses.
        func inPurposeClause(_ index: Int) -> Bool {
            let token = cues[index].tokens.lowerBound
            for back in 1...2 where token - back >= 0 {
                if tokens.is(token - back, WordTokens.sentenceEnd) { return false }
                if tokens.is(token - back, in: purposeWords) { return true }
            }
            return false
        }

        /// Whether negation `index` is a contrast with the platform right after it ("write me directly, not
        /// through the site", "not in this chat"): it says where the talk should not be, and refuses nothing.
        func isContrast(_ index: Int) -> Bool {
            index + 1 < cues.count && !cues[index + 1].cues.isDisjoint(with: [.platform, .inside])
                && cues[index + 1].range.lowerBound - cues[index].range.upperBound <= 12
        }

        /// The folded range of the sentence holding cue `index`; `ends` are the sentence-end tokens, found once
        /// (walking to both ends of the sentence for each cue made a long sentence of negations quadratic).
        func sentenceRange(_ index: Int, ends: [Int]) -> Range<Int> {
            let first = cues[index].tokens.lowerBound
            // The sentence ends before the cue's first token, by binary search.
            var low = 0
            var high = ends.count
            while low < high {
                let mid = (low + high) / 2
                if ends[mid] < first { low = mid + 1 } else { high = mid }
            }
            let start = low > 0 ? ends[low - 1] + 1 : 0
            let end = low < ends.count ? ends[low] : tokens.count
            let lower = start < tokens.count ? tokens[start].range.lowerBound : cues[index].range.lowerBound
            let upper = end > 0 ? tokens[min(end, tokens.count) - 1].range.upperBound : cues[index].range.upperBound
            return lower..<max(lower, upper)
        }

        /// Where the phrase patterns' payment and feedback matches are cancelled as well: from a negation to 60
        /// bytes on, a sentence of policy talk, 15 bytes around a word that makes a rail the work.
        func vetoes() -> [Range<Int>] {
            var vetoes: [Range<Int>] = []
            let sentenceEnds =
                cues.contains { !$0.cues.isDisjoint(with: [.policy, .negation, .scope]) }
                ? (0..<tokens.count).filter { tokens.is($0, WordTokens.sentenceEnd) } : []
            for index in cues.indices {
                let cue = cues[index]
                if refusedByNo(index) {
                    let no = tokens[cue.tokens.lowerBound - 1].range.lowerBound
                    vetoes.append(no..<cue.range.upperBound)
                }
                if cue.cues.contains(.policy) {
                    vetoes.append(sentenceRange(index, ends: sentenceEnds))
                } else if cue.cues.contains(.negation) {
                    let sentence = sentenceRange(index, ends: sentenceEnds)
                    // "Payments outside the platform aren't something I do": a negated copula denies its subject.
                    let token = cue.tokens.lowerBound
                    let copula =
                        tokens.is(token, in: Self.negatedCopulas) || token > 0 && tokens.is(token - 1, in: Self.copulas)
                    vetoes.append(
                        (copula ? sentence.lowerBound : cue.range.lowerBound)..<max(
                            cue.range.upperBound,
                            min(
                                sentence.upperBound,
                                cue.range.upperBound + 60)))
                } else if cue.cues.contains(.scope) {
                    // Within its sentence only: "…to skip the fees. I report progress…" — "report" must not
                    // make the fee talk before the full stop the work.
                    let sentence = sentenceRange(index, ends: sentenceEnds)
                    let lower = max(sentence.lowerBound, cue.range.lowerBound - 15)
                    vetoes.append(
                        lower..<max(cue.range.upperBound, min(sentence.upperBound, cue.range.upperBound + 15)))
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
                case Byte.questionMark: return true
                case Byte.lineFeed: return false
                case Byte.dot, Byte.exclamationMark:
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
            return end + 1 < bytes.count && bytes[end] == Byte.dot && FoldedByte.isWord(bytes[end + 1])
        }

        /// Whether a name is glued by a hyphen or an underscore to a word (`Telegram-like`, `skype_icon`,
        /// `whatsapp-tours.example.org`): a modifier, a file or a domain, not the service offered.
        func isJoined(_ index: Int) -> Bool {
            let range = text.originalRange(of: cues[index].range)
            let original = text.original
            if range.upperBound + 1 < original.count,
                original[range.upperBound] == Byte.hyphen || original[range.upperBound] == Byte.underscore,
                FoldedByte.isWord(original[range.upperBound + 1] | Byte.asciiCaseBit)
                    || original[range.upperBound + 1] >= Byte.firstNonASCII
            {
                // "Skype-Name", "Telegram-ID": a compound naming the account is the contact, not a modifier.
                let next = cues[index].tokens.upperBound
                return !(next < tokens.count && tokens.is(next, in: Self.accountCompounds))
            }
            // A suspended compound ("Zoom- und Teams-Integrationen", "WhatsApp- or Viber-bots") shares its last
            // part's head: the name is a modifier like the one it is joined to.
            if range.upperBound + 1 < original.count, original[range.upperBound] == Byte.hyphen,
                original[range.upperBound + 1] == Byte.space
            {
                let next = cues[index].tokens.upperBound
                if next < tokens.count, tokens.is(next, in: Self.conjunctions) { return true }
            }
            return range.lowerBound > 1 && original[range.lowerBound - 1] == Byte.underscore
        }

        /// "and" and "or" in the lexicon's Latin-script languages (suspended compounds, `isJoined`).
        static let conjunctions: WordSet = ["and", "or", "und", "oder", "y", "o", "e", "ou", "et", "i", "ve", "veya"]
        /// Second parts that make a compound an account's name ("Skype-Name", "Telegram-Nummer", "WhatsApp-ID").
        static let accountCompounds = WordSet(
            accountNouns.words + ["name", "nummer", "kontakt", "adresse", "nick", "nickname", "user"])

        /// The first of the names listed together with cue `index` ("Mercado Pago, PagSeguro e Pix", "YouTube,
        /// TikTok and Snapchat"): a list shares one context, so a scope word beside the list covers every name.
        func listHead(_ index: Int, _ classes: CueClass) -> Int {
            guard let list = Self.listClasses.firstIndex(of: classes) else { preconditionFailure("not a list class") }
            return listHeads[list][index]
        }

        /// Whether the text names the work around a listed name: a scope word near it or near its list's head.
        func isScope(_ index: Int, _ classes: CueClass, within bytes: Int) -> Bool {
            let head = listHead(index, classes)
            if near(index, .scope, within: bytes, after: false) != nil { return true }
            // A scope word after a lone name counts in its clause only: "Let's switch to Zoom, the screen sharing
            // there is better" and "Settle it on Venmo when the logo is done" offer the name; a list shares the word
            // after it ("Zoom, Teams and Meet integration").
            if let scope = near(index, .scope, within: bytes, before: false) {
                let listed =
                    head != index
                    || index + 1 < cues.count && !cues[index + 1].cues.isDisjoint(with: classes)
                        && listHead(index + 1, classes) == head
                // A word-like name ("Line charts, signal processing") is a word more often than a channel: any
                // scope word near it counts.
                if listed || cues[index].cues.contains(.wordlikeChannel) || !clauseBreak(after: index, before: scope) {
                    return true
                }
            }
            return head != index && near(head, .scope, within: bytes) != nil
        }

        /// Whether a comma, a semicolon or a clause-opening condition stands between cue `index` and a later cue
        /// `other`: the later one is in another clause.
        func clauseBreak(after index: Int, before other: Int) -> Bool {
            tokens.bytes[cues[index].range.upperBound..<max(cues[index].range.upperBound, cues[other].range.lowerBound)]
                .contains(where: { $0 == Byte.comma || $0 == Byte.semicolon })
                || (index + 1..<other).contains {
                    cues[$0].cues.contains(.condition) && tokens.is(cues[$0].tokens.lowerBound, in: Self.clauseOpeners)
                }
        }

        /// Conditions that open a clause of their own ("when the logo is done"); "for" does not ("add-on for…").
        static let clauseOpeners: WordSet = [
            "if", "when", "once", "until", "till", "unless", "after", "before", "while", "whenever",
        ]

        /// Whether a staying-inside cue stands within 30 bytes of cue `index` in its clause ("WhatsApp me, the
        /// upwork chat is laggy" moves the talk; "Zoom via Upwork" does not).
        func staysInside(_ index: Int) -> Bool {
            if near(index, .inside, within: 30, after: false) != nil { return true }
            guard let inside = near(index, .inside, within: 30, before: false) else { return false }
            return !clauseBreak(after: index, before: inside)
        }

        /// Whether a channel, or the list it stands in, comes right after "no need for", "without", "instead of"
        /// ("No need for Telegram or Signal, this chat is enough").
        func declined(_ index: Int) -> Bool {
            near(listHead(index, [.channel, .wordlikeChannel]), .avoid, within: 1, after: false) != nil
        }

        /// Whether a small sum in dollars (`$5`, `$3`) stands up to 60 bytes before cue `index` in its sentence: the
        /// price of a token contract ("a $5 fixed-price contract just so you can leave me a review").
        func smallSum(before index: Int) -> Int? {
            let start = cues[index].tokens.lowerBound
            var token = start - 1
            while token > 0, start - token <= 14, !tokens.is(token, WordTokens.sentenceEnd),
                cues[index].range.lowerBound - tokens[token].range.upperBound <= 60
            {
                if tokens[token].isDigits, tokens[token].range.count <= 2, tokens.is(token - 1, dollarSign) {
                    return token
                }
                token -= 1
            }
            return nil
        }

        /// Whether cue `index` closes its clause: punctuation or the end after it, a joining word ("and", "so"),
        /// or, in a script without spaces, anything ("私聊吧").
        func closesClause(_ index: Int) -> Bool {
            let bytes = tokens.bytes
            var at = cues[index].range.upperBound
            while at < bytes.count, bytes[at] == Byte.space { at += 1 }
            guard at < bytes.count else { return true }
            if !FoldedByte.isWord(bytes[at]) { return true }
            let token = tokens.index(containing: at)
            return tokens.is(token, in: clauseJoiners)
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
                if cue.contains(.outside) { found += outside(index) }
                if cue.contains(.contactNoun), !cue.contains(.channel), let item = contactRequest(index) {
                    found.append(item)
                }
                if cue.contains(.review), let item = feedback(index) { found.append(item) }
                if cue.contains(.street), let item = address(index) { found.append(item) }
            }
            return found
        }

        /// Family 4: a rail with a paying, accepting or "directly" word, not named as the work.
        func rail(_ index: Int, _ name: String) -> Found? {
            guard !isScope(index, .rail, within: 30), !isDotted(index), !isJoined(index) else { return nil }
            var context = near(index, [.pay, .direct, .accept, .outside, .fee], within: 50)
            if context == nil, let mine = near(index, .mine, within: 2, after: false) { context = mine }
            if context == nil, let noun = near(index, .contactNoun, within: 12, before: false) { context = noun }
            // Two rails offered side by side ("Zelle or Venmo", "PayPal or bank, your call").
            if context == nil, let other = near(index, .rail, within: 8), offeredAsChoice(index, other) {
                context = other
            }
            // A rail as a label with its detail ("PayPal:ana@…"), or an account identifier with its digits
            // ("IBAN DE43 1234…", "sort code 00-00-00").
            if context == nil, labelled(index) || bankDetail(index, name), !cancelled([index]) {
                return Found(kind: .payment, range: cues[index].range, detail: "payment by \(name) directly")
            }
            // "I will share the UPI ID", "give you my Pix key": a rail's account identifier given or asked for.
            if context == nil, let ask = near(index, [.ask, .mine], within: 30, after: false),
                cues[index].tokens.upperBound < tokens.count,
                tokens.is(cues[index].tokens.upperBound, in: Self.accountNouns)
            {
                context = ask
            }
            // "Do you have PayPal?", "can you send via Wise?": a rail asked about is a rail offered.
            if context == nil, let ask = near(index, .ask, within: 12, after: false), asksAfter(index) { context = ask }
            // "Zelle me the deposit", "PayPal me": the rail as a verb.
            let after = cues[index].tokens.upperBound
            if context == nil, after < tokens.count, tokens.is(after, me), !cancelled([index]) {
                return Found(
                    kind: .payment, range: cues[index].range.lowerBound..<tokens[after].range.upperBound,
                    detail: "payment by \(name) directly")
            }
            guard let context else { return nil }
            if near(index, .inside, within: 50) != nil, near(index, [.outside, .direct], within: 50) == nil {
                return nil
            }
            let involved = [index, context]
            guard !cancelled(involved) else { return nil }
            return Found(kind: .payment, range: span(involved), detail: "payment by \(name) directly")
        }

        /// Whether two names are joined as a choice ("Zelle or Venmo", "PayPal / bank", "Pix ou transferência"):
        /// a list joined by "and" or commas is more often the work ("Zelle and Venmo transaction categorisation").
        func offeredAsChoice(_ first: Int, _ second: Int) -> Bool {
            let (lower, upper) = first < second ? (first, second) : (second, first)
            let between = text.originalText(of: cues[lower].range.upperBound..<cues[upper].range.lowerBound)
                .lowercased()
            return choiceWords.contains(String(between.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()))
        }

        /// Whether cue `index` is followed by a colon and a value (`PayPal: ana@…`).
        func labelled(_ index: Int) -> Bool {
            let bytes = tokens.bytes
            var at = cues[index].range.upperBound
            guard at < bytes.count, bytes[at] == Byte.colon else { return false }
            at += 1
            while at < bytes.count, bytes[at] == Byte.space { at += 1 }
            return at < bytes.count && FoldedByte.isWord(bytes[at])
        }

        /// Whether an account identifier (IBAN, SWIFT/BIC, routing number, sort code, account number) is followed
        /// by at least six digits on its line: the details themselves.
        func bankDetail(_ index: Int, _ name: String) -> Bool {
            guard bankIdentifiers.contains(name) else { return false }
            let bytes = tokens.bytes
            var digits = 0
            var at = cues[index].range.upperBound
            while at < bytes.count, at < cues[index].range.upperBound + 24, bytes[at] != Byte.lineFeed {
                if FoldedByte.isDigit(bytes[at]) { digits += 1 }
                at += 1
            }
            return digits >= 6
        }

        /// Family 4 without a rail: paying outside or directly.
        func payOutside(_ index: Int) -> Found? {
            // "remit the outstanding amount to my personal account": the place may come a little later.
            guard
                let context = near(index, [.outside, .direct], within: 20)
                    ?? near(index, .direct, within: 35, before: false),
                near(index, .rail, within: 50) == nil, near(index, .scope, within: 20) == nil
            else { return nil }
            // Paying on the platform is no offer, unless the rest is moved off it after a contrast ("the first
            // milestone on Upwork and the rest directly to you").
            if let inside = near(index, .inside, within: 40),
                !(inside < context
                    && tokens.bytes[cues[inside].range.upperBound..<cues[context].range.lowerBound]
                        .split(separator: Byte.space).contains { Self.contrastWords.contains($0) })
            {
                return nil
            }
            // "Outside" with no platform named counts right beside the paying word ("pay me outside", "बाहर से
            // पेमेंट"): further off it is anything's outside ("outside office hours").
            if cues[context].cues.contains(.outside), !cues[context].cues.contains(.platform),
                near(context, .platform, within: 30) == nil, !cues[context].cues.contains(.direct),
                max(
                    cues[context].range.lowerBound - cues[index].range.upperBound,
                    cues[index].range.lowerBound - cues[context].range.upperBound) > 8
            {
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

        /// Families 4 and 6: somewhere other than the platform, with paying or a better price for it (payment:
        /// "outside Upwork I can give you 10% off", "без Upwork дешевше") and with talking (contact); a sentence may
        /// do both ("let's continue outside Upwork and pay me directly").
        func outside(_ index: Int) -> [Found] {
            let cue = cues[index].cues
            let platform = cue.contains(.platform) ? index : near(index, .platform, within: 30)
            guard near(index, .inside, within: 30) == nil else { return [] }
            guard let platform else { return elsewhere(index).map { [$0] } ?? [] }
            var found: [Found] = []
            let talk = near(index, .talk, within: 45)
            // A word of talking proper ("talk", "chat", "discuss"), not of moving the deal ("continue", "move").
            let conversation = talk.map { tokens.is(cues[$0].tokens.lowerBound, in: Self.conversationWords) } ?? false
            if let pay = near(index, .pay, within: 40) {
                let involved = [index, pay, platform]
                if !cancelled(involved) {
                    found.append(Found(kind: .payment, range: span(involved), detail: "paying outside the platform"))
                }
            } else if !conversation, let reward = near(index, .reward, within: 40) {
                // The price is the reason for the move ("I'd like to discuss outside Upwork, I have a lower price"
                // moves the talk); alone it is fee avoidance.
                let involved = [index, reward, platform]
                if !cancelled(involved) {
                    found.append(
                        Found(
                            kind: .payment, range: span(involved),
                            detail: "a lower price for paying outside the platform"))
                }
            }
            // Beside paying, "continue" or "move" is the deal moving; a word of talking moves the conversation too
            // ("let's talk outside the site and I'll invoice you directly").
            if let talk, found.isEmpty || conversation {
                let involved = [index, talk, platform]
                if !cancelled(involved) {
                    found.append(
                        Found(kind: .offPlatform, range: span(involved), detail: "moves the conversation off Upwork"))
                }
            }
            return found
        }

        /// Family 6 with no place named: talking moved "offline", "privately", "outside", "in private" ("let's take
        /// this offline", "so we can talk privately"). The locator must sit next to the talking word and close the
        /// clause: "offline mode", "outside the box" and "chat privately with your team here" are not a move.
        func elsewhere(_ index: Int) -> Found? {
            guard let talk = near(index, .talk, within: 16), near(index, .scope, within: 30) == nil else { return nil }
            // Talking aimed at the other side or proposed ("reach me directly for urgent requests", "can I contact
            // you directly about…", "let's talk offline abt the price") moves it wherever the clause goes on; a
            // talking word about anyone else needs the locator to close the clause ("I communicate directly with
            // your developers" is how the work runs).
            guard closesClause(index) || addressed(talk) && talk < index else { return nil }
            let involved = [index, talk]
            guard !cancelled(involved) else { return nil }
            return Found(kind: .offPlatform, range: span(involved), detail: "moves the conversation off Upwork")
        }

        /// Whether talking cue `talk` is aimed at the reader or the writer ("contact me", "reach out to you", "call
        /// you") or proposed ("let's talk"): its entry holds "me" or "you", one of them follows within two words, or
        /// "let's" stands before it.
        func addressed(_ talk: Int) -> Bool {
            let entry = cues[talk].tokens.clamped(to: 0..<tokens.count)
            if entry.contains(where: { tokens.is($0, in: Self.persons) }) { return true }
            if entry.lowerBound > 0, tokens.is(entry.lowerBound - 1, in: Self.proposals) { return true }
            return (entry.upperBound..<min(entry.upperBound + 2, tokens.count)).contains {
                tokens.is($0, in: Self.persons)
            }
        }

        static let persons: WordSet = ["me", "you", "u"]
        static let proposals: WordSet = ["let's", "lets"]

        /// Family 5: a messenger or call app named, with any verb or none, unless it is the work.
        func channel(_ index: Int, _ name: String) -> Found? {
            guard !isScope(index, [.channel, .wordlikeChannel, .social], within: 40), !isDotted(index),
                !isJoined(index),
                !cancelled([index]), !staysInside(index),
                near(index, .platform, within: 1, after: false) == nil, !declined(index)
            else { return nil }
            return Found(kind: .handle, range: cues[index].range, detail: name)
        }

        /// Family 5: a channel whose name is a word counts beside another channel or after "on"/"via" with a verb.
        func wordlikeChannel(_ index: Int, _ name: String) -> Found? {
            guard !isScope(index, [.channel, .wordlikeChannel, .social], within: 40), !isDotted(index),
                !isJoined(index),
                near(index, .inside, within: 30) == nil, !declined(index)
            else { return nil }
            var involved = [index]
            if let other = near(index, [.channel, .wordlikeChannel], within: 25) {
                involved.append(other)
            } else if labelled(index) {
                // "WA:0300 1234567", "Signal: @ana_demo": the name as a label with its detail.
            } else if brandCased(index), let ask = near(index, .ask, within: 12, after: false), asksAfter(index) {
                involved.append(ask)  // "Do you have LINE?": a channel asked about is a channel offered
            } else if brandCased(index), cues[index].tokens.upperBound < tokens.count,
                tokens.is(cues[index].tokens.upperBound, me)
            {
                // "Signal me", "S.i.g.n.a.l me": the name as a verb.
            } else if let call = near(index, .talk, within: 1, before: false) {
                involved.append(call)  // "Teams call", "Signal chat"
            } else if brandCased(index),
                let verb = near(index, [.talk, .accept, .direct], within: 16, before: false)
            {
                involved.append(verb)  // "Signal works better for me", "LINEで直接", "our Slack so we can chat"
            } else {
                let token = cues[index].tokens.lowerBound
                guard token > 0, tokens.is(token - 1, in: prepositions),
                    let talk = near(index, .talk, within: 30, after: false)
                else { return nil }
                involved.append(talk)
            }
            guard !cancelled(involved) else { return nil }
            return Found(kind: .handle, range: span(involved), detail: name)
        }

        /// Whether a name is written as the brand writes it (`Signal`, `LINE`), not as the word (`signal`, `line`).
        func brandCased(_ index: Int) -> Bool {
            let range = text.originalRange(of: cues[index].range)
            guard range.lowerBound < text.original.count else { return false }
            let first = text.original[range.lowerBound]
            return first >= Byte.upperA && first <= Byte.upperZ
        }

        /// Family 5: a social network with an invitation to reach the writer there.
        func social(_ index: Int, _ name: String) -> Found? {
            guard !isScope(index, [.channel, .wordlikeChannel, .social], within: 30), !isDotted(index),
                !isJoined(index),
                // "Instagram DM is faster", "LinkedIn message": the talking word right after the name too.
                let talk = near(index, .talk, within: 25, after: false) ?? near(index, .talk, within: 1, before: false)
            else { return nil }
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
            // Whether the writer offers their own (the detail near it is the finding then) or asks for the other
            // side's, which stands beside a detail too ("What's your number? Mine is 202-555-0177").
            var offer = false
            let yours =
                cue.contains(.yours)
                ? index
                : (near(index, .yours, within: 16, after: false).flatMap { ownsNoun($0, index) ? $0 : nil })
                    ?? near(index, .yours, within: 8, before: false).flatMap { pronoun($0) ? $0 : nil }
            let mine = cue.contains(.mine) ? index : near(index, .mine, within: 16, after: false)
            if cue.contains(.talk), cues[index].tokens.count > 1 {
                // "email me", "give me a call": the verb is in the entry; "give me a call through Upwork" stays.
                if near(index, .inside, within: 20) != nil { return nil }
                offer = true
            } else if let yours {
                involved.append(yours)
                if cue.contains(.ask) {
                    // "apna number do": the request is in the entry.
                } else if let ask = near(index, .ask, within: 40) ?? toMe(before: index) {
                    involved.append(ask)  // "send me your email", "DM me your contact details"
                } else if !asksAfter(index), !pleaseAfter(index) {
                    return nil
                }
            } else if let mine {
                guard let verb = near(index, [.ask, .talk], within: 40) else { return nil }
                involved += [mine, verb]
                offer = true
            } else if let ask = nearest(index, [.verbFinal, .ask], within: 16) {
                involved.append(ask)  // verb-final requests: "メールアドレスを教えて", "numaranızı verin"
            } else if let ask = near(index, .ask, within: 20, after: false), asksAfter(index) {
                involved.append(ask)  // "what's the best number to reach you?"
            } else if isIndefinite(index), asksAfter(index), let ask = near(index, .ask, within: 20, before: false) {
                involved.append(ask)  // "got an email I can send the brief to?"
            } else if let move = movedTo(index) {
                involved.append(move)  // "let's continue over email", "can we switch to phone?"
                offer = true
            } else if let swap = near(index, .exchange, within: 8, after: false) {
                involved.append(swap)  // "let's exchange numbers", "swap emails"
            } else if let reach = reachesYou(after: index),
                let ask = near(index, .ask, within: 16, after: false) ?? (asksAfter(index) ? reach : nil)
            {
                // "give me a number where I can reach you", "is there a number I can call you on?"
                involved += ask == reach ? [reach] : [ask, reach]
            } else {
                return nil
            }
            guard !cancelled(involved) else { return nil }
            return Found(
                kind: .offPlatform, range: span(involved),
                detail: offer ? "asks for or offers contact details" : requestDetail)
        }

        /// Whether "please" follows contact word `index` ("your contact number please", "ur email pls"): a request.
        func pleaseAfter(_ index: Int) -> Bool {
            let after = cues[index].tokens.upperBound
            return after < tokens.count && tokens.is(after, in: Self.pleaseWords)
        }

        static let pleaseWords: WordSet = ["please", "pls", "plz", "plss", "pleasee"]

        /// Whether "your" cue `yours` before contact word `index` owns it: no possessive between ("Your customers'
        /// phone numbers" are the customers').
        func ownsNoun(_ yours: Int, _ index: Int) -> Bool {
            !tokens.bytes[
                cues[yours].range.upperBound..<max(cues[yours].range.upperBound, cues[index].range.lowerBound)
            ]
            .contains(Byte.apostrophe)
        }

        /// Whether a "your" cue after a contact word stands alone ("the number of yours", "email ng iyo"): "your"
        /// there opens another noun ("the right contact on your team").
        func pronoun(_ yours: Int) -> Bool {
            let word = cues[yours].tokens
            return !(word.count == 1 && tokens.is(word.lowerBound, in: Self.yourDeterminers))
        }

        static let yourDeterminers: WordSet = ["your", "ur", "yr"]

        /// A talking word aimed at the writer ("DM me", "text me", "message me") up to 12 bytes before contact word
        /// `index`: asking to be sent the reader's detail.
        func toMe(before index: Int) -> Int? {
            guard let talk = near(index, .talk, within: 12, after: false) else { return nil }
            let after = cues[talk].tokens.upperBound
            let entry = cues[talk].tokens.clamped(to: 0..<tokens.count)
            let toMe = entry.contains { tokens.is($0, me) } || after < tokens.count && tokens.is(after, me)
            return toMe ? talk : nil
        }

        /// Whether contact word `index` follows "a", "an" or "any": one is wanted ("got an email I can write to?").
        func isIndefinite(_ index: Int) -> Bool {
            let token = cues[index].tokens.lowerBound
            return token > 0 && tokens.is(token - 1, in: Self.indefinites)
        }

        static let indefinites: WordSet = ["a", "an", "any"]

        /// Words of talking proper, in the lexicon's Latin-script languages (`outside`).
        static let conversationWords: WordSet = [
            "talk", "talking", "chat", "chatting", "speak", "speaking", "discuss", "discussing", "message", "messaging",
            "text", "call", "calls", "write", "conversation", "communicate", "communication", "hablar", "hablemos",
            "conversar", "falar", "conversa", "parler", "discuter", "sprechen", "reden", "konusalim",
            "bicara", "ngobrol", "usap", "baat",
        ]

        /// Conditions that are also prepositions of time ("before a contract", "after the call").
        static let timePrepositions: WordSet = ["before", "after", "until", "till", "during"]
        static let nounPhraseStarts: WordSet = [
            "a", "an", "the", "any", "each", "every", "my", "your", "our", "this", "that",
        ]

        /// A talking word aimed at the reader ("reach you", "call you", "contact you") up to 30 bytes after contact
        /// word `index`: the number or address is wanted to reach the reader by.
        func reachesYou(after index: Int) -> Int? {
            guard let talk = near(index, .talk, within: 30, before: false) else { return nil }
            let words = cues[talk].tokens.clamped(to: 0..<tokens.count)
            guard words.count > 1, words.contains(where: { tokens.is($0, you) }) else { return nil }
            return talk
        }

        /// A talking word just before "to/over/by/via" and contact word `index`: the talk moved to that channel.
        func movedTo(_ index: Int) -> Int? {
            var token = cues[index].tokens.lowerBound
            // "speak on the phone", "over the phone".
            if token > 1, tokens.is(token - 1, in: Self.determiners) { token -= 1 }
            guard token > 0, tokens.is(token - 1, in: channelPrepositions),
                let talk = near(index, .talk, within: 16, after: false)
            else { return nil }
            return talk
        }

        /// Family 7: feedback tied to a reward, a token contract or a held delivery, as a plan or a condition.
        func feedback(_ index: Int) -> Found? {
            // "review the files", "rate your experience": the verb, not feedback; "product reviews", "review
            // widget": reviews as the product built.
            guard !cues[index].cues.contains(.scope), !isVerbReading(index) else { return nil }
            var involved = [index]
            if cues[index].cues.contains(.exchange) {
                // "review swaps", "feedback for feedback": the trade is in the entry.
            } else if let swap = near(index, .exchange, within: 30) {
                involved.append(swap)
            } else if let reward = near(index, .reward, within: 30, after: false)
                ?? near(index, .reward, within: 45, before: false)
            {
                // "a discount for five stars", "好评返现", "5 stars — I'll give a discount", "bintang 5 … diskon"; the
                // offer after the ask may take a clause ("positive feedback today and I'll add … free support",
                // "पाँच तारा दिले … ছাড়": 45 bytes, so that scripts of three bytes a letter reach it too).
                involved.append(reward)
            } else if let other = reciprocal(index) {
                // "I'll leave you 5 stars if you leave me 5 stars", "a review for your review": two reviews tied by a
                // condition or a swap are a trade.
                involved += other
            } else if let sham = near(index, .token, within: 45),
                Self.shamContracts.contains(text.string(cues[sham].range).filter { $0 != " " })
            {
                // "open a $1 contract and give me 5 stars", "a fake job so you can leave a review": a contract that
                // exists for the review is feedback building with or without a condition.
                involved.append(sham)
            } else if let (reward, condition) = tiedCondition(index) {
                involved += [reward, condition]
                // "I won't release the source code until you rate the job": the refusal is the hold itself.
                if cues[reward].cues.contains(.deliver), let refusal = refusal(before: reward) {
                    involved.append(refusal)
                }
            } else if let sum = smallSum(before: index),
                let condition = near(index, [.condition, .exchange], within: 45)
                    ?? (Int(tokens.text(sum)).map { $0 <= 5 } == true ? index : nil)
            {
                // "pay $5 for a quick 5-star review", "a $3 job for you, just close it with good feedback"; a sum of
                // a few dollars needs no condition: "open a $1 contract and give me 5 stars"
                if condition != index { involved.append(condition) }
                let start = tokens[sum - 1].range.lowerBound
                guard !cancelled(involved) else { return nil }
                return Found(
                    kind: .feedback, range: start..<max(span(involved).upperBound, cues[index].range.upperBound),
                    detail: "feedback tied to a reward or a condition")
            } else {
                return nil
            }
            guard !cancelled(involved) else { return nil }
            return Found(kind: .feedback, range: span(involved), detail: "feedback tied to a reward or a condition")
        }

        /// A reward, token contract or held delivery and a condition tying it to review `index`, each within 45
        /// bytes (60 when the condition stands between the two: "reimburse the whole contract amount after you post
        /// the review"). The condition must bind the review: one after both the review and the reward is about
        /// something else ("free revisions until you are happy; feedback after the contract closes is up to you"),
        /// and one before a delivery that comes before the review conditions the delivery, not the review ("once
        /// the design is approved, please leave a review").
        func tiedCondition(_ index: Int) -> (Int, Int)? {
            guard let reward = near(index, [.reward, .token, .deliver], within: 60),
                var condition = near(index, [.condition, .exchange], within: 60)
            else { return nil }
            let lower = min(reward, index)
            let upper = max(reward, index)
            // A condition between the two binds them, even when another stands nearer outside ("release the payment
            // after you give me a good review first").
            if let inner = (lower + 1..<upper).first(where: {
                !cues[$0].cues.isDisjoint(with: [.condition, .exchange])
            }) {
                condition = inner
            }
            let between = condition > lower && condition < upper
            // A condition between that ends its clause before the review conditions the delivery ("I release the
            // files after the milestone is approved, and feedback is up to you"); a comma inside a conjunction does
            // not end it ("после того, как оставите отзыв").
            if between, reward < index,
                Self.endsClause(tokens.bytes[cues[condition].range.upperBound..<cues[index].range.lowerBound])
            {
                return nil
            }
            if !between {
                let gaps = [reward, condition].map { other in
                    other < index
                        ? cues[index].range.lowerBound - cues[other].range.upperBound
                        : cues[other].range.lowerBound - cues[index].range.upperBound
                }
                guard gaps.allSatisfy({ $0 <= 45 }) else { return nil }
                if condition > upper { return nil }
                if cues[reward].cues.contains(.deliver), !cues[reward].cues.contains(.reward), condition < reward,
                    reward < index
                {
                    return nil
                }
            }
            return (reward, condition)
        }

        /// The same review word earlier in the sentence, tied to review `index` by a condition or a swap between
        /// them within 40 bytes ("5 stars if you leave me 5 stars"): the involved cues. Two different words ("your
        /// feedback matters, and if you are happy a review helps") are no trade.
        func reciprocal(_ index: Int) -> [Int]? {
            guard let other = near(index, .review, within: 40, after: false),
                tokens.bytes[cues[other].range].elementsEqual(tokens.bytes[cues[index].range]),
                let tie = (other + 1..<index).first(where: {
                    !cues[$0].cues.isDisjoint(with: [.condition, .exchange])
                })
            else { return nil }
            return [other, tie]
        }

        /// A negation right before delivery cue `deliver`, with at most a giving verb between ("won't send the
        /// source files", "not releasing"): the hold, which must not cancel the match.
        func refusal(before deliver: Int) -> Int? {
            var verb = deliver
            while verb > 0, !cues[verb - 1].cues.isDisjoint(with: [.deliver, .ask]),
                !cues[verb - 1].cues.contains(.negation),
                cues[verb].range.lowerBound - cues[verb - 1].range.upperBound <= 6
            { verb -= 1 }
            let gap = verb > 0 ? cues[verb].range.lowerBound - cues[verb - 1].range.upperBound : Int.max
            guard verb > 0, cues[verb - 1].cues.contains(.negation), gap <= 2 || verb != deliver && gap <= 6 else {
                return nil
            }
            return verb - 1
        }

        /// Whether review cue `index` is the verb with its object ("review the files", "rate your stay"): the
        /// word alone, followed by a determiner.
        func isVerbReading(_ index: Int) -> Bool {
            let cue = cues[index]
            guard cue.tokens.count == 1, cue.tokens.upperBound < tokens.count,
                tokens.is(cue.tokens.lowerBound, in: Self.reviewVerbs)
            else { return false }
            return tokens.is(cue.tokens.upperBound, in: Self.determiners)
        }

        /// Whether `gap` holds a clause break: a semicolon, or a comma before "and", "but" or "so".
        static func endsClause(_ gap: ArraySlice<UInt8>) -> Bool {
            if gap.contains(Byte.semicolon) { return true }
            for joiner in [", and ", ", but ", ", so "] where gap.count >= joiner.utf8.count {
                let bytes = Array(joiner.utf8)
                var at = gap.startIndex
                while at + bytes.count <= gap.endIndex {
                    if gap[at..<at + bytes.count].elementsEqual(bytes) { return true }
                    at += 1
                }
            }
            return false
        }

        /// Nouns that make the rail before them an account ("UPI ID", "Pix key", "Venmo handle").
        static let accountNouns: WordSet = [
            "id", "key", "tag", "handle", "qr", "number", "account", "address", "wallet", "details", "username",
        ]

        static let copulas: WordSet = ["is", "are", "was", "were"]
        static let negatedCopulas: WordSet = ["isn't", "isnt", "aren't", "arent", "wasn't", "weren't"]

        /// Words that turn from one part of a deal to another ("on Upwork and the rest directly").
        static let contrastWords: Set<ArraySlice<UInt8>> = Set(
            ["and", "but", "then", "rest"].map { ArraySlice($0.utf8) })

        static let reviewVerbs: WordSet = ["review", "reviews", "rate", "rates"]
        static let determiners: WordSet = [
            "the", "my", "your", "this", "that", "these", "those", "our", "its", "it", "them", "all", "his", "her",
            "their", "each", "every", "any",
        ]

        /// Token contracts that exist only for the review ("$1 contract", "fake job"); "small" and "tiny" need a
        /// condition as well.
        static let shamContracts: Set<String> = [
            "$1", "1dollar", "onedollar", "fake", "dummy", "fakejob", "fakejobs", "fakecontract", "fakecontracts",
            "testjob", "testcontract",
        ]

        /// Whether address parts `first` and `second` are in one line and clause, at most 40 bytes apart.
        func linked(_ first: Int, _ second: Int) -> Bool {
            let lower = cues[first].range.upperBound
            let upper = cues[second].range.lowerBound
            guard upper >= lower, upper - lower <= 40 else { return false }
            // A line break, `;`, `!` or `?` ends an address; a dot does not ("ул. Примерная, д. 5").
            return !tokens.bytes[lower..<upper].contains {
                $0 == Byte.lineFeed || $0 == Byte.semicolon || $0 == Byte.exclamationMark || $0 == Byte.questionMark
            }
        }

        /// Whether a digit stands within 5 bytes of a folded range (`after` bytes after it, crossing at most one
        /// comma), on its line: a house, flat or postal number.
        func hasNumberBeside(_ range: Range<Int>, after: Int = 5) -> Bool {
            let bytes = tokens.bytes
            var at = range.lowerBound - 1
            while at >= 0, range.lowerBound - at <= 5, bytes[at] != Byte.lineFeed {
                if FoldedByte.isDigit(bytes[at]) { return true }
                at -= 1
            }
            at = range.upperBound
            var commas = 0
            while at < bytes.count, at - range.upperBound < after, bytes[at] != Byte.lineFeed {
                if FoldedByte.isDigit(bytes[at]) { return true }
                if bytes[at] == Byte.comma {
                    commas += 1
                    if commas > 1 { return false }
                }
                at += 1
            }
            return false
        }

        /// Families 1 and 2: a postal address read from its parts, in any script (`address.tsv`). Either a label
        /// with a colon and a value holding a number and a second part or a comma ("Адрес: ул. Примерная, д. 5",
        /// "地址：示例路88号", "पता: मकान नं. 12, …"), or, with no label, a chain of parts on one line with a number
        /// beside one of them: a street type or postal mark and one more part ("221B Fictional Street, Apt 4",
        /// "〒530-0000 大阪府…町"), or three parts split by commas ("Flat 302, Kalpana Apartments, 4th Cross").
        /// Common words among the parts ("flat", "lot", "floor") never make an address alone.
        func address(_ index: Int) -> Found? {
            var previous = index - 1
            while previous >= 0, cues[index].range.lowerBound - cues[previous].range.upperBound <= 40 {
                if cues[previous].cues.contains(.street) {
                    if linked(previous, index) { return nil }  // counted from the chain's first part
                    break
                }
                previous -= 1
            }
            var parts = [index]
            var next = index + 1
            while next < cues.count, parts.count < 12,
                cues[next].range.lowerBound - cues[parts[parts.count - 1]].range.upperBound <= 40
            {
                if cues[next].cues.contains(.street) {
                    guard linked(parts[parts.count - 1], next) else { break }
                    parts.append(next)
                }
                next += 1
            }
            let bytes = tokens.bytes
            let roles = parts.map { Lexicon.name(cues[$0].name) }
            if roles[0] == "label" {
                // "Address:", "Address ko:", "Adresse :", "地址：" (folded to a colon).
                var at = cues[index].range.upperBound
                var skipped = 0
                while at < bytes.count, bytes[at] != Byte.colon, bytes[at] != Byte.lineFeed, skipped < 6 {
                    at += 1
                    skipped += 1
                }
                if at < bytes.count, bytes[at] == Byte.colon {
                    var end = at + 1
                    var digit = false
                    var comma = false
                    while end < bytes.count, end - at <= 80, bytes[end] != Byte.lineFeed {
                        digit = digit || FoldedByte.isDigit(bytes[end])
                        comma = comma || bytes[end] == Byte.comma
                        end += 1
                    }
                    if digit, comma || parts.count > 1 {
                        while end > at + 1, !FoldedByte.isWord(bytes[end - 1]) { end -= 1 }
                        return Found(
                            kind: .address, range: cues[index].range.lowerBound..<end, detail: "street address")
                    }
                }
            }
            let shape = parts.indices.filter { roles[$0] != "label" }
            // A street's number may follow its name ("пр-т Образцовый, 101", "Örnek Caddesi No: 15").
            guard shape.count >= 2,
                shape.contains(where: {
                    hasNumberBeside(cues[parts[$0]].range, after: roles[$0] == "street" ? 32 : 5)
                })
            else {
                return nil
            }
            // A label before the parts starts the address ("住所〒100-0000東京都…区…町").
            let first = cues[parts[roles[0] == "label" ? 0 : shape[0]]].range
            let last = cues[parts[shape[shape.count - 1]]].range
            let strong = shape.contains { roles[$0] == "street" || roles[$0] == "postal" }
            // Three parts must not be one word repeated: "Phase 1 (…), Phase 2 (…), Phase 3" is a plan.
            let distinct = Set(shape.map { bytes[cues[parts[$0]].range] }).count >= 2
            guard
                strong || shape.count >= 3 && distinct && bytes[first.upperBound..<last.lowerBound].contains(Byte.comma)
            else {
                return nil
            }
            return Found(kind: .address, range: first.lowerBound..<last.upperBound, detail: "street address")
        }
    }

    /// The detail of a request for the other side's contact: `ContactScanner.merged` keeps it beside a detail.
    static let requestDetail = "asks for the other side's contact details"

    private static let dollarSign = WordKey(byte: Byte.dollarSign)
    private static let noWord = WordKey("no")
    private static let comma = WordKey(byte: Byte.comma)
    /// Words opening a clause of refusals ("no crypto, no Wise", "nope, no…"): `Rules.refusalAfterComma`.
    private static let refusalOpeners: WordSet = ["no", "nope", "nah"]
    /// The route prepositions that start the lexicon's inside entries ("through upwork", "via upwork", en.tsv):
    /// negated, they make the platform the other place ("not through Upwork"). Only English has such entries, so
    /// "no por Upwork" or "nicht über Upwork" need inside entries in their languages before a word here can matter.
    private static let routeWords: WordSet = ["through", "via"]
    /// Marks after which a clause starts (`CueDetector.Rules.refusedByNo`).
    private static let clauseMarks: WordSet = [",", ":", "("]
    private static let me = WordKey("me")
    private static let you = WordKey("you")

    /// Words opening a purpose or reason clause (`Rules.inPurposeClause`).
    private static let purposeWords: WordSet = ["so", "because", "since", "coz", "cuz", "cause"]

    /// Words that put a contact word after them as the new channel ("switch to email", "continue over phone").
    private static let channelPrepositions: WordSet = ["to", "over", "by", "via", "through", "on", "thru"]

    /// Words after which a locator still closes its clause ("take this offline and sort it out").
    private static let clauseJoiners: WordSet = [
        "and", "so", "then", "now", "please", "pls", "instead", "later", "too",
    ]

    /// Words offering a choice between two names, in the lexicon's languages.
    private static let choiceWords: Set<String> = [
        "or", "/", "o", "ou", "oder", "или", "або", "atau", "hoặc", "ya", "veya", "أو", "या", "或", "または", "o kaya",
    ]

    /// Rails whose name is an account identifier: digits after them are the account.
    private static let bankIdentifiers: Set<String> = [
        "IBAN", "SWIFT", "SWIFT/BIC", "routing number", "sort code", "account number", "bank account", "bank details",
    ]

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
                folded.dropFirst(3).allSatisfy(bech32.contains)
            {
                name = "Bitcoin"
            } else if first == UInt8(ascii: "T"), original.count == 34, original.allSatisfy(base58.contains),
                original.contains(where: { $0 >= Byte.lowerA })
            {
                name = "USDT (TRC20)"
            } else if first == UInt8(ascii: "1") || first == UInt8(ascii: "3"), original.count <= 35,
                original.allSatisfy(base58.contains), original.contains(where: { $0 >= Byte.lowerA }),
                original.dropFirst().contains(where: { $0 >= Byte.upperA && $0 <= Byte.upperZ })
            {
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
    private static let callHostDots: [Int] = callHosts.map { $0.firstIndex(of: Byte.dot)! }

    /// Family 5: video-call links (a meeting room is a way to talk off the platform).
    static func callLinks(in bytes: [UInt8]) -> [Found] {
        // Every host holds a dot, so an occurrence is found from the dot at its host's first-dot offset: one pass
        // over the text instead of one per host. Starts are collected per host in text order, then each host's
        // run is taken as before (a match resumes the search at its end), so the matches and their order stay
        // those of a scan per host.
        var starts: [[Int]] = []
        let hosts = callHosts  // statics read once, not per dot
        let hostDots = callHostDots
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var from = 0
            while let dot = buffer[from...].firstIndex(of: Byte.dot) {
                from = dot + 1
                for (index, host) in hosts.enumerated() {
                    let at = dot - hostDots[index]
                    guard at >= 0, at + host.count <= count, buffer[at] == host[0] else { continue }
                    var same = true
                    for offset in 1..<host.count where buffer[at + offset] != host[offset] {
                        same = false
                        break
                    }
                    guard same else { continue }
                    if at > 0 {
                        let before = buffer[at - 1]
                        guard !FoldedByte.isWord(before) && before != Byte.dot || before == Byte.slash else { continue }
                    }
                    if starts.isEmpty { starts = Array(repeating: [], count: hosts.count) }
                    starts[index].append(at)
                }
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
