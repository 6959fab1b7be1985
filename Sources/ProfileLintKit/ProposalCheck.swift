import Foundation
import ProfileModel
import ProfileParsing
import ProfileRules

/// `profilelint proposal`: a cover letter checked before submission, against its job post, the freelancer's
/// profile and past letters, with every Terms-of-Service rule and the proposal rules.
public struct ProposalCheck {
    /// Where the inputs are; `-` reads standard input (for one of them).
    public struct Inputs: Sendable {
        public var cover: String
        public var job: String?
        public var profile: String?
        public var history: String?
        /// `--as`: the specialty of the specialized profile the proposal is sent with; `nil` for the general one.
        public var specialty: String?
        public var stdinName = "<stdin>"
        public init(
            cover: String, job: String? = nil, profile: String? = nil, history: String? = nil,
            specialty: String? = nil
        ) {
            self.cover = cover
            self.job = job
            self.profile = profile
            self.history = history
            self.specialty = specialty
        }
    }

    /// File name endings read from a `--history` folder.
    public static let historyExtensions: Set<String> = ["txt", "md", "markdown", "text"]

    public var options: LintRun.Options

    public init(options: LintRun.Options) { self.options = options }

    /// Checks the proposal in a session of its own (`LintRun.proposal`): configuration, its warnings, limits,
    /// suppressions and exit settings as for profiles; input problems become error results (exit 2).
    public func run(_ inputs: Inputs) throws(ConfigurationError) -> LintRun.Outcome {
        try LintRun(options: options).proposal(inputs)
    }

    /// What the proposal's inputs give, for the session's ending: the letter's result before suppressions (or
    /// why it could not be checked) first, then the errors of the job post, profile and past letters. `resolved`
    /// is the letter's configuration; `model` and `limits` are in force under it.
    static func check(
        _ inputs: Inputs, under resolved: ConfigurationResolver.Resolved, model: CompletenessModel,
        limits: InputLimits
    ) -> [LintRun.Linted] {
        var errors: [FileResult] = []
        let cover = readText(inputs.cover, stdinName: inputs.stdinName, maxBytes: limits.fileBytes)
        let job = inputs.job.map { readText($0, stdinName: inputs.stdinName, maxBytes: limits.fileBytes) }
        var context = ProposalContext()
        if case .success(let source)? = job {
            context.job = JobPost(text: String(decoding: source.bytes, as: UTF8.self))
        }
        if case .failure(let error)? = job {
            errors.append(FileResult(path: error.path, kind: .proposal, error: error))
        }
        if let profilePath = inputs.profile {
            switch profileStatus(path: profilePath, model: model, limits: limits, specialty: inputs.specialty) {
            case .status(let status): context.profile = status
            case .failed(let error): errors.append(error)
            }
        }
        if let folder = inputs.history {
            let history = Self.history(in: folder, excluding: inputs.cover, maxBytes: limits.fileBytes)
            context.history = history.past
            errors += history.errors.map { FileResult(path: $0.path, kind: .proposal, error: $0) }
        }
        let others = errors.map { LintRun.Linted($0) }
        let source: SourceFile
        switch cover.flatMap(withinProposalSize) {
        case .failure(let error):
            return [LintRun.Linted(FileResult(path: error.path, kind: .proposal, error: error))] + others
        case .success(let text): source = text
        }
        let runner = RuleRunner(
            rules: resolved.runner.rules.filter {
                [.termsOfService, .proposal].contains($0.description.category)
            })
        var result = FileResult(
            path: source.path, kind: .proposal, format: .plainText, completeness: nil,
            marketplaceCompleteness: nil,
            findings: runner.run(RuleInput(text: source, proposal: context)))
        result.source = source
        return [LintRun.Linted(result, suppressedBy: resolved.configuration, at: source.path)] + others
    }

    /// The one place the proposal rules' profile comes from (`profile-not-ready`, and any rule that reads the
    /// profile): the file read and scored under `model`, as the general profile or, with `specialty` (`--as`), the
    /// specialized one. A profile that cannot be read, or has no such specialty, is an error result.
    static func profileStatus(
        path: String, model: CompletenessModel, limits: InputLimits,
        specialty: String? = nil
    ) -> ProfileLookup {
        switch InputFiles.read(path: path, maxBytes: limits.fileBytes) {
        case .success(let source):
            var readerOptions = LintOptions()
            readerOptions.limits = limits.reader
            do {
                let profile = try Linter(options: readerOptions).read(source).profile
                return .status(try status(of: profile, as: specialty, model: model, path: path))
            } catch {
                return .failed(FileResult(path: path, kind: .profile, error: error))
            }
        case .failure(let error): return .failed(FileResult(path: path, kind: .profile, error: error))
        }
    }

    /// A profile read for the proposal rules, or why it could not be.
    enum ProfileLookup {
        case status(ProposalContext.ProfileStatus)
        case failed(FileResult)
    }

