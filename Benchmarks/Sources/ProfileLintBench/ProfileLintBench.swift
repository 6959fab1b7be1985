import Foundation
import ProfileLintKit
import ProfileModel
import ProfileParsing
@_spi(Benchmarks) import ProfileRules

/// In-process throughput on one core, inputs already in memory (so disk and process start-up are not counted).
///
///     profilelint-bench json DIR [--rounds N]    parse + every rule + completeness score over DIR's files
///         --without-tos                          … with the Terms-of-Service rules left out, so work on the
///                                                reader and other rules shows apart from the ToS scanner's
///     profilelint-bench parse DIR [--rounds N]   the parse alone, to split where time goes
///     profilelint-bench text FILE [--rounds N]   each line as plain text through every registered rule
///                                                (RuleInput(text:), the Terms-of-Service path)
///     profilelint-bench scan FILE [--rounds N]   each line through `ContactScanner.scan` alone (the ToS scan)
///         --no-prefilter                         … scanning every text whole (`ContactPrefilter` off)
///         --matches                              … and print every match of the first round (line, kind, range,
///                                                strength, value, detail), to compare two builds' matches
///         --kind K[,K…]                          … asking for these kinds only (`email`, `phone`, `link`, `handle`,
///                                                `address`, `payment`, `feedback`, `offPlatform`): one rule's scan
///         --hot                                  … and what makes the prefilter's sentences hot
///
/// Prints one line per round and a summary: `best MB/s`, `median MB/s`, inputs, and findings per rule.
@main
struct ProfileLintBench {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var rounds = 5
        if let index = arguments.firstIndex(of: "--rounds"), index + 1 < arguments.count {
            rounds = Int(arguments[index + 1]) ?? rounds
            arguments.removeSubrange(index...index + 1)
        }
        var withoutToS = false
        if let index = arguments.firstIndex(of: "--without-tos") {
            withoutToS = true
            arguments.remove(at: index)
        }
        var prefiltered = true
        if let index = arguments.firstIndex(of: "--no-prefilter") {
            prefiltered = false
            arguments.remove(at: index)
        }
        var printsMatches = false
        if let index = arguments.firstIndex(of: "--matches") {
            printsMatches = true
            arguments.remove(at: index)
        }
        var kinds = ContactMatch.Kinds.all
        if let index = arguments.firstIndex(of: "--kind"), index + 1 < arguments.count {
            kinds = []
            for name in arguments[index + 1].split(separator: ",") {
                guard let kind = ContactMatch.Kind.allCases.first(where: { "\($0)" == name }) else {
                    FileHandle.standardError.write(Data("unknown kind \(name)\n".utf8))
                    exit(64)
                }
                kinds.insert(ContactMatch.Kinds(kind))
            }
            arguments.removeSubrange(index...index + 1)
        }
        let hot = arguments.contains("--hot")
        arguments.removeAll { $0 == "--hot" }
        guard arguments.count == 2 else {
            FileHandle.standardError.write(
                Data(
                    ("usage: profilelint-bench json|parse DIR | text|scan FILE [--rounds N] [--without-tos]"
                        + " [--no-prefilter] [--matches] [--kind K,…]\n").utf8))
            exit(64)
        }
        let (mode, path) = (arguments[0], arguments[1])
        let inputs: [SourceFile]
        switch mode {
        case "json", "parse": inputs = try files(in: path)
        case "text", "scan":
            // Split as an array: `Data.split` cost more than the scan of a small file (outside the timed region, but
            // it crowded the profiles).
            let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            inputs = data.split(separator: 0x0A).enumerated().map {
                SourceFile(path: "\(path):\($0.offset + 1)", bytes: Array($0.element))
            }
        default: exit(64)
        }
        let bytes = inputs.reduce(0) { $0 + $1.bytes.count }
        var options = LintOptions()
        if withoutToS { options.rules.rules.removeAll { $0.description.category == .termsOfService } }
        let linter = Linter(options: options)
        let runner = RuleRunner()
        var counts: [String: Int] = [:]
        var rates: [Double] = []
        // The scan takes strings, as `RuleInput.scanContacts` does; decoding them is not the scan's cost.
        let texts = mode == "scan" ? inputs.map { String(decoding: $0.bytes, as: UTF8.self) } : []
        for round in 1...rounds {
            var found = 0
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                for (number, input) in inputs.enumerated() {
                    switch mode {
                    case "json": found += linter.lintProfile(input).findings.count
                    case "parse": found += (try? ProfileReader.read(input)) == nil ? 0 : 1
                    case "scan":
                        let matches = ContactScanner.scan(texts[number], for: kinds, prefiltered: prefiltered)
                        found += matches.count
                        guard round == 1 else { break }
                        for match in matches {
                            counts["\(match.kind)", default: 0] += 1
                            if printsMatches {
                                print(
                                    "\(number + 1)\t\(match.kind)\t\(match.range)\t\(match.strength)\t\(match.value)\t\(match.detail)"
                                )
                            }
                        }
                    default:
                        let findings = runner.run(RuleInput(text: input))
                        found += findings.count
                        if round == 1 { for finding in findings { counts[finding.ruleID, default: 0] += 1 } }
                    }
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            rates.append(Double(bytes) / seconds / 1_000_000)
            print(String(format: "round %d: %.3f s, %.1f MB/s (%d results)", round, seconds, rates.last!, found))
        }
        let sorted = rates.sorted()
        if mode == "scan" {
            let scanned = texts.reduce(0) {
                $0 + (prefiltered ? ContactScanner.prefilteredBytes($1, for: kinds) : $1.utf8.count)
            }
            print(
                String(
                    format: "%@: the detectors see %.1f%% of the bytes",
                    prefiltered ? "prefiltered" : "without the prefilter", 100 * Double(scanned) / Double(bytes)))
            if hot { print(ContactScanner.prefilterReport(texts)) }
        }
        print(
            String(
                format: "%@%@: %d inputs, %.1f MB; best %.1f MB/s, median %.1f MB/s", mode,
                withoutToS ? " (without ToS rules)" : "", inputs.count,
                Double(bytes) / 1_000_000, sorted.last!, sorted[sorted.count / 2]))
        for (rule, count) in counts.sorted(by: { $0.key < $1.key }) { print("  \(rule): \(count)") }
    }

    static func files(in directory: String) throws -> [SourceFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        return try names.map { name in
            let path = directory + "/" + name
            return SourceFile(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }
}
