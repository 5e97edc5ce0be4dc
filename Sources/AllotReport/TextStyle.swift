import AllotModel
import LinearProgramming

/// How terminal text is drawn: the width it must fit and whether it may carry colour.
///
/// A pure value: the CLI decides it from the terminal and the environment, the renderers only
/// read it, so ``plain`` (no limit, no colour) gives the same text as before, golden files included.
public struct TextStyle: Sendable, Equatable {
    /// Display columns a line may take; nil for no limit.
    public var width: Int?
    /// Whether ANSI colour and weight codes may be used.
    public var colour: Bool

    public init(width: Int? = nil, colour: Bool = false) {
        self.width = width.map { max($0, Self.narrowest) }
        self.colour = colour
    }

    /// No width limit and no colour: pipes, files and tests.
    public static let plain = TextStyle()

    /// Below this, fitting does more harm than overflowing.
    static let narrowest = 20

    /// Headings and table headers.
    public func bold(_ text: String) -> String { paint(text, "1") }
    /// Something that went as hoped, such as a proven optimum.
    public func good(_ text: String) -> String { paint(text, "32") }
    /// Something to check, such as an allocation not proven optimal.
    public func caution(_ text: String) -> String { paint(text, "33") }
    /// Something that failed, such as an infeasible scenario (a vermillion-like red).
    public func bad(_ text: String) -> String { paint(text, "38;5;202") }
    /// Rows that matter less, such as unfunded mentors.
    public func dim(_ text: String) -> String { paint(text, "2") }

    /// The status line's colour: green when proven optimal, yellow when only feasible, red without an allocation.
    public func status(_ text: String, _ termination: Termination) -> String {
        switch termination {
        case .optimal: good(text)
        case .feasible: caution(text)
        case .infeasible, .noSolution, .unbounded, .interrupted: bad(text)
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
