#ifndef PROFILELINT_FUZZ_SUPPORT_H
#define PROFILELINT_FUZZ_SUPPORT_H
#include <stddef.h>
#include <stdint.h>

/* Runs libFuzzer over `test_one_input` with the process's arguments. SwiftPM gives every executable its own
   `main`, so libFuzzer's is never linked: the targets call its driver from their main.swift instead. */
int profilelint_fuzz_main(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size));
#endif