    /// The status of the profile the proposal is sent with: the general one, or with `specialty` the specialized one
    /// tied to it (case and spacing do not matter). An unknown specialty is a usage error naming those present.
    static func status(
        of profile: Profile, as specialty: String?, model: CompletenessModel,
        path: String
    ) throws(FileResult.InputError) -> ProposalContext.ProfileStatus {
        guard let specialty else { return .init(profile: profile, model: model, path: path) }
        let wanted = SpecializedProfile.specialtyKey(specialty)
        if let chosen = profile.specializedProfiles.first(where: {
            $0.specialty.map { SpecializedProfile.specialtyKey($0.value) } == wanted
        }) {
            return .init(specialized: chosen, of: profile, model: model, path: path)
        }
        let present = profile.specializedProfiles.compactMap { $0.specialty.map { "\"\($0.value)\"" } }
        throw FileResult.InputError(
            path: path,
            message: "--as \"\(specialty)\": no specialized profile has that specialty; "
                + (present.isEmpty
                    ? "this profile has none (leave out --as to send the general profile)"
                    : "it has " + present.joined(separator: " and ") + " (leave out --as for the general profile)"))
    }

    /// The most characters of a cover letter checked: ten times what Upwork's proposal form takes (5,000, R5).
    /// Every pass is linear, but the proposal rules together cost about 45 µs a character in a debug build, so a
    /// 1.4 MB file pasted by mistake took minutes; anything this long is not a cover letter.
    public static let maxProposalCharacters = 50_000

    /// `source`, or an input error at the first character past `maxProposalCharacters`.
    static func withinProposalSize(_ source: SourceFile) -> Result<SourceFile, FileResult.InputError> {
        let text = String(decoding: source.bytes, as: UTF8.self)
        guard let past = text.index(text.startIndex, offsetBy: maxProposalCharacters, limitedBy: text.endIndex),
            past != text.endIndex
        else { return .success(source) }
        let count = maxProposalCharacters + text[past...].count
        let location = source.location(ofOffset: text.utf8.distance(from: text.startIndex, to: past))
        return .failure(
            .init(
                path: source.path,
                message:
                    "the letter is \(Wording.count(count, "character")); Upwork's proposal form takes at most 5,000 "
                    + "(R5), and profilelint checks letters of up to "
                    + "\(Wording.number(maxProposalCharacters)): check the "
                    + "cover letter alone",
                line: location.line, column: location.column))
    }

    /// A text input: a file or standard input, which must be UTF-8 text (CRLF and a byte-order mark are fine).
    static func readText(_ path: String, stdinName: String, maxBytes: Int) -> Result<SourceFile, FileResult.InputError>
    {
        let read =
            path == "-"
            ? InputFiles.readStandardInput(name: stdinName, maxBytes: maxBytes)
            : InputFiles.read(path: path, maxBytes: maxBytes)
        return read.flatMap(Self.validatedText)
    }

    /// `source` if it is UTF-8 text with something in it; why not otherwise (invalid UTF-8 at its line:column).
    static func validatedText(_ source: SourceFile) -> Result<SourceFile, FileResult.InputError> {
        if isBlank(source.bytes) {
            return .failure(.init(path: source.path, message: "the file is empty"))
        }
        if source.bytes.contains(0) {
            return .failure(.init(path: source.path, message: "the file is binary, not text"))
        }
        guard String(validating: source.bytes, as: UTF8.self) != nil else {
            let valid = Self.validPrefixLength(source.bytes)
            let location = source.location(ofOffset: valid)
            return .failure(
                .init(
                    path: source.path, message: "invalid UTF-8 (save the text as UTF-8)",
                    line: location.line, column: location.column))
        }
        return .success(source)
    }

    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    static func validPrefixLength(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var length = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { length += UTF8.width(scalar) }
        return length
    }

    /// Past proposals read from a `--history` folder, and why any of them could not be read.
    struct History {
        var past: [ProposalContext.PastProposal] = []
        var errors: [FileResult.InputError] = []
    }

    /// Past proposals: every text or Markdown file in `folder`, sorted, except the letter being checked. A folder
    /// that cannot be listed, or a past letter that cannot be read or is not UTF-8 text, is an input error naming it
    /// (exit 2): a silently shorter history would let a copied letter pass `canned-proposal`. The readable letters are
    /// still compared. Empty files and sub-folders hold no letter and are passed over.
    static func history(in folder: String, excluding cover: String, maxBytes: Int) -> History {
        var history = History()
        guard case .directory = FileKind.of(folder, followingLinks: true) else {
            history.errors.append(.init(path: folder, message: "not a folder of past proposals"))
            return history
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            history.errors.append(
                .init(
                    path: folder,
                    message: "the folder of past proposals cannot be read ("
                        + InputFiles.reason(error) + ")"))
            return history
        }
        let coverPath = URL(fileURLWithPath: cover).standardizedFileURL.path
        for name in names.sorted() where historyExtensions.contains((name as NSString).pathExtension.lowercased()) {
            let path = (folder as NSString).appendingPathComponent(name)
            guard URL(fileURLWithPath: path).standardizedFileURL.path != coverPath else { continue }
            if case .directory = FileKind.of(path, followingLinks: true) { continue }
            let read = InputFiles.read(path: path, maxBytes: maxBytes)
            if case .success(let source) = read, isBlank(source.bytes) { continue }
            switch read.flatMap(validatedText) {
            case .success(let source):
                history.past.append(.init(name: path, text: String(decoding: source.bytes, as: UTF8.self)))
            case .failure(let error):
                history.errors.append(
                    .init(
                        path: error.path, message: "past proposal: " + error.message,
                        line: error.line, column: error.column))
            }
        }
        return history
    }
}
