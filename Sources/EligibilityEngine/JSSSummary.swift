/// The Job Success Score: the value shown, which window it came from, and every window's score.
public struct JSSSummary: Sendable, Hashable, Codable {
    /// The JSS as shown (an integer percentage); `nil` when there is none yet or nothing to compute it from.
    public var value: Int?
    /// Where `value` came from: `displayed` (the account's `jss`), `history` (the latest week of `jssHistory`), or
    /// the best computed window (`24m`, `12m`, `6m`, `trending`) when the account shows no figure.
    public var window: String?
    /// Each computed window, when contracts were given.
    public var windows: [JSSWindow]
    /// For `history`: the week whose figure is shown.
    public var week: CalendarDate?
    /// When `value` is the displayed figure: the JSS computed from the contracts alone, an estimate (Upwork also
    /// counts private feedback the contracts never show), and its window.
    public var estimate: Int?
    /// The window of `estimate`.
    public var estimateWindow: String?

    /// Creates a summary.
    public init(
        value: Int?, window: String?, windows: [JSSWindow], week: CalendarDate? = nil, estimate: Int? = nil,
        estimateWindow: String? = nil
    ) {
        self.value = value
        self.window = window
        self.windows = windows
        self.week = week
        self.estimate = estimate
        self.estimateWindow = estimateWindow
    }

    /// Whether `value` is the marketplace's own figure rather than one computed from the contracts.
    public var isDisplayed: Bool { window == "displayed" || window == "history" }

    /// Encodes `value` and `window` as `null` when absent, so the JSON shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(window, forKey: .window)
        try container.encode(windows, forKey: .windows)
        try container.encode(week, forKey: .week)
        try container.encode(estimate, forKey: .estimate)
        try container.encode(estimateWindow, forKey: .estimateWindow)
    }
}

/// One JSS window: the weights that went in and the score that came out.
public struct JSSWindow: Sendable, Hashable, Codable {
    /// `24m`, `12m`, `6m`, `3m` or `trending`.
    public var window: String
    /// The score shown for this window, rounded down; `nil` when the window lacks the minimum history.
    public var value: Int?
    /// The unrounded score, 0–100.
    public var score: Double?
    /// Eligible contracts in the window (`nil` for `trending`, which averages two windows).
    public var jobs: Int?
    /// Distinct clients among them.
    public var clients: Int?
    /// Summed weight of positive outcomes.
    public var positive: Double?
    /// Summed weight of negative outcomes.
    public var negative: Double?
    /// Summed weight of all eligible outcomes.
    public var total: Double?

    /// Creates a window.
    public init(
        window: String, value: Int?, score: Double?, jobs: Int? = nil, clients: Int? = nil,
        positive: Double? = nil, negative: Double? = nil, total: Double? = nil
    ) {
        self.window = window
        self.value = value
        self.score = score
        self.jobs = jobs
        self.clients = clients
        self.positive = positive
        self.negative = negative
        self.total = total
    }
}
