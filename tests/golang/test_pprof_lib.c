/* test_pprof_lib.c — `gohotel exec --pprof`: what the library allocates for a program is
 * shown under the library's own frames, as Go 1.19's heap profile shows it. Each expected
 * stack below is the one real go1.19.8 wrote for the same program (runtime.MemProfileRate =
 * 1, `go tool pprof -traces -lines`), innermost first, fmt's and sync's functions at their
 * Go 1.19 source lines, "(inline)" where Go inlines the call into the next frame; the
 * program's lines come from the marker comments in tests/golang/pprof/lib_fmt.go and
 * lib_misc.go. Go's leading runtime frames (mallocgc, growslice) are not in its profiles,
 * so the stacks start at the library function that allocated. */
#include <unistd.h>
#include "check.h"
#include "pprof_exec.h"


/* A sample's stack as pprof -traces -lines lists it, on one line: "fn:line <- fn:line". */
static void stack_of(const PrProfile *p, const PrSample *s, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = 0;
    for (int k = 0; k < s->nlocs; k++) {
        const PrLoc *l = pr_loc(p, s->locs[k]);
        for (int j = 0; l && j < l->nlines && len < n; j++)
            len += (size_t)snprintf(buf + len, n - len, "%s%s:%lld%s", len ? " <- " : "", pr_loc_func(p, s->locs[k], j),
                                    (long long)l->lines[j].line, j + 1 < l->nlines ? " (inline)" : "");
    }
}

/* want with each @{marker} replaced by the line of path holding "// marker". */
static void expand(const char *path, const char *want, char *out, size_t n)
{
    size_t len = 0;
    for (const char *c = want; *c && len + 1 < n;) {
        if (c[0] == '@' && c[1] == '{') {
            const char *end = strchr(c, '}');
            char marker[96];
            snprintf(marker, sizeof marker, "// %.*s", (int)(end - c - 2), c + 2);
            len += (size_t)snprintf(out + len, n - len, "%d", line_of(path, marker));
            c = end + 1;
        } else {
            out[len++] = *c++;
        }
    }
    out[len] = 0;
}

typedef struct Want { int64_t size; const char *stack; } Want;

/* Every wanted stack is a sample of the profile (its innermost frames up to the program's). */
static void check_stacks(const char *path, const Want *wants, int n)
{
    PrProfile p;
    if (!CHECK(profile_of(path, &p), "%s runs and its profile reads back: %s", path, p.why)) { pr_free(&p); return; }
    for (int i = 0; i < n; i++) {
        char want[2048], got[4096], near[4096] = "";
        expand(path, wants[i].stack, want, sizeof want);
        bool found = false;
        for (int k = 0; k < p.nsamples && !found; k++) {
            stack_of(&p, &p.samples[k], got, sizeof got);
            if (wants[i].size && p.samples[k].labelNum != wants[i].size) continue;
            size_t wl = strlen(want);
            found = !strncmp(got, want, wl) && (got[wl] == 0 || got[wl] == ' ');
            if (!found && !strncmp(got, want, 12)) snprintf(near, sizeof near, "%s", got);
        }
        CHECK(found, "a %lld-byte sample at %s%s%s", (long long)wants[i].size, want, near[0] ? "\n      nearest: " : "", near);
    }
    pr_free(&p);
}

#define PRINTLN "fmt.Fprintln:284 <- fmt.Println:294 (inline)"
#define PRINTF "fmt.Fprintf:204 <- fmt.Printf:213 (inline)"
#define WRITE_STRING "fmt.(*buffer).writeString:82 (inline) <- fmt.(*fmt).padString:110 <- fmt.(*fmt).fmtS:359"
#define WRITE_INT "fmt.(*buffer).write:78 (inline) <- fmt.(*fmt).pad:92 <- fmt.(*fmt).fmtInteger:319"

