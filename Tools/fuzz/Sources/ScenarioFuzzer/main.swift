import Foundation
import FuzzerDriver

// SwiftPM aliases `main` to this file's top-level code, which hands libFuzzer its arguments
// and the one function it calls for each input.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
