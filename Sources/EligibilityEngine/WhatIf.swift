/// The answer to "how many more positive contracts of this size reach the target JSS?".
public struct WhatIf: Sendable, Hashable, Codable {
    /// The JSS asked for.
    public var target: Int
    /// The earnings of each added contract.
    public var contractEarnings: Double
    /// The JSS now: the displayed one (`jss`, else the latest `jssHistory` week) when the account shows one, else
    /// the one computed from the contracts; `nil` when there is none yet.
    public var currentJSS: Int?
    /// The JSS computed from the contracts alone, an estimate beside a displayed `currentJSS`.
    public var estimatedJSS: Int?
    /// `displayed` when `currentJSS` is the marketplace's figure (the added contracts are then counted against
    /// that figure: the feedback the contracts do not show is kept as it is), else `contracts`.
    public var basis: String = "contracts"
    /// How many contracts it takes (0 when the target is already met); `nil` when the limit is not enough
    /// (a target of 100 with a negative outcome in the window is never reached).
    public var contractsNeeded: Int?
    /// The JSS after adding them.
    public var resultingJSS: Int?

    /// Creates an answer.
    public init(target: Int, contractEarnings: Double, currentJSS: Int?, contractsNeeded: Int?, resultingJSS: Int?) {
        self.target = target
        self.contractEarnings = contractEarnings
        self.currentJSS = currentJSS
        self.contractsNeeded = contractsNeeded
        self.resultingJSS = resultingJSS
        estimatedJSS = currentJSS
    }
}