CASE("fmt.Println's printer comes from fmt.newPrinter's pool: fmt.glob..func1 (ppFree.New) <- sync.(*Pool).Get <- fmt.newPrinter <- fmt.Fprintln <- fmt.Println (inline)")
{
    static const Want w[] = {
        {208, "fmt.glob..func1:132 <- sync.(*Pool).Get:151 <- fmt.newPrinter:137 <- fmt.Fprintln:283 <- fmt.Println:294 (inline) <- main.printlnStr:@{printlnStr}"},
        /* the pool's per-P array (128 B a P) and its allPools entry: pinSlow at two lines */
        {0, "sync.(*Pool).pinSlow:230 <- sync.(*Pool).pin:209 <- sync.(*Pool).Get:131 <- fmt.newPrinter:137 <- fmt.Fprintln:283 <- fmt.Println:294 (inline) <- main.printlnStr:@{printlnStr}"},
        {8, "sync.(*Pool).pinSlow:226 <- sync.(*Pool).pin:209 <- sync.(*Pool).Get:131 <- fmt.newPrinter:137 <- fmt.Fprintln:283 <- fmt.Println:294 (inline) <- main.printlnStr:@{printlnStr}"},
        {208, "fmt.glob..func1:132 <- sync.(*Pool).Get:151 <- fmt.newPrinter:137 <- fmt.Fprintf:203 <- fmt.Printf:213 (inline) <- main.printfD:@{printfD}"},
        {208, "fmt.glob..func1:132 <- sync.(*Pool).Get:151 <- fmt.newPrinter:137 <- fmt.Sprintf:218 <- main.sprintf:@{sprintf}"},
    };
    check_stacks("tests/golang/pprof/lib_fmt.go", w, (int)(sizeof w / sizeof *w));
}

CASE("pp.buf grows under the function that wrote past its capacity: a string's fmtS, an integer's fmt.pad, Println's separator and newline")
{
    static const Want w[] = {
        {16, WRITE_STRING " <- fmt.(*pp).fmtString:474 <- fmt.(*pp).printArg:725 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnStr:@{printlnStr}"},
        {16, WRITE_INT " <- fmt.(*pp).fmtInteger:407 <- fmt.(*pp).printArg:703 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnInt:@{printlnInt}"},
        {16, "fmt.(*buffer).writeByte:86 (inline) <- fmt.(*pp).doPrintln:1198 <- " PRINTLN " <- main.printlnSep:@{printlnSep}"},
        {16, "fmt.(*buffer).writeByte:86 (inline) <- fmt.(*pp).doPrintln:1202 <- " PRINTLN " <- main.printlnNl:@{printlnNl}"},
    };
    check_stacks("tests/golang/pprof/lib_fmt.go", w, (int)(sizeof w / sizeof *w));
}

CASE("a struct, slice or pointer grows pp.buf in printValue ('{' 822, ' ' 828, '[' 891, '&' 906); a value inside one under printValue's recursion; reflect's copy of an element under packEface")
{
    static const Want w[] = {
        {16, "fmt.(*buffer).writeByte:86 (inline) <- fmt.(*pp).printValue:822 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnStruct:@{printlnStruct}"},
        {16, "fmt.(*buffer).writeByte:86 (inline) <- fmt.(*pp).printValue:828 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnStruct:@{printlnStruct}"},
        {16, "fmt.(*buffer).writeByte:86 (inline) <- fmt.(*pp).printValue:891 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnSlice:@{printlnSlice}"},
        {16, "reflect.packEface:122 <- reflect.valueInterface:1508 <- reflect.Value.Interface:1478 (inline) <- fmt.(*pp).printValue:753 <- fmt.(*pp).printValue:896 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnSlice:@{printlnSlice}"},
        {16, "fmt.(*buffer).writeByte:86 (inline) <- fmt.(*pp).printValue:906 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnPtr:@{printlnPtr}"},
        {16, "reflect.packEface:122 <- reflect.valueInterface:1508 <- reflect.Value.Interface:1478 (inline) <- fmt.(*pp).printValue:753 <- fmt.(*pp).printValue:907 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnPtr:@{printlnPtr}"},
        {16, WRITE_INT " <- fmt.(*pp).fmtInteger:407 <- fmt.(*pp).printValue:776 <- fmt.(*pp).printValue:837 <- fmt.(*pp).printValue:896 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnNested:@{printlnNested}"},
        {16, "reflect.packEface:122 <- reflect.valueInterface:1508 <- reflect.Value.Interface:1478 (inline) <- fmt.(*pp).printValue:753 <- fmt.(*pp).printValue:896 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnNested:@{printlnNested}"},
    };
    check_stacks("tests/golang/pprof/lib_fmt.go", w, (int)(sizeof w / sizeof *w));
}

