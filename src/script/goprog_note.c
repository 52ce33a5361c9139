/* goprog_note.c — what a room's tooltip says when a go.program made it: the Go line that
 * allocated it (file, number and the statement as written) and why it is in the heap, the
 * compiler's escape verdict for that line as `go build -gcflags=-m` prints it, or what the
 * library made it for (fmt's output buffer, a goroutine's g); or, for a room Go's runtime
 * left on the heap before main.main, what the runtime made it for. */
#include <stdio.h>
#include <string.h>
#include "golang/exec.h"
#include "script/goprog.h"

int gh_script_room_note(const gh_Script *S, uint64_t addr, char *buf, size_t n)
{
    if (!S || !n) return 0;
    buf[0] = 0;
    for (int i = S->nprogs - 1; i >= 0; i--) {
        const GoProg *p = S->progs[i];
        int line = p->ex ? gh_exec_alloc_line(p->ex, addr) : 0;
        const char *rt = line <= 0 && p->ex ? gh_exec_alloc_by(p->ex, addr) : NULL;
        if (rt && !strncmp(rt, GH_EXEC_BY_STARTUP, strlen(GH_EXEC_BY_STARTUP))) {   /* before main.main (exec_startup.c) */
            int k = snprintf(buf, n, "made before main.main by %s's runtime:\n%s", p->name, rt);
            return k < (int)n ? k : (int)n - 1;
        }
        if (line <= 0) continue;
        const char *src = line <= p->text.nlines ? gh_text_line(&p->text, line) : "";
        while (*src == ' ' || *src == '\t') src++;
        const char *by = gh_exec_alloc_by(p->ex, addr), *why = by ? NULL : gh_goprog_reason(p, line);
        size_t k = (size_t)snprintf(buf, n, "allocated by line %d of %s: %.60s%s", line, p->name, src, strlen(src) > 60 ? "..." : "");
        if (k < n && (by || why)) k += (size_t)snprintf(buf + k, n - k, by ? "\nfor the library: %s" : "\ncompiler: %s", by ? by : why);
        return k < n ? (int)k : (int)n - 1;
    }
    return 0;
}
