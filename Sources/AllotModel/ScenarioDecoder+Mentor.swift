import Foundation

extension ScenarioDecoder {
    static func decodeMentor(_ node: SourceNode, _ path: String, _ reader: inout FieldReader) -> Mentor? {
        guard let fields = reader.mapping(node, path, allowed: ScenarioKeys.mentor) else { return nil }
        guard let id = requiredIdentifier(fields, node, path, &reader) else { return nil }
        let subject = "\(path) (\(id))"
        let name = optional(fields, "name") { reader.string($0, "\(path).name") }
        let agenda: String?
        if let agendaNode = fields["agenda"], !agendaNode.isNull {
            agenda = reader.identifier(agendaNode, "\(path).agenda")
        } else {
            reader.error(subject, node.location, "missing `agenda`; name one of the scenario's agendas, e.g. `agenda: evals`")
            agenda = nil
        }
        let location = optional(fields, "location") { reader.identifier($0, "\(path).location") }
        let explicitCap = optional(fields, "cap") { reader.count($0, "\(path).cap", maximum: maximumCap) }
        let explicitMin = optional(fields, "min") { reader.count($0, "\(path).min", maximum: maximumCap) }
        let costPerScholar = optional(fields, "cost_per_scholar") {
            reader.money($0, "\(path).cost_per_scholar")
        }
        let fixedCost = optional(fields, "fixed_cost") { reader.money($0, "\(path).fixed_cost") }
        let exclude = optional(fields, "exclude") { reader.boolean($0, "\(path).exclude") } ?? false
        let uncertainty = optional(fields, "uncertainty") { reader.fraction($0, "\(path).uncertainty") } ?? 0
        let tags = optional(fields, "tags") { reader.strings($0, "\(path).tags") } ?? []
        let lock = optional(fields, "lock") { decodeLock($0, "\(path).lock", &reader) }
        guard let curve = decodeCurve(fields, node, path, subject, explicitCap: explicitCap, &reader) else { return nil }

        let cap: Int
        switch curve {
        case .values(let list): cap = explicitCap ?? min(list.count, maximumCap)
        default:
            guard let explicitCap else {
                // A cap that was given but refused has been reported already.
                if fields["cap"] == nil || fields["cap"]?.isNull == true {
                    reader.error(subject, node.location, "`cap` is required with `curve`; add e.g. `cap: 4`")
                }
                return nil
            }
            cap = explicitCap
        }
        if case .values(let list) = curve {
            if list.count < cap, let valuesNode = fields["values"] {
                reader.error(
                    "\(path).values", valuesNode.location,
                    "(\(id)) cap is \(cap) but only \(list.count) value\(list.count == 1 ? " is" : "s are") given; "
                        + "add \(cap - list.count == 1 ? "a value" : "\(cap - list.count) values") or lower cap")
                return nil
            }
            if explicitCap == nil && list.count > maximumCap, let valuesNode = fields["values"] {
                reader.error(
                    "\(path).values", valuesNode.location,
                    "(\(id)) lists \(list.count) values; a cap above \(maximumCap) is not supported; set `cap`")
                return nil
            }
        }
        if case .geometric(let first, let ratio) = curve,
            let last = curve.values(count: cap).last, !(abs(last) <= ScenarioLimits.value)
        {
            // A ratio above 1 grows the curve: its last slot is where it leaves the limits.
            reader.error(
                "\(path).curve.ratio", fields["curve"]?["ratio"]?.location,
                "(\(id)) with first \(Formatting.number(first)), ratio \(Formatting.number(ratio)) and cap \(cap), "
                    + "slot \(cap) would be worth \(String(format: "%g", last)); \(FieldReader.valueFix), or lower ratio")
            return nil
        }
        guard let agenda else { return nil }
        let mentor = Mentor(
            id: id, name: name, agenda: agenda, location: location, cap: cap, min: explicitMin ?? 1, curve: curve,
            costPerScholar: costPerScholar, fixedCost: fixedCost, lock: lock, exclude: exclude,
            uncertainty: uncertainty, tags: tags)
        checkSlots(mentor, fields, node, path, explicitMin: explicitMin, &reader)
        return mentor
    }

    /// Consistency of cap, min, lock and exclude.
    private static func checkSlots(
        _ mentor: Mentor, _ fields: [String: SourceNode], _ node: SourceNode, _ path: String, explicitMin: Int?,
        _ reader: inout FieldReader
    ) {
        let id = mentor.id
        let lockLocation = fields["lock"]?.location ?? node.location
        if mentor.cap == 0 {
            reader.warning(
                "\(path).cap", fields["cap"]?.location ?? node.location,
                "(\(id)) cap is 0, so this mentor can receive no scholars")
        } else if explicitMin != nil, mentor.minimumIfFunded > mentor.cap {
            reader.error(
                "\(path).min", fields["min"]?.location,
                "(\(id)) min is \(mentor.minimumIfFunded) but cap is "
                    + "\(mentor.cap); lower min or raise cap")
        }
        guard let lock = mentor.lock else { return }
        if lock.count > mentor.cap {
            reader.error(
                "\(path).lock", lockLocation,
                "(\(id)) locks \(lock.count) scholars but cap is \(mentor.cap); keep the lock within 0…\(mentor.cap) or raise cap"
            )
            return
        }
        if mentor.exclude, lock.count > 0, !isAtMost(lock) {
            reader.error(
                "\(path).exclude", fields["exclude"]?.location,
                "(\(id)) is excluded but locked to \(lock.count) scholars; remove the lock or `exclude: true`")
        }
        switch lock {
        case .exactly(let n) where n > 0 && n < mentor.minimumIfFunded:
            reader.error(
                "\(path).lock", lockLocation,
                "(\(id)) lock is exactly \(n) but min is \(mentor.minimumIfFunded) (fewest scholars if funded); "
                    + "lock at least \(mentor.minimumIfFunded) or lower min")
        case .atMost(let n) where n < mentor.minimumIfFunded && mentor.cap > 0:
            reader.warning(
                "\(path).lock", lockLocation,
                "(\(id)) at_most \(n) is below min \(mentor.minimumIfFunded), so this mentor can only get 0 scholars")
        default: break
        }
    }

