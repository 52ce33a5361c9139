/* outdir.h — the folder and file names of the pictures `shot --pauses` writes. */
#ifndef GH_APP_OUTDIR_H
#define GH_APP_OUTDIR_H
#include <stdbool.h>
#include <stddef.h>

/* mkdir -p: the folder and any missing parents. */
bool gh_out_make_dirs(const char *dir);
/* A pause name as part of a file name: letters, digits, '-', '_' and '.'; others become '_'
 * ("pause" when nothing is left). */
void gh_out_file_part(const char *name, char *out, size_t n);

#endif
