/// Numbers read within ``ScenarioLimits``, each refused with the bound and the fix.
extension FieldReader {
    /// An amount of money: 0, or between ``ScenarioLimits/smallestMoney`` and ``ScenarioLimits/money``.
    mutating func money(_ node: SourceNode, _ path: String) -> Double? {
        guard let amount = number(node, path, nonNegative: true) else { return nil }
        if let problem = Self.moneyProblem(amount) {
            error(path, node.location, "is \(Self.shownNumber(node)); \(problem)")
            return nil
        }
        return amount
    }

    /// A value in value points, at most ``ScenarioLimits/value`` either side of 0.
    mutating func value(_ node: SourceNode, _ path: String) -> Double? {
        guard let value = number(node, path) else { return nil }
        guard abs(value) <= ScenarioLimits.value else {
            error(path, node.location, "is \(Self.shownNumber(node)); \(Self.valueFix)")
            return nil
        }
        return value
    }

    /// Values in value points, each within ``ScenarioLimits/value``.
    mutating func values(_ node: SourceNode, _ path: String) -> [Double]? {
        remember(path, node)
        guard let items = sequence(node, path) else { return nil }
        var values: [Double] = []
        var failed = false
        for (index, item) in items.enumerated() {
            if let value = value(item, "\(path)[\(index)]") { values.append(value) } else { failed = true }
        }
        return failed ? nil : values
    }

    /// A number ≥ 0 and at most `maximum` (months, hours); `unit` names what it counts.
    mutating func bounded(_ node: SourceNode, _ path: String, maximum: Double, unit: String) -> Double? {
        guard let value = number(node, path, nonNegative: true) else { return nil }
        guard value <= maximum else {
            error(
                path, node.location,
                "is \(Self.shownNumber(node)); at most \(Formatting.number(maximum)) \(unit) are allowed; lower it")
            return nil
        }
        return value
    }

    /// What is wrong with an amount of money, with the fix; nil when it is within the limits.
    static func moneyProblem(_ amount: Double) -> String? {
        if ScenarioLimits.isMoney(amount) { return nil }
        if !(amount <= ScenarioLimits.money) {
            return "the largest amount allowed is \(Formatting.money(ScenarioLimits.money)); lower it "
                + "(amounts are in currency units: 1450000 is 1.45 million)"
        }
        return "the smallest amount above 0 allowed is \(Formatting.number(ScenarioLimits.smallestMoney)); "
            + "use 0 or at least \(Formatting.number(ScenarioLimits.smallestMoney))"
    }

    /// The fix for a value beyond ``ScenarioLimits/value``: only the values' ratios matter.
    static let valueFix =
        "values may be at most \(Formatting.money(ScenarioLimits.value)) either side of 0; "
        + "divide every value of the scenario by the same factor (only their ratios matter)"
}
