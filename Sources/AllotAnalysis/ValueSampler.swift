import AllotModel

/// A small deterministic random generator (SplitMix64), so a robust analysis can be re-run from its seed.
public struct SampleGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The generator of sample `index` under `seed`.
    ///
    /// Depends only on `(seed, index)`, never on which thread draws the sample or when, so a
    /// sample is the same whether the samples are drawn serially or concurrently.
    public static func forSample(_ index: Int, seed: UInt64) -> SampleGenerator {
        SampleGenerator(seed: mix(seed &+ mix(UInt64(truncatingIfNeeded: index) &+ 0xD1B5_4A32_D192_ED03)))
    }

    /// SplitMix64's finaliser: a bijection that spreads nearby inputs far apart.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw from `0 ..< 1` with 53 random bits (the same on every platform).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

/// Draws scenarios whose mentor values vary within each mentor's ``Mentor/uncertainty``.
///
/// The distribution: for a mentor with uncertainty `u`, one factor `f` is drawn uniformly from
/// `[1 − u, 1 + u]` and multiplies the mentor's whole curve (every slot value). A single
/// factor per mentor models the executives' uncertainty about *how good this mentor's
/// stream is*, and keeps each sampled curve's shape: a diminishing curve stays diminishing,
/// the relative order of the slots is kept, and a slot of value 0 stays 0. Because `u ≤ 1`,
/// `f ≥ 0`, so no value changes sign: a negative slot value (a slot that only pays off
/// through the next one) stays negative, its size scaled by the same factor. There is no
/// independent per-slot jitter, which could turn a diminishing curve into a rising one.
///
/// Invariants: a mentor with `u = 0` keeps its values exactly; interactions, agenda returns,
/// costs and every constraint are unchanged, so every sample has the same feasible
/// allocations as the scenario. One draw is taken for every mentor in ascending id order,
/// uncertain or not, so the order of mentors in the file, or the uncertainty of one mentor,
/// does not change the factors drawn for the others.
public enum ValueSampler {
    /// The scenario of sample `index` under `seed`.
    public static func sample(_ scenario: Scenario, index: Int, seed: UInt64) -> Scenario {
        var generator = SampleGenerator.forSample(index, seed: seed)
        let factors = self.factors(for: scenario.mentors, using: &generator)
        var sampled = scenario
        for position in sampled.mentors.indices {
            let factor = factors[sampled.mentors[position].id] ?? 1
            if factor != 1 { sampled.mentors[position].slotValues = sampled.mentors[position].slotValues.map { $0 * factor } }
        }
        return sampled
    }

    /// One factor per mentor id, uniform in `[1 − u, 1 + u]`, drawn in ascending id order.
    public static func factors(for mentors: [Mentor], using generator: inout SampleGenerator) -> [String: Double] {
        var factors: [String: Double] = [:]
        for mentor in mentors.sorted(by: { $0.id < $1.id }) {
            let draw = generator.unit()
            factors[mentor.id] = mentor.uncertainty == 0 ? 1 : 1 + mentor.uncertainty * (2 * draw - 1)
        }
        return factors
    }
}
