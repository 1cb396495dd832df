#ifndef CFUZZER_H
#define CFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`): parses the libFuzzer flags in
/// argv and calls `callback` with each input. A Swift `main` calls it, so SwiftPM's executable
/// entry point and libFuzzer's never compete.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
