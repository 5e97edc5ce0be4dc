import Foundation

/// A scenario from the benchmark generator (`Benchmarks/generate.py`, seeded), written into a
/// new scratch folder; the caller removes the folder (the file's parent).
///
/// For tests that need size: at 2,000 mentors the LP relaxation alone takes seconds.
public func generatedScenario(mentors: Int) throws -> URL {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let generated = try AllotProcess.run(
        executable: URL(fileURLWithPath: "/usr/bin/env"),
        ["python3", root.appendingPathComponent("Benchmarks/generate.py").path, "--mentors", "\(mentors)"])
    guard generated.status == 0 else { throw GeneratorError(message: generated.stderr) }
    let file = try scratchDirectory("generated").appendingPathComponent("m\(mentors).yaml")
    try generated.stdout.write(to: file, atomically: true, encoding: .utf8)
    return file
}

/// The benchmark generator failed (python3 missing, or its own error).
public struct GeneratorError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "Benchmarks/generate.py failed: \(message)" }
}
