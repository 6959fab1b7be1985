import EligibilityEngine
import ProfileModel
import ProfileRules

/// The `--format json` document: versioned, and described by `Schemas/profilelint-report.schema.json`.
///
/// Written with `JSONWriter`, keys sorted as `JSONEncoder`'s `.sortedKeys` sorts them (the output is byte for byte
/// what the Codable version wrote; `JSONWriterTests` compares the two). A new member is one `key`/value line in
/// its record's function, at its sorted place.
public enum JSONReporter {
    /// Renders the results as the versioned JSON document (pretty-printed, keys sorted, ends with a newline).
    ///
    /// - Throws: `JSONWriteError` when a result holds a number JSON cannot carry (NaN, infinity): the report is
    ///   not written rather than written without it.
    public static func render(_ results: [FileResult]) throws(JSONWriteError) -> String {
        var json = JSONWriter(style: .pretty, capacity: 4096)
        try write(results, to: &json)
        json.newline()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// The whole document.
    static func write(_ results: [FileResult], to json: inout JSONWriter) throws(JSONWriteError) {
        let summary = RunSummary(results)
        json.beginObject()
        json.key("files")
        json.beginArray()
        for result in results {
            do {
                try file(result, to: &json)
            } catch {
                var error = error
                error.file = result.path
                throw error
            }
        }
        json.endArray()
        json.key("formatVersion")
        json.integer(ToolInfo.jsonFormatVersion)
        json.key("summary")
        json.beginObject()
        json.key("errors")
        json.integer(summary.errors)
        json.key("failedFiles")
        json.integer(summary.failedFiles)
        json.key("files")
        json.integer(summary.files)
        json.key("infos")
        json.integer(summary.infos)
        json.key("warnings")
        json.integer(summary.warnings)
        json.endObject()
        json.key("tool")
        json.beginObject()
        json.key("name")
        json.string(ToolInfo.name)
        json.key("version")
        json.string(ToolInfo.version)
        json.endObject()
        json.endObject()
    }

    /// One file's record (`files[]`, and an NDJSON line with `extra` members such as `line`).
    ///
    /// - Parameter extra: members, sorted by key, written at their sorted place among the record's own.
    static func file(
        _ result: FileResult, to json: inout JSONWriter,
        extra: [(key: String, write: (inout JSONWriter) -> Void)] = []
    )
        throws(JSONWriteError)
    {
        json.beginObject()
        var pending = extra[...]
        // Writes the extra members whose keys sort before `key` (all of them for `nil`).
        func flushExtra(before key: String?, _ json: inout JSONWriter) {
            while let next = pending.first, key.map({ next.key < $0 }) ?? true {
                json.key(next.key)
                next.write(&json)
                pending.removeFirst()
            }
        }
        if let report = result.completeness {
            flushExtra(before: "completeness", &json)
            json.key("completeness")
            try completeness(
                report, marketplace: result.marketplaceCompleteness, note: result.marketplaceNote,
                to: &json)
        }
        if let eligibility = result.eligibility {
            flushExtra(before: "eligibility", &json)
            json.key("eligibility")
            // Its Codable form is the engine's documented shape (absent values as null).
            try json.value(JSONValueEncoder.encode(eligibility))
        }
        if let error = result.error {
            flushExtra(before: "error", &json)
            json.key("error")
            json.beginObject()
            if let column = error.column {
                json.key("column")
                json.integer(column)
            }
            if let line = error.line {
                json.key("line")
                json.integer(line)
            }
            json.key("message")
            json.string(error.message)
            json.endObject()
        }
        flushExtra(before: "findings", &json)
        json.key("findings")
        json.beginArray()
        for item in result.findings { finding(item, to: &json) }
        json.endArray()
        if let format = result.format {
            flushExtra(before: "format", &json)
            json.key("format")
            json.string(format.rawValue)
        }
        flushExtra(before: "kind", &json)
        json.key("kind")
        json.string(result.kind.rawValue)
        flushExtra(before: "path", &json)
        json.key("path")
        json.string(result.path)
        // profilelint's readiness checklists (`measuredBy: "profilelint"`); absent without specialized profiles.
        if !result.specializedReadiness.isEmpty {
            flushExtra(before: "specializedProfiles", &json)
            json.key("specializedProfiles")
            json.beginArray()
            for readiness in result.specializedReadiness { specialized(readiness, to: &json) }
            json.endArray()
        }
        flushExtra(before: nil, &json)
        json.endObject()
    }

    /// The scorer's report (its Codable form is the contract), plus the marketplace's own figure.
    static func completeness(
        _ report: CompletenessReport, marketplace: MarketplaceCompleteness?, note: String?,
        to json: inout JSONWriter
    ) throws(JSONWriteError) {
        json.beginObject()
        json.key("items")
        json.beginArray()
        for item in report.items {
            json.beginObject()
            json.key("count")
            json.integer(item.count)
            json.key("id")
            json.string(item.id)
            json.key("label")
            json.string(item.label)
            json.key("max")
            try json.number(item.max)
            json.key("points")
            try json.number(item.points)
            json.key("required")
            json.bool(item.required)
            json.endObject()
        }
        json.endArray()
        if let marketplace {
            json.key("marketplace")
            json.beginObject()
            if let actual = marketplace.actual {
                json.key("actual")
                try json.number(actual)
            }
            if let actual = marketplace.actual {
                json.key("difference")
                try json.number(report.score - actual)
            }
            if let display = marketplace.display {
                json.key("display")
                try json.number(display)
            }
            if let note {
                json.key("note")
                json.string(note)
            }
            json.key("source")
            json.string(marketplace.source)
            json.endObject()
        }
        json.key("model")
        json.string(report.model.rawValue)
        json.key("next")
        try steps(report.next, to: &json)
        json.key("optionalCap")
        try json.number(report.optionalCap)
        json.key("optionalPoints")
        try json.number(report.optionalPoints)
        json.key("planTo100")
        try steps(report.planTo100, to: &json)
        json.key("score")
        try json.number(report.score)
        json.endObject()
    }

    static func steps(_ steps: [CompletenessReport.Step], to json: inout JSONWriter) throws(JSONWriteError) {
        json.beginArray()
        for step in steps {
            json.beginObject()
            json.key("advice")
            json.string(step.advice)
            json.key("gain")
            try json.number(step.gain)
            json.key("id")
            json.string(step.id)
            json.key("quantity")
            json.integer(step.quantity)
            json.endObject()
        }
        json.endArray()
    }

    /// A specialized profile's checklist, as its Codable form encodes it.
    static func specialized(_ readiness: SpecializedReadiness, to json: inout JSONWriter) {
        json.beginObject()
        json.key("index")
        json.integer(readiness.index)
        json.key("items")
        json.beginArray()
        for item in readiness.items {
            json.beginObject()
            json.key("id")
            json.string(item.id)
            json.key("label")
            json.string(item.label)
            json.key("met")
            json.bool(item.met)
            json.endObject()
        }
        json.endArray()
        json.key("measuredBy")
        json.string(readiness.measuredBy)
        json.key("met")
        json.integer(readiness.met)
        json.key("pointer")
        json.string(readiness.pointer)
        if let specialty = readiness.specialty {
            json.key("specialty")
            json.string(specialty)
        }
        json.key("total")
        json.integer(readiness.total)
        json.endObject()
    }

    static func finding(_ finding: Finding, to json: inout JSONWriter) {
        json.beginObject()
        json.key("category")
        json.string(finding.category.rawValue)
        json.key("column")
        json.integer(finding.location.column)
        json.key("endColumn")
        json.integer(finding.end.column)
        json.key("endLine")
        json.integer(finding.end.line)
        if let excerpt = finding.excerpt {
            json.key("excerpt")
            json.string(excerpt)
        }
        if let field = finding.fieldPath {
            json.key("field")
            json.string(field)
        }
        json.key("line")
        json.integer(finding.location.line)
        json.key("message")
        json.string(finding.message)
        json.key("offset")
        json.integer(finding.offset)
        json.key("rule")
        json.string(finding.ruleID)
        json.key("severity")
        json.string(finding.severity.rawValue)
        json.endObject()
    }
}
