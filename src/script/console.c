/* console.c — what a scene prints: Lua's print, the scene's fmt.Println and the stdout and
 * stderr of a go.program all land here, whether the scene runs headless (`gohotel run`),
 * in `shot` or in the window, so it behaves the same everywhere.
 *
 * Two consumers, two rules. The console strip of the window wants the text printed up to
 * the current stop point: S->con keeps the last GH_CONSOLE_MAX bytes (cut at a line start
 * when one is near), and because a replay runs the scene again from the start, the text at
 * a step is the same after stepping back. The terminal wants each line once: S->echoMark
 * counts the bytes already echoed to S->opt.out, the stepper carries it into the fresh
 * context of a replay, and only bytes past it are echoed. Figures (lesson.figure) and the
 * transcript of pauses are kept here too; figures are echoed once, never shown on the
 * console. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "script/script.h"

static ssize_t cookie_write(void *c, const char *buf, size_t n)
{
    gh_console_write(c, buf, n);
    return (ssize_t)n;
}

bool gh_console_open(gh_Script *S)
{
    cookie_io_functions_t io = {.write = cookie_write};
    S->console = fopencookie(S, "w", io);
    if (!S->console) return false;
    setvbuf(S->console, NULL, _IONBF, 0); /* every write in order with the direct ones */
    return true;
}

void gh_console_close(gh_Script *S)
{
    if (S->console) fclose(S->console);
    S->console = NULL;
    for (int i = 0; i < S->ntranscript; i++) free(S->transcript[i].text);
    free(S->transcript);
    S->transcript = NULL;
    S->ntranscript = S->captranscript = 0;
}

/* Keep the last GH_CONSOLE_MAX bytes of con + s. */
static void keep_tail(gh_Script *S, const char *s, size_t n)
{
    if (n >= GH_CONSOLE_MAX) {
        s += n - GH_CONSOLE_MAX;
        n = GH_CONSOLE_MAX;
        S->conLen = 0;
    }
    if (S->conLen + n > GH_CONSOLE_MAX) {
        size_t drop = S->conLen + n - GH_CONSOLE_MAX;
        /* start the kept text at a line when one starts in the next quarter */
        const char *nl = memchr(S->con + drop, '\n', S->conLen - drop);
        if (nl && (size_t)(nl - S->con) < drop + GH_CONSOLE_MAX / 4) drop = (size_t)(nl - S->con) + 1;
        memmove(S->con, S->con + drop, S->conLen - drop);
        S->conLen -= drop;
    }
    for (size_t i = 0; i < n; i++) S->con[S->conLen + i] = s[i] ? s[i] : ' '; /* a Go NUL byte */
    S->conLen += n;
    S->con[S->conLen] = 0;
}

void gh_console_write(gh_Script *S, const char *s, size_t n)
{
    if (!n) return;
    uint64_t start = S->conTotal, end = start + n;
    if (S->opt.out && end > S->echoMark) {
        size_t skip = S->echoMark > start ? (size_t)(S->echoMark - start) : 0;
        fwrite(s + skip, 1, n - skip, S->opt.out);
        S->echoMark = end;
    }
    S->conTotal = end;
    keep_tail(S, s, n);
}

void gh_console_figure(gh_Script *S, const char *name, const char *value)
{
    if (S->nfigures < GH_MAX_FIGURES) {
        gh_Figure *f = &S->figures[S->nfigures++];
        snprintf(f->name, sizeof f->name, "%s", name);
        snprintf(f->value, sizeof f->value, "%s", value);
    }
    if (++S->figTotal > S->figEchoMark && S->opt.figures) {
        fprintf(S->opt.figures, "figure %s %s\n", name, value);
        S->figEchoMark = S->figTotal;
    }
}

void gh_console_transcript(gh_Script *S, const char *pause, uint64_t step, const char *text)
{
    if (S->ntranscript == S->captranscript) {
        int nc = S->captranscript ? S->captranscript * 2 : 16;
        gh_TranscriptEntry *v = realloc(S->transcript, sizeof *v * (size_t)nc);
        if (!v) return gh_script_out_of_memory(S, "transcript");
        S->transcript = v;
        S->captranscript = nc;
    }
    gh_TranscriptEntry *e = &S->transcript[S->ntranscript];
    e->text = strdup(text);
    if (!e->text) return gh_script_out_of_memory(S, "transcript");
    snprintf(e->pause, sizeof e->pause, "%s", pause);
    e->step = step;
    S->ntranscript++;
}
