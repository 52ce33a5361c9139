/* fuzz_goparse.c — libFuzzer harness: a byte string is a Go source file, given to the
 * Go-subset front end and escape analysis (`gohotel escape`). It must print diagnostics or
 * a file:line:col error, and never crash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "golang/escape_cli.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = malloc(size + 1);
    if (!src) return 0;
    memcpy(src, data, size);
    src[size] = 0;
    FILE *null = fopen("/dev/null", "w");
    if (null) gh_escape_text("main.go", src, size, null, null);
    if (null) fclose(null);
    free(src);
    return 0;
}
