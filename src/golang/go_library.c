/* go_library.c — the imported packages of the subset (fmt, strings, bytes, sync,
 * runtime, runtime/debug): their types, signatures and the escape facts that
 * Go 1.19.8's compiler exports for them.  Tags were read from
 * `go build -gcflags=<pkg>=-m` on Go 1.19.8 (leaking param / content / to result).
 * Param type codes: s string, i int, b byte, r rune, B []byte, a any, A ...any,
 * e error, M *runtime.MemStats, z bool, F *os.File, I []int, S []string,
 * L func(i, j int) bool (sort.Slice's less), P func(int) bool (sort.Search's f), f float64.
 * errors.errorString and fmt.wrapError are the dynamic types of the errors that
 * errors.New and fmt.Errorf return (their Error method returns their first field).
 */
#include "golang/go_check_int.h"
#include "golang/go_library.h"
#include <string.h>

static const gh_GoLibFunc table[] = {
    /* pkg, recv, name, params, results, tags, inlined, effect, cost */
    {"fmt", NULL, "Println", "A", "ie", "c", 1, GH_LIBFX_NONE, 72, NULL},
    {"fmt", NULL, "Print", "A", "ie", "c", 1, GH_LIBFX_NONE, 72, NULL},
    {"fmt", NULL, "Printf", "sA", "ie", "nc", 1, GH_LIBFX_NONE, 73, NULL},
    {"fmt", NULL, "Sprintf", "sA", "s", "nc", 0, GH_LIBFX_NONE, 0, NULL},
    {"fmt", NULL, "Sprint", "A", "s", "c", 0, GH_LIBFX_NONE, 0, NULL},
    {"fmt", NULL, "Sprintln", "A", "s", "c", 0, GH_LIBFX_NONE, 0, NULL},
    {"fmt", NULL, "Fprintf", "asA", "ie", "hnc", 0, GH_LIBFX_NONE, 0, NULL},
    {"fmt", NULL, "Fprintln", "aA", "ie", "hc", 0, GH_LIBFX_NONE, 0, NULL},
    {"fmt", NULL, "Errorf", "sA", "e", "nc", 0, GH_LIBFX_NONE, 0, NULL},
    {"errors", NULL, "New", "s", "e", "h", 1, GH_LIBFX_ERRORS_NEW, 6, NULL},
    {"errors", NULL, "Is", "ee", "z", "hh", 0, GH_LIBFX_NONE, 0, NULL},
    {"errors", NULL, "As", "ea", "z", "hh", 0, GH_LIBFX_NONE, 0, NULL},
    {"strconv", NULL, "Itoa", "i", "s", "n", 1, GH_LIBFX_NONE, 62, NULL},
    {"strconv", NULL, "Atoi", "s", "ie", "h", 0, GH_LIBFX_NONE, 0, NULL},
    {"strconv", NULL, "FormatFloat", "fbii", "s", "nnnn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strconv", NULL, "ParseFloat", "si", "fe", "hn", 0, GH_LIBFX_NONE, 0, NULL},
    {"sort", NULL, "Ints", "I", "", "h", 1, GH_LIBFX_SORT_INTS, 61, NULL},
    {"sort", NULL, "Strings", "S", "", "h", 1, GH_LIBFX_SORT_STRINGS, 61, NULL},
    {"sort", NULL, "Slice", "aL", "", "hn", 0, GH_LIBFX_NONE, 0, NULL},
    {"sort", NULL, "SliceStable", "aL", "", "hn", 0, GH_LIBFX_NONE, 0, NULL},
    {"sort", NULL, "Search", "iP", "i", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"os", NULL, "Exit", "i", "", "n", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "Repeat", "si", "s", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "ToUpper", "s", "s", "r", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "HasPrefix", "ss", "z", "nn", 1, GH_LIBFX_NONE, 14, NULL},
    {"strings", NULL, "HasSuffix", "ss", "z", "nn", 1, GH_LIBFX_NONE, 16, NULL},
    {"strings", NULL, "TrimPrefix", "ss", "s", "rn", 1, GH_LIBFX_NONE, 26, NULL},
    {"strings", NULL, "Contains", "ss", "z", "nn", 1, GH_LIBFX_NONE, 64, NULL},
    {"strings", NULL, "Split", "ss", "S", "hn", 1, GH_LIBFX_NONE, 64, NULL},
    {"strings", NULL, "Fields", "s", "S", "h", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "Join", "Ss", "s", "Rn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "Replace", "sssi", "s", "rnnn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "ReplaceAll", "sss", "s", "rnn", 1, GH_LIBFX_NONE, 64, NULL},
    {"strings", NULL, "ToLower", "s", "s", "r", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "TrimSpace", "s", "s", "r", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "Trim", "ss", "s", "rn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "TrimLeft", "ss", "s", "rn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "TrimRight", "ss", "s", "rn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "Index", "ss", "i", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "LastIndex", "ss", "i", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "Count", "ss", "i", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", NULL, "TrimSuffix", "ss", "s", "rn", 1, GH_LIBFX_NONE, 31, NULL},
    {"strings", NULL, "SplitN", "ssi", "S", "hnn", 1, GH_LIBFX_NONE, 64, NULL},
    {"strings", "Builder", "WriteString", "s", "ie", "cn", 1, GH_LIBFX_SB_COPYCHECK, 42, NULL},
    {"strings", "Builder", "WriteByte", "b", "e", "cn", 1, GH_LIBFX_SB_COPYCHECK, 40, NULL},
    {"strings", "Builder", "Write", "B", "ie", "cn", 1, GH_LIBFX_SB_COPYCHECK, 42, NULL},
    {"strings", "Builder", "WriteRune", "r", "ie", "cn", 0, GH_LIBFX_NONE, 0, NULL},
    {"strings", "Builder", "Grow", "i", "", "nn", 1, GH_LIBFX_SB_GROW, 75, NULL},
    {"strings", "Builder", "String", "", "s", "R", 1, GH_LIBFX_NONE, 4, NULL},
    {"strings", "Builder", "Len", "", "i", "n", 1, GH_LIBFX_NONE, 4, NULL},
    {"strings", "Builder", "Cap", "", "i", "n", 1, GH_LIBFX_NONE, 4, NULL},
    {"strings", "Builder", "Reset", "", "", "n", 1, GH_LIBFX_NONE, 8, NULL},
    {"bytes", "Buffer", "WriteString", "s", "ie", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"bytes", "Buffer", "WriteByte", "b", "e", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"bytes", "Buffer", "WriteRune", "r", "ie", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"bytes", "Buffer", "Write", "B", "ie", "nn", 0, GH_LIBFX_NONE, 0, NULL},
    {"bytes", "Buffer", "Grow", "i", "", "nn", 1, GH_LIBFX_BB_GROW, 79, NULL},
    {"bytes", "Buffer", "String", "", "s", "n", 1, GH_LIBFX_BB_STRING, 13, NULL},
    {"bytes", "Buffer", "Bytes", "", "B", "R", 1, GH_LIBFX_NONE, 6, NULL},
    {"bytes", "Buffer", "Len", "", "i", "n", 1, GH_LIBFX_NONE, 7, NULL},
    {"bytes", "Buffer", "Cap", "", "i", "n", 1, GH_LIBFX_NONE, 4, NULL},
    {"bytes", "Buffer", "Reset", "", "", "n", 1, GH_LIBFX_BB_RESET, 15, NULL},
    {"sync", "Pool", "Get", "", "a", "h", 0, GH_LIBFX_NONE, 0, NULL},
    {"sync", "Pool", "Put", "a", "", "hh", 0, GH_LIBFX_NONE, 0, NULL},
    {"sync", "WaitGroup", "Add", "i", "", "hn", 0, GH_LIBFX_NONE, 0, NULL},
    {"sync", "WaitGroup", "Done", "", "", "h", 1, GH_LIBFX_NONE, 61, NULL},
    {"sync", "WaitGroup", "Wait", "", "", "h", 0, GH_LIBFX_NONE, 0, NULL},
    {"sync", "Mutex", "Lock", "", "", "h", 1, GH_LIBFX_NONE, 69, NULL},
    {"sync", "Mutex", "Unlock", "", "", "h", 1, GH_LIBFX_NONE, 75, NULL},
    {"runtime", NULL, "GC", "", "", "", 0, GH_LIBFX_NONE, 0, NULL},
    {"runtime", NULL, "ReadMemStats", "M", "", "n", 0, GH_LIBFX_NONE, 0, NULL},
    {"runtime", NULL, "KeepAlive", "a", "", "n", 0, GH_LIBFX_NONE, 0, NULL},
    {"runtime", NULL, "SetFinalizer", "aa", "", "hh", 0, GH_LIBFX_NONE, 0, NULL},
    {"runtime", NULL, "NumGoroutine", "", "i", "", 1, GH_LIBFX_NONE, 62, NULL},
    {"runtime", NULL, "GOMAXPROCS", "i", "i", "n", 0, GH_LIBFX_NONE, 0, NULL},
    {"runtime/debug", NULL, "SetGCPercent", "i", "i", "n", 1, GH_LIBFX_NONE, 63, NULL},
    {"runtime/debug", NULL, "FreeOSMemory", "", "", "", 0, GH_LIBFX_NONE, 0, NULL},
    /* math: Sqrt, Floor, Ceil, Trunc are compiler intrinsics on amd64 (an instruction, cost
     * -1: what an operator costs the caller, never "inlined"); the others Go inlines */
    {"math", NULL, "Sqrt", "f", "f", "n", 0, GH_LIBFX_NONE, -1, NULL},
    {"math", NULL, "Floor", "f", "f", "n", 0, GH_LIBFX_NONE, -1, NULL},
    {"math", NULL, "Ceil", "f", "f", "n", 0, GH_LIBFX_NONE, -1, NULL},
    {"math", NULL, "Trunc", "f", "f", "n", 0, GH_LIBFX_NONE, -1, NULL},
    {"math", NULL, "Abs", "f", "f", "n", 1, GH_LIBFX_NONE, 14, NULL},
    {"math", NULL, "Inf", "i", "f", "n", 1, GH_LIBFX_NONE, 21, NULL},
    {"math", NULL, "NaN", "", "f", "", 1, GH_LIBFX_NONE, 7, NULL},
    {"math", NULL, "Max", "ff", "f", "nn", 1, GH_LIBFX_NONE, 62, NULL},
    {"math", NULL, "Min", "ff", "f", "nn", 1, GH_LIBFX_NONE, 62, NULL},
    {"math", NULL, "Copysign", "ff", "f", "nn", 1, GH_LIBFX_NONE, 23, NULL},
    {"math", NULL, "Signbit", "f", "z", "n", 1, GH_LIBFX_NONE, 11, NULL},
    {"math", NULL, "IsNaN", "f", "z", "n", 1, GH_LIBFX_NONE, 4, NULL},
    {"math", NULL, "IsInf", "fi", "z", "nn", 1, GH_LIBFX_NONE, 16, NULL},
};

