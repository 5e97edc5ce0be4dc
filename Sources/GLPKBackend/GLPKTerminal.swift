import CGLPK

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps GLPK quiet on the calling thread (the setting is thread-local in Debian's build).
///
/// GLPK prints to stdout by default, which would corrupt piped CSV or JSON. The hook
/// swallows everything except the last words before an abort, which go to stderr.
enum GLPKTerminal {
    static func silenceCurrentThread() {
        glp_term_out(GLP_OFF)
        glp_term_hook(terminalHook, nil)
    }
}

private func terminalHook(_ info: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>?) -> Int32 {
    if glp_at_error() != 0, let text {
        _ = write(2, text, strlen(text))
    }
    return 1
}
