#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, for a `main` of our own: SwiftPM links every executable with
// `--defsym main=<module>_main`, so the module must define that symbol and hand over
// to libFuzzer from it (libFuzzer's FuzzerInterface.h declares the same function).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