CASE("a String method fmt calls is under fmt.(*pp).handleMethods; the Sprint inside it has its own printer and result; its result grows the caller's pp.buf at handleMethods")
{
    static const Want w[] = {
        {208, "fmt.glob..func1:132 <- sync.(*Pool).Get:151 <- fmt.newPrinter:137 <- fmt.Sprint:258 <- main.S.String:@{S.String} <- fmt.(*pp).handleMethods:657 <- fmt.(*pp).printArg:740 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnStringer:@{printlnStringer}"},
        {16, WRITE_STRING " <- fmt.(*pp).fmtString:474 <- fmt.(*pp).printArg:725 <- fmt.(*pp).doPrint:1188 <- fmt.Sprint:259 <- main.S.String:@{S.String} <- fmt.(*pp).handleMethods:657"},
        {16, WRITE_STRING " <- fmt.(*pp).fmtString:474 <- fmt.(*pp).handleMethods:657 <- fmt.(*pp).printArg:740 <- fmt.(*pp).doPrintln:1200 <- " PRINTLN " <- main.printlnStringer:@{printlnStringer}"},
    };
    check_stacks("tests/golang/pprof/lib_fmt.go", w, (int)(sizeof w / sizeof *w));
}

CASE("Printf: literal text at doPrintf:1018, %d at fmtInteger:410, %s at fmtString:477, %v of a struct at printValue:822, a width's padding at writePadding, Sprintf's result at fmt.Sprintf:220")
{
    static const Want w[] = {
        {16, WRITE_INT " <- fmt.(*pp).fmtInteger:410 <- fmt.(*pp).printArg:703 <- fmt.(*pp).doPrintf:1057 <- " PRINTF " <- main.printfD:@{printfD}"},
        {16, WRITE_STRING " <- fmt.(*pp).fmtString:477 <- fmt.(*pp).printArg:725 <- fmt.(*pp).doPrintf:1057 <- " PRINTF " <- main.printfS:@{printfS}"},
        {16, "fmt.(*buffer).writeByte:86 (inline) <- fmt.(*pp).printValue:822 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintf:1057 <- " PRINTF " <- main.printfV:@{printfV}"},
        {16, "fmt.(*buffer).writeString:82 (inline) <- fmt.(*pp).doPrintf:1018 <- " PRINTF " <- main.printfLit:@{printfLit}"},
        /* written piece by piece: "{1234567" fills 8 bytes, the field separator grows it */
        {16, "fmt.(*buffer).writeByte:86 (inline) <- fmt.(*pp).printValue:828 <- fmt.(*pp).printArg:743 <- fmt.(*pp).doPrintf:1057 <- " PRINTF " <- main.printfMid:@{printfMid}"},
        /* "%12s": the padding's make(buffer, 0*2+11) (16 B), then "x" grows it to 24 B */
        {16, "fmt.(*fmt).writePadding:73 <- fmt.(*fmt).padString:116 <- fmt.(*fmt).fmtS:359 <- fmt.(*pp).fmtString:477 <- fmt.(*pp).printArg:725 <- fmt.(*pp).doPrintf:1153 <- " PRINTF " <- main.printfWidth:@{printfWidth}"},
        {24, "fmt.(*buffer).writeString:82 (inline) <- fmt.(*fmt).padString:117 <- fmt.(*fmt).fmtS:359 <- fmt.(*pp).fmtString:477 <- fmt.(*pp).printArg:725 <- fmt.(*pp).doPrintf:1153 <- " PRINTF " <- main.printfWidth:@{printfWidth}"},
        {16, "fmt.Sprintf:220 <- main.sprintf:@{sprintf}"},
        {16, "fmt.(*buffer).writeString:82 (inline) <- fmt.(*pp).doPrintf:1018 <- fmt.Sprintf:219 <- main.sprintf:@{sprintf}"},
    };
    check_stacks("tests/golang/pprof/lib_fmt.go", w, (int)(sizeof w / sizeof *w));
}

