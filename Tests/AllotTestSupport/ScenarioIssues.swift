import AllotModel

/// The problems found in scenario text: none when it loads, every issue when it does not.
public func scenarioIssues(_ text: String, file: String = "s.yaml") -> [ScenarioIssue] {
    do {
        _ = try ScenarioLoader.load(text: text, file: file)
        return []
    } catch let error as ScenarioError {
        return error.issues
    } catch {
        return []
    }
}
