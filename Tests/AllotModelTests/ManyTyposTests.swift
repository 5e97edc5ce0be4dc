import AllotModel
import AllotTestSupport
import Foundation
import Testing

/// A file with a mistyped key on every one of thousands of mentors is refused in time
/// proportional to its size: hints stop after the first thousand problems.
@Suite("many typos")
struct ManyTyposTests {
    @Test("the first 1,000 problems get a hint, later ones only name the unknown key")
    func hintsStop() {
        var text = "name: x\nbudget: 100\nagendas: [{id: a}]\nmentors:\n"
        for index in 0..<1_200 { text += "  - {id: m\(index), agenda: a, values: [1], valeus: [1]}\n" }
        let issues = scenarioIssues(text).filter { $0.path.hasSuffix(".valeus") }
        #expect(issues.count == 1_200)
        #expect(issues.first?.message == "unknown key; did you mean `values`?")
        #expect(issues.last?.message == "unknown key")
        #expect(issues.prefix(1_000).allSatisfy { $0.message.contains("did you mean") })
    }
}
