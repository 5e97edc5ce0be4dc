// libFuzzer's driver, from the toolchain's libclang_rt.fuzzer (linked by -sanitize=fuzzer).
// SwiftPM links every executable with `main` aliased to the module's own entry point, so the
// fuzzer's `main` is never used; main.swift calls this driver instead.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

// libFuzzer's own mutation of an input in place; returns the new size (at most maxSize).
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);