static gh_GoType *named_struct(gh_GoChecker *c, const char *name, int lib_id)
{
    gh_GoType *t = gh_go_type_new(c->src, GH_K_NAMED);
    t->name = name;
    t->lib_id = lib_id;
    t->underlying = gh_go_type_new(c->src, GH_K_STRUCT);
    return t;
}

/* Appends field `name` of type ft to the struct type st. */
static void struct_field(gh_GoChecker *c, gh_GoType *st, const char *name, gh_GoType *ft)
{
    gh_GoField *f = gh_go_arena_push(&c->src->arena, &st->fields, &st->nfields, sizeof *f);
    f->name = name;
    f->type = ft;
}

static void add_field(gh_GoChecker *c, gh_GoType *named, const char *name, gh_GoType *ft)
{
    struct_field(c, named->underlying, name, ft);
}

static gh_GoType *code_type(gh_GoChecker *c, char code)
{
    gh_GoUniverseTypes *u = &c->prog->u;
    switch (code) {
    case 's': return u->basic[GH_K_STRING];
    case 'i': return u->basic[GH_K_INT];
    case 'b': return u->basic[GH_K_UINT8];
    case 'r': return u->basic[GH_K_INT32];
    case 'B': return u->byte_slice;
    case 'a': return u->any;
    case 'A': return gh_go_type_slice(c->src, u->any);
    case 'e': return u->error;
    case 'z': return u->basic[GH_K_BOOL];
    case 'M': return gh_go_type_ptr(c->src, gh_go_library_type(c->prog, "runtime", "MemStats"));
    case 'F': return gh_go_type_ptr(c->src, gh_go_library_type(c->prog, "os", "File"));
    case 'I': return gh_go_type_slice(c->src, u->basic[GH_K_INT]);
    case 'S': return gh_go_type_slice(c->src, u->basic[GH_K_STRING]);
    case 'L': case 'P': {   /* func(i, j int) bool, func(int) bool */
        gh_GoType *f = gh_go_type_new(c->src, GH_K_FUNC);
        for (int k = 0; k < (code == 'L' ? 2 : 1); k++) {
            gh_GoField *p = gh_go_arena_push(&c->src->arena, &f->fields, &f->nfields, sizeof *p);
            p->type = u->basic[GH_K_INT];
        }
        gh_GoField *r = gh_go_arena_push(&c->src->arena, &f->results, &f->nresults, sizeof *r);
        r->type = u->basic[GH_K_BOOL];
        return f;
    }
    case 'f': return u->basic[GH_K_FLOAT64];
    default: return u->basic[GH_K_INT];
    }
}

