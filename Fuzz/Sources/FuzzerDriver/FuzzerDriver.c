// Intentionally empty: this target only exposes FuzzerDriver.h to Swift; the function itself
// is in libFuzzer, linked by -sanitize=fuzzer.
