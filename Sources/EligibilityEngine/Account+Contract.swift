extension Account {
    /// One contract: what it earned, when, and how it ended.
    public struct Contract: Sendable, Hashable {
        /// One payment on the contract.
        public struct Payment: Sendable, Hashable {
            /// When it was paid.
            public var date: CalendarDate
            /// How much, before fees.
            public var amount: Double

            /// Creates a payment.
            public init(date: CalendarDate, amount: Double) {
                self.date = date
                self.amount = amount
            }
        }

        /// The client's end-of-contract feedback.
        public struct Feedback: Sendable, Hashable {
            /// Public rating, 1–5 stars.
            public var publicStars: Double?
            /// Private "would recommend" score, 0–10 (sources J10, J20).
            public var privateScore: Double?

            /// Creates feedback.
            public init(publicStars: Double? = nil, privateScore: Double? = nil) {
                self.publicStars = publicStars
                self.privateScore = privateScore
            }
        }

        /// An identifier for messages.
        public var id: String?
        /// Who the client is; JSS needs two distinct clients (source J8).
        public var client: String?
        /// The marketplace category, for the Top Rated Plus large-contract threshold.
        public var category: String?
        /// When it started.
        public var started: CalendarDate?
        /// When it ended; `nil` while it runs.
        public var ended: CalendarDate?
        /// Total earnings; the sum of `payments` when `nil`.
        public var earnings: Double?
        /// Dated payments.
        public var payments: [Payment]
        /// End-of-contract feedback, if any was left.
        public var feedback: Feedback?
        /// Whether the contract ended in a dispute.
        public var disputed: Bool
        /// Whether the client was flagged or suspended (their feedback does not count, sources J2, J13).
        public var clientFlagged: Bool

        /// Creates a contract.
        public init(
            id: String? = nil, client: String? = nil, category: String? = nil, started: CalendarDate? = nil,
            ended: CalendarDate? = nil, earnings: Double? = nil, payments: [Payment] = [],
            feedback: Feedback? = nil, disputed: Bool = false, clientFlagged: Bool = false
        ) {
            self.id = id
            self.client = client
            self.category = category
            self.started = started
            self.ended = ended
            self.earnings = earnings
            self.payments = payments
            self.feedback = feedback
            self.disputed = disputed
            self.clientFlagged = clientFlagged
        }

        /// Total earnings: `earnings`, else the sum of the payments.
        public var totalEarnings: Double {
            earnings ?? payments.reduce(0) { $0 + $1.amount }
        }

        /// The last payment, else the end, else the start: the date JSS windows count from (source B15).
        public var lastTransaction: CalendarDate? {
            payments.map(\.date).max() ?? ended ?? started
        }
    }
}