static void build_types(gh_GoChecker *c)
{
    gh_GoUniverseTypes *u = &c->prog->u;
    gh_GoType *t;
    gh_GoType **slot;
#define NEWTYPE(nm) (t = named_struct(c, nm, c->prog->nlibtypes), \
    slot = gh_go_arena_push(&c->src->arena, &c->prog->libtypes, &c->prog->nlibtypes, sizeof *slot), *slot = t)
    NEWTYPE("strings.Builder");
    add_field(c, t, "addr", gh_go_type_ptr(c->src, t));
    add_field(c, t, "buf", u->byte_slice);
    NEWTYPE("bytes.Buffer");
    add_field(c, t, "buf", u->byte_slice);
    add_field(c, t, "off", u->basic[GH_K_INT]);
    add_field(c, t, "lastRead", u->basic[GH_K_INT8]);
    NEWTYPE("sync.Pool");
    add_field(c, t, "local", u->basic[GH_K_UNSAFEPTR]);
    add_field(c, t, "localSize", u->basic[GH_K_UINTPTR]);
    add_field(c, t, "victim", u->basic[GH_K_UNSAFEPTR]);
    add_field(c, t, "victimSize", u->basic[GH_K_UINTPTR]);
    gh_GoType *newfn = gh_go_type_new(c->src, GH_K_FUNC);
    gh_GoField *r = gh_go_arena_push(&c->src->arena, &newfn->results, &newfn->nresults, sizeof *r);
    r->type = u->any;
    add_field(c, t, "New", newfn);
    NEWTYPE("sync.WaitGroup");
    add_field(c, t, "state1", u->basic[GH_K_UINT64]);
    add_field(c, t, "state2", u->basic[GH_K_UINT32]);
    NEWTYPE("sync.Mutex");
    add_field(c, t, "state", u->basic[GH_K_INT32]);
    add_field(c, t, "sema", u->basic[GH_K_UINT32]);
    NEWTYPE("os.File");
    add_field(c, t, "fd", gh_go_type_ptr(c->src, u->basic[GH_K_INT]));
    NEWTYPE("errors.errorString");
    add_field(c, t, "s", u->basic[GH_K_STRING]);
    NEWTYPE("fmt.wrapError");
    add_field(c, t, "msg", u->basic[GH_K_STRING]);
    add_field(c, t, "err", u->error);
    /* the values of runtime panics (exec_rterror.c); errorString and plainError are named
     * strings in Go, laid out here as a struct of one string */
    NEWTYPE("runtime.boundsError");
    add_field(c, t, "x", u->basic[GH_K_INT64]);
    add_field(c, t, "y", u->basic[GH_K_INT]);
    add_field(c, t, "signed", u->basic[GH_K_BOOL]);
    add_field(c, t, "code", u->basic[GH_K_UINT8]);
    NEWTYPE("runtime.errorString");
    add_field(c, t, "s", u->basic[GH_K_STRING]);
    NEWTYPE("runtime.plainError");
    add_field(c, t, "s", u->basic[GH_K_STRING]);
    NEWTYPE("runtime.TypeAssertionError");
    add_field(c, t, "_interface", u->basic[GH_K_UNSAFEPTR]);
    add_field(c, t, "concrete", u->basic[GH_K_UNSAFEPTR]);
    add_field(c, t, "asserted", u->basic[GH_K_UNSAFEPTR]);
    add_field(c, t, "missingMethod", u->basic[GH_K_STRING]);
    NEWTYPE("strconv.NumError");   /* what strconv.Atoi returns on bad input (exec_strconv.c) */
    add_field(c, t, "Func", u->basic[GH_K_STRING]);
    add_field(c, t, "Num", u->basic[GH_K_STRING]);
    add_field(c, t, "Err", u->error);
    NEWTYPE("runtime.MemStats");
    static const char *u64s[] = {"Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees",
        "HeapAlloc", "HeapSys", "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects",
        "StackInuse", "StackSys", "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys",
        "BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC", "PauseTotalNs"};
    for (size_t i = 0; i < sizeof u64s / sizeof u64s[0]; i++) add_field(c, t, u64s[i], u->basic[GH_K_UINT64]);
    add_field(c, t, "PauseNs", gh_go_type_array(c->src, u->basic[GH_K_UINT64], 256));
    add_field(c, t, "PauseEnd", gh_go_type_array(c->src, u->basic[GH_K_UINT64], 256));
    add_field(c, t, "NumGC", u->basic[GH_K_UINT32]);
    add_field(c, t, "NumForcedGC", u->basic[GH_K_UINT32]);
    add_field(c, t, "GCCPUFraction", u->basic[GH_K_FLOAT64]);
    add_field(c, t, "EnableGC", u->basic[GH_K_BOOL]);
    add_field(c, t, "DebugGC", u->basic[GH_K_BOOL]);
    gh_GoType *cls = gh_go_type_new(c->src, GH_K_STRUCT);
    struct_field(c, cls, "Size", u->basic[GH_K_UINT32]);
    struct_field(c, cls, "Mallocs", u->basic[GH_K_UINT64]);
    struct_field(c, cls, "Frees", u->basic[GH_K_UINT64]);
    add_field(c, t, "BySize", gh_go_type_array(c->src, cls, 61));