CASE("errors.New is inlined into its caller; fmt.Errorf's text at errors.go:21, its errorString at errors.New <- Errorf:24, a %w's wrapError at Errorf:26")
{
    static const Want w[] = {
        {16, "errors.New:59 (inline) <- main.errorsNew:@{errorsNew}"},
        {16, "errors.New:59 (inline) <- fmt.Errorf:24 <- main.errorf:@{errorf}"},
        {16, "fmt.(*buffer).writeString:82 (inline) <- fmt.(*pp).doPrintf:1018 <- fmt.Errorf:20 <- main.errorf:@{errorf}"},
        {32, "fmt.Errorf:26 <- main.errorfW:@{errorfW}"},
        {16, "fmt.Errorf:21 <- main.errorfW:@{errorfW}"},
        {16, WRITE_STRING " <- fmt.(*pp).fmtString:474 <- fmt.(*pp).handleMethods:651 <- fmt.(*pp).printArg:740 <- fmt.(*pp).doPrintf:1057 <- fmt.Errorf:20 <- main.errorfW:@{errorfW}"},
    };
    check_stacks("tests/golang/pprof/lib_misc.go", w, (int)(sizeof w / sizeof *w));
}

CASE("strings.Builder grows at its inlined WriteString/WriteByte, at b.grow for Grow and a non-ASCII WriteRune; strings.Repeat and ToUpper at their Builder's Grow")
{
    static const Want w[] = {
        {16, "strings.(*Builder).WriteString:124 (inline) <- main.builderWS:@{builderWS}"},
        {16, "strings.(*Builder).WriteByte:98 (inline) <- main.builderWB:@{builderWB}"},
        {16, "strings.(*Builder).grow:68 (inline) <- strings.(*Builder).WriteRune:113 <- main.builderWR:@{builderWR}"},
        {16, "strings.(*Builder).WriteRune:108 <- main.builderWRa:@{builderWRa}"},
        {112, "strings.(*Builder).grow:68 (inline) <- strings.(*Builder).Grow:82 (inline) <- main.builderGrow:@{builderGrow}"},
        {16, "strings.(*Builder).WriteString:124 (inline) <- main.builderBig:@{builderBig 1}"},
        {32, "strings.(*Builder).WriteString:124 (inline) <- main.builderBig:@{builderBig 2}"},
        {24, "strings.(*Builder).grow:68 (inline) <- strings.(*Builder).Grow:82 (inline) <- strings.Repeat:545 <- main.repeat:@{repeat}"},
        {16, "strings.(*Builder).grow:68 (inline) <- strings.(*Builder).Grow:82 (inline) <- strings.ToUpper:575 <- main.toUpper:@{toUpper}"},
    };
    check_stacks("tests/golang/pprof/lib_misc.go", w, (int)(sizeof w / sizeof *w));
}

