import AllotTestSupport
import Foundation
import GLPKBackend
import LinearProgramming
import Testing

/// One suite for every backend: GLPK must agree with exhaustive enumeration on pure-integer problems.
@Suite("backend conformance")
struct BackendConformanceTests {
    /// A random bounded integer program with mixed row types.
    static func randomProblem(seed: UInt64) -> Problem {
        var random = SeededGenerator(seed: seed)
        var problem = Problem(name: "random")
        problem.sense = random.chance(0.5) ? .maximize : .minimize
        let count = Int.random(in: 1...5, using: &random)
        let variables = (0..<count).map { index in
            let lower = Double(Int.random(in: -2...1, using: &random))
            let upper = lower + Double(Int.random(in: 0...3, using: &random))
            if random.chance(0.3) { return problem.addVariable("x\(index)", kind: .binary) }
            return problem.addVariable("x\(index)", kind: .integer, lowerBound: lower, upperBound: upper)
        }
        problem.objective = LinearExpression(variables.map { ($0, Double(Int.random(in: -5...5, using: &random))) })
        for row in 0..<Int.random(in: 0...4, using: &random) {
            let expression = LinearExpression(variables.map { ($0, Double(Int.random(in: -3...3, using: &random))) })
            let bound = Double(Int.random(in: -4...6, using: &random))
            switch Int.random(in: 0...2, using: &random) {
            case 0: problem.addConstraint("r\(row)", expression, upperBound: bound)
            case 1: problem.addConstraint("r\(row)", expression, lowerBound: bound)
            default: problem.addConstraint("r\(row)", expression, lowerBound: bound - 2, upperBound: bound)
            }
        }
        return problem
    }

    @Test("GLPK and exhaustive enumeration agree on random integer programs", arguments: Array(UInt64(0)..<200))
    func agreesWithExhaustive(seed: UInt64) throws {
        let problem = Self.randomProblem(seed: seed)
        let exact = try ExhaustiveBackend().solve(problem, options: SolveOptions())
        let glpk = try GLPKBackend().solve(problem, options: SolveOptions())
        #expect(glpk.termination == exact.termination, "seed \(seed)")
        if let expected = exact.objectiveValue {
            let got = try #require(glpk.objectiveValue, "seed \(seed)")
            #expect(abs(got - expected) < 1e-9, "seed \(seed): glpk \(got), exhaustive \(expected)")
        }
    }

    @Test("invalid models are refused in Swift before GLPK sees them (GLPK would abort the process)")
    func refusesInvalidModels() {
        var problem = Problem(name: "bad")
        let x = problem.addVariable("x", kind: .integer, lowerBound: 0, upperBound: 3)
        var nanObjective = problem
        nanObjective.objective = LinearExpression([(x, .nan)])
        #expect(throws: ProblemError.nonFiniteCoefficient(place: "the objective")) {
            try GLPKBackend().solve(nanObjective, options: SolveOptions())
        }
        var crossed = problem
        crossed.setBounds(x, lowerBound: 2, upperBound: 1)
        #expect(throws: ProblemError.emptyDomain(place: "variable x", lowerBound: 2, upperBound: 1)) {
            try GLPKBackend().solve(crossed, options: SolveOptions())
        }
        var unknown = problem
        unknown.addConstraint("r", LinearExpression([(Variable(index: 7), 1)]), upperBound: 1)
        #expect(throws: ProblemError.unknownVariable(place: "row r", index: 7)) {
            try GLPKBackend().solve(unknown, options: SolveOptions())
        }
        var longName = problem
        longName.addConstraint(String(repeating: "n", count: 300), LinearExpression([(x, 1)]), upperBound: 1)
        #expect(throws: ProblemError.nameTooLong(place: "row \(String(repeating: "n", count: 300))", length: 300)) {
            try GLPKBackend().solve(longName, options: SolveOptions())
        }
        #expect(throws: SolveOptionsError.relativeGap(-1)) {
            try GLPKBackend().solve(problem, options: SolveOptions(relativeGap: -1))
        }
        #expect(throws: ProblemError.noVariables) { try GLPKBackend().solve(Problem(name: "empty"), options: SolveOptions()) }
    }

    @Test("terms on the same variable are merged, so no duplicate matrix entry reaches GLPK")
    func mergesDuplicateTerms() throws {
        var problem = Problem(name: "merge")
        let x = problem.addVariable("x", kind: .integer, lowerBound: 0, upperBound: 10)
        var row = LinearExpression([(x, 1), (x, 1)])
        row.add(1, x)
        problem.addConstraint("three_x", row, upperBound: 9)
        problem.objective = LinearExpression([(x, 1)])
        let outcome = try GLPKBackend().solve(problem, options: SolveOptions())
        #expect(outcome.objectiveValue == 3)
    }

    @Test("a written CPLEX LP file re-solves to the same optimum with glpsol")
    func writtenModelResolves() throws {
        let glpsol = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let problem = Self.randomProblem(seed: 11)
        let directory = try scratchDirectory("lp")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("model.lp").path
        try GLPKBackend.write(problem, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("r0"))
        guard let glpsol else { return }  // .ci/run installs glpk-utils, so CI always takes this path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: glpsol)
        let output = directory.appendingPathComponent("out.txt").path
        process.arguments = ["--lp", path, "-o", output]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let report = try String(contentsOfFile: output, encoding: .utf8)
        let expected = try GLPKBackend().solve(problem, options: SolveOptions())
        if let value = expected.objectiveValue {
            #expect(report.contains("INTEGER OPTIMAL"))
            #expect(report.contains("= \(Int(value))") || report.contains("= \(value)"))
        }
    }

    @Test("a time limit on a hard problem returns its outcome as a value, not an error")
    func timeLimitIsAnOutcome() throws {
        // A market-split style equality knapsack: hard for branch-and-bound, so the limit stops it.
        var random = SeededGenerator(seed: 5)
        var problem = Problem(name: "hard")
        let variables = (0..<60).map { problem.addVariable("x\($0)", kind: .binary) }
        for row in 0..<4 {
            let weights = variables.map { ($0, Double(Int.random(in: 0...99, using: &random))) }
            let total = weights.reduce(0) { $0 + $1.1 }
            problem.addConstraint(
                "split\(row)", LinearExpression(weights), lowerBound: (total / 2).rounded(.down),
                upperBound: (total / 2).rounded(.down))
        }
        problem.objective = LinearExpression(variables.map { ($0, 1) })
        let outcome = try GLPKBackend().solve(problem, options: SolveOptions(timeLimit: 0.5))
        #expect([.noSolution, .feasible, .infeasible, .optimal].contains(outcome.termination))
        #expect(outcome.seconds < 2)
    }
}
