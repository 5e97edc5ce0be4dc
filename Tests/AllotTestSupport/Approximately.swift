/// True when two objective values agree to a relative 1e-9 (or absolute 1e-9 near zero).
public func approximatelyEqual(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}