    private static func isAtMost(_ lock: Lock) -> Bool {
        if case .atMost = lock { return true }
        return false
    }

    private static func decodeLock(_ node: SourceNode, _ path: String, _ reader: inout FieldReader) -> Lock? {
        guard let fields = reader.mapping(node, path, allowed: ScenarioKeys.lock) else { return nil }
        guard fields.count == 1, let (key, value) = fields.first else {
            reader.error(
                path, node.location,
                "give exactly one of `exactly`, `at_least` or `at_most`, e.g. `lock: {at_least: 2}`")
            return nil
        }
        guard let count = reader.count(value, "\(path).\(key)", maximum: maximumCap) else { return nil }
        switch key {
        case "exactly": return .exactly(count)
        case "at_least": return .atLeast(count)
        default: return .atMost(count)
        }
    }

    private static func decodeCurve(
        _ fields: [String: SourceNode], _ node: SourceNode, _ path: String, _ subject: String, explicitCap: Int?,
        _ reader: inout FieldReader
    ) -> ValueCurve? {
        let valuesNode = fields["values"].flatMap { $0.isNull ? nil : $0 }
        let curveNode = fields["curve"].flatMap { $0.isNull ? nil : $0 }
        switch (valuesNode, curveNode) {
        case (.some, .some):
            reader.error(subject, node.location, "give either `values` or `curve`, not both; remove one")
            return nil
        case (nil, nil):
            reader.error(
                subject, node.location,
                "missing `values`; list the marginal value of each scholar, e.g. `values: [10, 8, 6]`, or give a `curve`")
            return nil
        case (.some(let valuesNode), nil):
            if case .sequence(let items) = valuesNode.value, items.count > maximumCap, explicitCap != nil {
                // Extra entries beyond cap are ignored, but an enormous list is refused unread.
                if items.count > 100 * maximumCap {
                    reader.error("\(path).values", valuesNode.location, "lists \(items.count) values; list at most \(maximumCap)")
                    return nil
                }
            }
            return reader.values(valuesNode, "\(path).values").map(ValueCurve.values)
        case (nil, .some(let curveNode)):
            return decodeGeneratedCurve(curveNode, "\(path).curve", &reader)
        }
    }

    private static func decodeGeneratedCurve(_ node: SourceNode, _ path: String, _ reader: inout FieldReader)
        -> ValueCurve?
    {
        guard let fields = reader.mapping(node, path, allowed: ScenarioKeys.curve) else {
            return nil
        }
        guard let shapeNode = fields["shape"], let shape = reader.string(shapeNode, "\(path).shape") else {
            reader.error(path, node.location, "missing `shape`; use geometric, linear or constant")
            return nil
        }
        let needed: [String]
        switch shape {
        case "geometric": needed = ["first", "ratio"]
        case "linear": needed = ["first", "last"]
        case "constant": needed = ["value"]
        default:
            reader.error(
                "\(path).shape", shapeNode.location,
                "unknown shape \(FieldReader.quoted(shape)); use geometric, linear or constant")
            return nil
        }
        var numbers: [String: Double] = [:]
        for key in ["first", "ratio", "last", "value"] where fields[key] != nil {
            guard needed.contains(key), let valueNode = fields[key] else {
                reader.error("\(path).\(key)", fields[key]?.location, "is not used by a \(shape) curve; remove it")
                continue
            }
            let value = key == "ratio" ? reader.number(valueNode, "\(path).ratio") : reader.value(valueNode, "\(path).\(key)")
            if let value { numbers[key] = value }
        }
        for key in needed where fields[key] == nil {
            reader.error(path, node.location, "a \(shape) curve needs `\(key)`; add it")
        }
        guard needed.allSatisfy({ numbers[$0] != nil }) else { return nil }
        switch shape {
        case "geometric":
            let ratio = numbers["ratio"] ?? 0
            if ratio < 0 {
                reader.error("\(path).ratio", fields["ratio"]?.location, "must be at least 0, not \(Formatting.number(ratio))")
                return nil
            }
            return .geometric(first: numbers["first"] ?? 0, ratio: ratio)
        case "linear": return .linear(first: numbers["first"] ?? 0, last: numbers["last"] ?? 0)
        default: return .constant(numbers["value"] ?? 0)
        }
    }
}
