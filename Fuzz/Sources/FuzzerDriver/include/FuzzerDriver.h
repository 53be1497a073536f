// libFuzzer's entry for programs that bring their own main (LLVM 11 and later); declared
// here because libFuzzer ships no header for it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
