import AllotModel
import Foundation

/// One fuzz input, read the way `allot validate` reads a file.
///
/// A refusal (``ScenarioError``) is the expected answer to most inputs and is not a finding;
/// a trap, an abort or an AddressSanitizer report is. The input is written to a file so that
/// the loader's own reading (size limit, UTF-8, byte-order mark) is fuzzed too.
func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzInput(data).check()
    return 0
}