#undef NEWTYPE
}

static gh_GoType *build_sig(gh_GoChecker *c, gh_GoLibFunc *lf)
{
    gh_GoType *t = gh_go_type_new(c->src, GH_K_FUNC);
    for (const char *p = lf->params; *p; p++) {
        gh_GoField *f = gh_go_arena_push(&c->src->arena, &t->fields, &t->nfields, sizeof *f);
        f->type = code_type(c, *p);
        if (*p == 'A') t->variadic = 1;
    }
    for (const char *p = lf->results; *p; p++) {
        gh_GoField *f = gh_go_arena_push(&c->src->arena, &t->results, &t->nresults, sizeof *f);
        f->type = code_type(c, *p);
    }
    return t;
}

void gh_go_library_init(gh_GoChecker *c)
{
    gh_GoProgram *p = c->prog;
    build_types(c);
    p->nlibs = (int)(sizeof table / sizeof table[0]);
    p->libs = gh_go_arena_alloc(&c->src->arena, sizeof table);
    memcpy(p->libs, table, sizeof table);
    for (int i = 0; i < p->nlibs; i++) p->libs[i].type = build_sig(c, &p->libs[i]);
}

gh_GoLibFunc *gh_go_library_func(gh_GoProgram *p, const char *pkg, const char *name)
{
    for (int i = 0; i < p->nlibs; i++)
        if (!p->libs[i].recv && !strcmp(p->libs[i].pkg, pkg) && !strcmp(p->libs[i].name, name)) return &p->libs[i];
    return NULL;
}

