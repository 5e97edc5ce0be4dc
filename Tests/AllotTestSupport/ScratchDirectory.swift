import Foundation

/// A new empty folder under the system's temporary directory, unique to this call.
///
/// `label` names the test that made it (`allot-init-…`), so a folder left behind can be traced.
public func scratchDirectory(_ label: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("allot-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}