CASE("bytes.Buffer's first 64 bytes come from bytes.(*Buffer).grow:128, more from bytes.growSlice:240; String copies at its inlined line 65")
{
    static const Want w[] = {
        {64, "bytes.(*Buffer).grow:128 <- bytes.(*Buffer).WriteString:182 <- main.bufferWS:@{bufferWS}"},
        {64, "bytes.(*Buffer).grow:128 <- bytes.(*Buffer).WriteByte:280 <- main.bufferWB:@{bufferWB}"},
        {64, "bytes.(*Buffer).grow:128 <- bytes.(*Buffer).WriteRune:299 <- main.bufferWR:@{bufferWR}"},
        {64, "bytes.(*Buffer).grow:128 <- bytes.(*Buffer).WriteByte:280 <- bytes.(*Buffer).WriteRune:293 <- main.bufferWRa:@{bufferWRa}"},
        {112, "bytes.growSlice:240 <- bytes.(*Buffer).grow:142 <- bytes.(*Buffer).Grow:159 (inline) <- main.bufferGrow:@{bufferGrow}"},
        {16, "bytes.(*Buffer).String:65 (inline) <- main.bufferString:@{bufferString.String}"},
        {112, "bytes.growSlice:240 <- bytes.(*Buffer).grow:142 <- bytes.(*Buffer).WriteString:182 <- main.bufferBig:@{bufferBig 1}"},
        {320, "bytes.growSlice:240 <- bytes.(*Buffer).grow:142 <- bytes.(*Buffer).WriteString:182 <- main.bufferBig:@{bufferBig 2}"},
        /* fmt.Fprint* to a Builder or a Buffer: w.Write(p.buf), through the interface */
        {24, "strings.(*Builder).Write:90 <- fmt.Fprintln:285 <- main.fprintlnB:@{fprintlnB}"},
        {112, "bytes.growSlice:240 <- bytes.(*Buffer).grow:142 <- bytes.(*Buffer).Write:170 <- fmt.Fprintf:205 <- main.fprintBuf:@{fprintBuf}"},
        {64, "bytes.(*Buffer).grow:128 <- bytes.(*Buffer).Write:170 <- fmt.Fprintf:205 <- main.fprintfBuf:@{fprintfBuf}"},
    };
    check_stacks("tests/golang/pprof/lib_misc.go", w, (int)(sizeof w / sizeof *w));
}

CASE("a program's sync.Pool: Get and Put pin it (pinSlow's array and allPools entry), its New runs under sync.(*Pool).Get; a blocked Lock's sudog under sync.runtime_SemacquireMutex")
{
    static const Want w[] = {
        {320, "main.glob..func1:@{New} <- sync.(*Pool).Get:151 <- main.poolGet:@{poolGet}"},
        {0, "sync.(*Pool).pinSlow:230 <- sync.(*Pool).pin:209 <- sync.(*Pool).Get:131 <- main.poolGet:@{poolGet}"},
        {8, "sync.(*Pool).pinSlow:226 <- sync.(*Pool).pin:209 <- sync.(*Pool).Get:131 <- main.poolGet:@{poolGet}"},
        {0, "sync.(*Pool).pinSlow:230 <- sync.(*Pool).pin:209 <- sync.(*Pool).Put:107 <- main.poolPut:@{poolPut}"},
        {8, "sync.(*Pool).pinSlow:226 <- sync.(*Pool).pin:209 <- sync.(*Pool).Put:107 <- main.poolPut:@{poolPut}"},
        {96, "sync.runtime_SemacquireMutex:77 <- sync.(*Mutex).lockSlow:171 <- sync.(*Mutex).Lock:90 (inline) <- main.mutex.func1:@{mutex}"},
    };
    check_stacks("tests/golang/pprof/lib_misc.go", w, (int)(sizeof w / sizeof *w));
}

CASE("the library's frames name Go's source files (fmt/print.go, sync/pool.go), the program's its own file")
{
    PrProfile p;
    if (!CHECK(profile_of("tests/golang/pprof/lib_fmt.go", &p), "the program runs: %s", p.why)) { pr_free(&p); return; }
    const PrSample *s = pr_sample_at(&p, "fmt.glob..func1", 208);
    if (CHECK(s && s->nlocs >= 5, "the printer's sample")) {
        const PrFunc *f0 = pr_func(&p, pr_loc(&p, s->locs[0])->lines[0].func);
        const PrFunc *f1 = pr_func(&p, pr_loc(&p, s->locs[1])->lines[0].func);
        CHECK_STR(pr_str(&p, f0->file), "fmt/print.go", "fmt.glob..func1's file");
        CHECK_STR(pr_str(&p, f1->file), "sync/pool.go", "sync.(*Pool).Get's file");
        const PrLoc *last = pr_loc(&p, s->locs[4]);
        CHECK(last && last->nlines == 2, "fmt.Println is inlined: it shares the program frame's location");
        if (last && last->nlines == 2) {
            const PrFunc *fm = pr_func(&p, last->lines[1].func);
            CHECK(fm && strstr(pr_str(&p, fm->file), "tests/golang/pprof/lib_fmt.go"), "the program's frame is in the program's file");
        }
    }
    pr_free(&p);
}

int main(int argc, char **argv) { return gh_check_main(argc, argv); }
