/* test_text.c — the scene text loaded once (src/run/text.c) and read by every user: the
 * loader's checks (a FIFO refused without blocking, a directory, an empty file, a missing
 * one, bad UTF-8 with its line, the size limit), exact lines past any buffer size and with
 * CRLF ends, and a scene with a 3000-byte line whose code-panel text (gh_stepper_text), the
 * line the stepper shows and the report's profile line all name the same line. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"
#include "run/text.h"
#include "script/report.h"
#include "script/stepper.h"

static char dir[64];

static const char *put(const char *name, const char *bytes, size_t n)
{
    static char path[8][128];
    static int k;
    char *p = path[k++ % 8];
    snprintf(p, 128, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    fwrite(bytes, 1, n, f);
    fclose(f);
    return p;
}

static const gh_TextRules SCENE = {.what = "scene"};

CASE("a text's lines are exact: CRLF and LF endings, a last line without one")
{
    gh_Text t;
    const char src[] = "one\r\ntwo\n\nfour";
    CHECK(gh_text_set(&t, src, sizeof src - 1), "a text from memory");
    CHECK_EQ(t.nlines, 4, "a last line without a newline counts");
    CHECK(!strcmp(gh_text_line(&t, 1), "one"), "a CRLF line has no \\r");
    CHECK(!strcmp(gh_text_line(&t, 3), "") && !strcmp(gh_text_line(&t, 4), "four"), "an empty line, the last line");
    CHECK(!strcmp(gh_text_line(&t, 0), "") && !strcmp(gh_text_line(&t, 5), ""), "outside 1..nlines: empty");
    CHECK_EQ(t.starts[3], 10, "line 4 starts at byte 10");
    CHECK(t.length == sizeof src - 1 && !memcmp(t.bytes, src, t.length), "the bytes stay as given");
    gh_text_free(&t);
}

CASE("the loader refuses a FIFO without blocking, a directory, an empty or missing file, bad UTF-8 and a file over the limit")
{
    gh_Text t;
    char err[512];
    char path[128];
    snprintf(path, sizeof path, "%s/fifo.lua", dir);
    CHECK(mkfifo(path, 0600) == 0, "mkfifo");
    alarm(10); /* a blocking open would hang here: SIGALRM fails the test instead */
    CHECK_EQ(gh_text_load(&t, path, &SCENE, err, sizeof err), GH_TEXT_REFUSED, "a FIFO is refused");
    alarm(0);
    CHECK(strstr(err, "fifo.lua: is not a regular file") != NULL, err);
    CHECK_EQ(gh_text_load(&t, dir, &SCENE, err, sizeof err), GH_TEXT_REFUSED, "a directory is refused");
    CHECK(strstr(err, "is a directory, not a scene file") != NULL, err);
    CHECK_EQ(gh_text_load(&t, put("empty.lua", "", 0), &SCENE, err, sizeof err), GH_TEXT_REFUSED, "empty");
    CHECK(strstr(err, "empty.lua: the scene file is empty") != NULL, err);
    gh_TextRules empty_ok = {.what = "module", .allowEmpty = true};
    CHECK_EQ(gh_text_load(&t, put("empty.lua", "", 0), &empty_ok, err, sizeof err), GH_TEXT_OK, "empty allowed");
    CHECK_EQ(t.nlines, 0, "an empty text has no lines");
    gh_text_free(&t);
    CHECK_EQ(gh_text_load(&t, "/nonexistent/x.lua", &SCENE, err, sizeof err), GH_TEXT_MISSING, "missing");
    CHECK(strstr(err, "/nonexistent/x.lua: cannot open scene") != NULL, err);
    CHECK_EQ(gh_text_load(&t, put("latin1.lua", "ok\nok\ncaf\351\n", 11), &SCENE, err, sizeof err), GH_TEXT_REFUSED,
             "bad UTF-8");
    CHECK(strstr(err, "latin1.lua:3: the scene is not valid UTF-8 text") != NULL, err);
    gh_TextRules small = {.what = "scene", .maxBytes = 16};
    CHECK_EQ(gh_text_load(&t, put("big.lua", "-- seventeen byte", 17), &small, err, sizeof err), GH_TEXT_REFUSED,
             "over the limit");
    CHECK(strstr(err, "the scene file is larger than 16 bytes") != NULL, err);
    CHECK(t.bytes == NULL && t.nlines == 0, "a refused text is empty");
}

/* Line 1 is longer than any line buffer the code panel used (1024 bytes): every user must
 * still call the allocation line 3. */
CASE("a 3000-byte line 1: the stepper's text, its shown line and the report all name line 3")
{
    char src[4096], pad[3001];
    memset(pad, 'x', 3000);
    pad[3000] = 0;
    int n = snprintf(src, sizeof src, "-- %s\r\nlesson.title('long')\nlocal big = go.new('[100]int')\n", pad);
    const char *path = put("long.lua", src, (size_t)n);
    gh_StepperConfig cfg = {.sim = gh_config_default(), .luaDir = "lua"};
    gh_Stepper *st = gh_stepper_new(&cfg);
    CHECK(gh_stepper_load(st, path), gh_stepper_error(st));
    const gh_Text *t = gh_stepper_text(st);
    CHECK(t && t->nlines == 3, "three lines, however long the first");
    CHECK(t && strlen(gh_text_line(t, 1)) == 3003, "line 1 whole, without its \\r");
    CHECK(t && !strcmp(gh_text_line(t, 3), "local big = go.new('[100]int')"), "line 3 is the allocation");
    int shown = 0;
    while (gh_stepper_step(st, GH_STEP_OP | GH_STEP_END) && !gh_stepper_finished(st))
        if (!shown && gh_stepper_line(st) == 3) shown = 3;
    CHECK_EQ(shown, 3, "the stepper shows line 3 for the allocation");
    CHECK(!gh_stepper_failed(st), gh_stepper_error(st));
    char *rep = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&rep, &len);
    gh_MemStats m;
    gh_ReadMemStats(gh_stepper_sim(st), &m);
    gh_report_text(f, st, &m);
    fclose(f);
    CHECK(rep && strstr(rep, "long.lua:3  local big = go.new('[100]int')") != NULL, "the report's profile names line 3");
    free(rep);
    gh_stepper_free(st);
}

int main(int argc, char **argv)
{
    snprintf(dir, sizeof dir, "/tmp/gh_text_XXXXXX");
    if (!mkdtemp(dir)) return perror("mkdtemp"), 1;
    int rc = gh_check_main(argc, argv);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
    return rc;
}
