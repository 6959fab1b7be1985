import EligibilityEngine
import Foundation
import Glibc
import ProfileModel
import ProfileParsing
import ProfileRules
import Synchronization

/// Feeds the eligibility engine from the linter: the profile's completeness is the profile criterion, and any
/// Terms-of-Service error adds a conduct-risk warning to every badge (sources B5, T2).
public struct EligibilityCheck: Sendable {
    public var policy: Policy
    /// The evaluation date when the account gives no `asOf`.
    public var today: CalendarDate

    /// The limits agency member profiles are read under (the run's, like every other input).
    public var limits = InputLimits()
    /// Member profile scores already computed, shared by every copy of this check (one linter serves many files)
    /// and, through `LintPlanner`, by every check of a run.
    let memberScores: MemberProfiles.Cache

    public init(
        policy: Policy = .upwork2025, today: CalendarDate = EligibilityCheck.localToday(),
        limits: InputLimits = InputLimits()
    ) {
        self.init(policy: policy, today: today, limits: limits, memberScores: MemberProfiles.Cache())
    }

    /// A check that keeps member scores in `memberScores` (a run's, shared by all its configurations).
    init(policy: Policy, today: CalendarDate, limits: InputLimits, memberScores: MemberProfiles.Cache) {
        self.policy = policy
        self.today = today
        self.limits = limits
        self.memberScores = memberScores
    }

    /// Today's calendar date where the user is (dates in the account are calendar dates, not instants).
    ///
    /// `localtime_r` reads the same zone (`TZ`, else `/etc/localtime`) as `TimeZone.current` without loading ICU's
    /// zone data, which cost a millisecond or more of every start-up.
    public static func localToday() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return CalendarDate(secondsSince1970: now, utcOffsetSeconds: 0) }
        return CalendarDate(secondsSince1970: now, utcOffsetSeconds: parts.tm_gmtoff)
    }

    /// Evaluates `account`; `profile` (when known) supplies completeness and conduct risks, and member profiles
    /// named by path are read relative to `accountPath`'s folder and scored with `model`.
    ///
    /// Member profiles (issue 12, family 7): each distinct file is read once (400 members naming one 15 MB file
    /// are one read), under the run's limits, and only inside the account's repository (the nearest folder
    /// holding `.git`, else the account's folder): an absolute path, a `../` escape or a symlink leading out is
    /// not read, and that member's completeness stays unknown.
    public func evaluate(
        _ account: Account, profile: Profile?, completeness: Double?, accountPath: String?,
        model: CompletenessModel
    ) -> EligibilityReport {
        var account = account
        if let members = account.members {
            let base = accountPath.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "."
            // Member files are named to the user as the account's folder (as given) plus the member's path.
            let shownBase = accountPath.map { ($0 as NSString).deletingLastPathComponent } ?? ""
            let root = MemberProfiles.root(containing: base)
            account.members = members.map { member in
                var member = member
                guard member.profileCompleteness == nil, let path = member.profilePath else { return member }
                let shown =
                    shownBase.isEmpty || path.hasPrefix("/")
                    ? path
                    : (shownBase as NSString).appendingPathComponent(path)
                switch MemberProfiles.score(
                    path, base: base, root: root, model: model, cache: memberScores,
                    limits: limits)
                {
                case .success(let score): member.profileCompleteness = score
                case .failure(let problem): member.profileProblem = problem.shown(as: shown)
                }
                return member
            }
        }
        let risks = profile.map(Self.conductRisks) ?? []
        return Eligibility.evaluate(
            account, profileCompleteness: completeness, conductRisks: risks, policy: policy,
            today: today)
    }

    /// Terms-of-Service errors in the profile, found with the default rules: the marketplace ignores a user's own
    /// suppressions and severity changes, so eligibility does too.
    static func conductRisks(in profile: Profile) -> [String] {
        let document = ProfileDocument(
            source: SourceFile(path: "", bytes: []), format: .profilelintJSON,
            profile: profile)
        let tos = RuleRunner().rules.filter { $0.description.category == .termsOfService }
        guard !tos.isEmpty else { return [] }
        return RuleRunner(rules: tos).run(RuleInput(document: document)).filter { $0.severity == .error }.map {
            "\($0.ruleID): \($0.message)"
        }
    }
}