gh_GoLibFunc *gh_go_library_method(gh_GoProgram *p, gh_GoType *recv, const char *name)
{
    if (!recv || recv->kind != GH_K_NAMED || recv->lib_id < 0) return NULL;
    const char *dot = strchr(recv->name, '.');
    for (int i = 0; i < p->nlibs; i++) {
        gh_GoLibFunc *l = &p->libs[i];
        if (l->recv && !strcmp(l->recv, dot + 1) && !strcmp(l->name, name) &&
            !strncmp(l->pkg, recv->name, (size_t)(dot - recv->name)))
            return l;
    }
    return NULL;
}

/* Package-level variables of the library (os.Stdout, os.Stderr), created on use. */
gh_GoType *gh_go_library_var(gh_GoChecker *c, const char *pkg, const char *name)
{
    if (!strcmp(pkg, "os") && (!strcmp(name, "Stdout") || !strcmp(name, "Stderr")))
        return code_type(c, 'F');
    return NULL;
}

gh_GoType *gh_go_library_type(gh_GoProgram *p, const char *pkg, const char *name)
{
    const char *short_pkg = strrchr(pkg, '/') ? strrchr(pkg, '/') + 1 : pkg;
    for (int i = 0; i < p->nlibtypes; i++) {
        const char *n = p->libtypes[i]->name;
        const char *dot = strchr(n, '.');
        if (strlen(short_pkg) == (size_t)(dot - n) && !strncmp(n, short_pkg, (size_t)(dot - n)) && !strcmp(dot + 1, name))
            return p->libtypes[i];
    }
    return NULL;
}