extension Configuration {
    /// The eligibility policy: upwork-2025 with the `eligibility` section's overrides (snake_case keys).
    public func policy() throws(ConfigurationError) -> Policy {
        guard let section = eligibility else { return .upwork2025 }
        guard case .map(let entries) = section.value else {
            throw .malformed(location: section.location, message: "eligibility must be a mapping of policy settings")
        }
        let overrides = entries.filter { $0.key != "policy" }
        if let chosen = entries.first(where: { $0.key == "policy" }) {
            guard case .string(let id) = chosen.value.value, id == Policy.upwork2025.id else {
                throw .malformed(
                    location: chosen.value.location,
                    message: "unknown policy; the built-in one is '\(Policy.upwork2025.id)'")
            }
        }
        do {
            // Unknown keys were already reported when the file was read.
            return try ConfigKeys.decode(Policy.self, defaults: .upwork2025, overrides: overrides) { _, _, _ in }
        } catch {
            throw .malformed(location: section.location, message: "eligibility: \(Configuration.describe(error))")
        }
    }
}

/// Where agency member profiles may be read from.
enum MemberProfiles {
    /// Why a member's profile gave no completeness: a reason, with line:column inside the file where known.
    struct Problem: Error, Hashable {
        var message: String
        var line: Int?
        var column: Int?

        init(_ message: String, line: Int? = nil, column: Int? = nil) {
            self.message = message
            self.line = line
            self.column = column
        }

        /// `path:line:column: message`, or `path: message`.
        func shown(as path: String) -> String {
            if let line, let column { return "\(path):\(line):\(column): \(message)" }
            return "\(path): \(message)"
        }
    }

    /// Scores by file identity, model and the limits read under (configurations of one run may set different
    /// ones); a file that cannot be read is remembered, with why, too.
    final class Cache: Sendable {
        struct Key: Hashable {
            var identity: FileIdentity
            var model: CompletenessModel
            var limits: InputLimits
        }
        private let scores = Mutex<[Key: Result<Double, Problem>]>([:])

        /// How many scores are known: files read, each once (twice if read under two different limits).
        var count: Int { scores.withLock { $0.count } }

        func score(
            _ identity: FileIdentity, model: CompletenessModel, limits: InputLimits,
            compute: () -> Result<Double, Problem>
        ) -> Result<Double, Problem> {
            let key = Key(identity: identity, model: model, limits: limits)
            if let known = scores.withLock({ $0[key] }) { return known }
            // Outside the lock, so one slow member file does not hold up every job; when two jobs read the same
            // file at once, the first score stored is everyone's, so a run sees one score per file.
            let score = compute()
            return scores.withLock { scores in
                if let known = scores[key] { return known }
                scores[key] = score
                return score
            }
        }
    }

    /// The completeness of the member profile at `path` (relative to `base`, inside `root`), read once per file
    /// under `limits`, or why there is none.
    static func score(
        _ path: String, base: String, root: String?, model: CompletenessModel, cache: Cache,
        limits: InputLimits
    ) -> Result<Double, Problem> {
        let full: String
        switch resolve(path, base: base, root: root) {
        case .success(let resolved): full = resolved
        case .failure(let problem): return .failure(problem)
        }
        guard let identity = FileIdentity(path: full) else { return .failure(Problem(errnoMessage())) }
        return cache.score(identity, model: model, limits: limits) {
            switch InputFiles.read(path: full, maxBytes: limits.fileBytes) {
            case .failure(let error): return .failure(Problem(error.message))
            case .success(let source):
                do throws(ProfileParseError) {
                    let document = try ProfileReader.read(source, limits: limits.reader)
                    return .success(CompletenessScorer.score(document.profile, model: model).score)
                } catch {
                    return .failure(Problem(error.message, line: error.location?.line, column: error.location?.column))
                }
            }
        }
    }

    /// The repository holding `folder` (the nearest folder with `.git`), else `folder` itself; resolved.
    static func root(containing folder: String) -> String? {
        guard let start = realPath(folder) else { return nil }
        var current = start
        while true {
            if FileManager.default.fileExists(atPath: current + "/.git") { return current }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return start }
            current = parent
        }
    }

    /// The resolved path of a member's `profile`, or why it is not read: absolute, missing, or outside `root`.
    static func resolve(_ path: String, base: String, root: String?) -> Result<String, Problem> {
        guard !path.isEmpty else { return .failure(Problem("no file named (the member's \"profile\" is empty)")) }
        guard !path.hasPrefix("/") else {
            return .failure(Problem("not read: an absolute path (name the file relative to the account's folder)"))
        }
        guard let resolved = realPath(base + "/" + path) else { return .failure(Problem(errnoMessage())) }
        guard let root else { return .failure(Problem("not read: the account's folder cannot be resolved")) }
        let prefix = root == "/" ? "/" : root + "/"
        guard resolved.hasPrefix(prefix) else {
            return .failure(Problem("not read: it leads outside the repository"))
        }
        return .success(resolved)
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
