/* exec_lib.c — the imported packages: fmt printing, strings.Builder and bytes.Buffer
 * through the runtime's gh_builder_ and gh_buffer_ functions (the value's address in simulated
 * memory), sync.Pool/WaitGroup/Mutex, runtime.GC/ReadMemStats/SetFinalizer/KeepAlive,
 * debug.SetGCPercent, and the finalizer goroutine.
 */
#define _GNU_SOURCE  /* memmem */
#include <stdlib.h>
#include <string.h>
#include "golang/exec_int.h"
#include "golang/exec_libcalls_int.h"
#include "golang/exec_pprof_lib.h"
#include "run/writer.h"

static bool is(const gh_GoLibFunc *l, const char *pkg, const char *recv, const char *name)
{
    return !strcmp(l->pkg, pkg) && !strcmp(l->name, name) && (recv ? l->recv && !strcmp(l->recv, recv) : !l->recv);
}

/* A string built at run time (fmt.Sprint*, strings.Repeat): rawstring, i.e. mallocgc of
 * exactly n noscan bytes, then the bytes copied in. */
static gh_String make_string(gh_Exec *ex, const char *s, size_t n)
{
    if (!n) return (gh_String){0, 0};
    gh_Addr p = gh_mallocgc(ex->sim, n, GH_TYPE_BYTES, false);
    gh_x_check(ex);
    if (!gh_store(ex->sim, p, s, n)) gh_x_check(ex);
    gh_temp_push(ex->sim, p);
    return (gh_String){p, (int64_t)n};
}

static void ret_int_err(void *out, int64_t n, int has_int)
{
    if (!out) return;
    memset(out, 0, has_int ? 24 : 16);
    if (has_int) memcpy(out, &n, 8);
}

static void print_args(gh_Exec *ex, gh_Slice args, bool spaces_always, XOut *o)
{
    bool prev_string = false;
    XLibCall *lc = gh_x_lib_now(ex);
    int w = gh_x_watch(ex, &args.ptr, ex->prog->u.basic[GH_K_UNSAFEPTR]);
    for (int64_t i = 0; i < args.len; i++) {
        uint64_t e[2];
        gh_x_load(ex, args.ptr + (uint64_t)i * 16, e, 16);
        gh_GoType *dt = gh_x_rtype_get(ex, e[0]);
        bool is_str = dt && gh_go_type_is_string(dt);
        if (i && (spaces_always || (!is_str && !prev_string))) {
            gh_x_fmt_piece(ex, XP_SEP, 0, NULL);
            gh_x_put(ex, o, " ", 1);
        }
        if (lc) lc->at.piece = XP_OTHER;
        gh_x_format_iface(ex, e, o, 0);
        prev_string = is_str;
    }
    gh_x_unwatch(ex, w);
}

/* 'S' for *strings.Builder, 'B' for *bytes.Buffer, 0 for any other writer. */
static char writer_kind(gh_GoType *t)
{
    gh_GoType *u = t ? gh_go_under(t) : NULL;
    if (!u || u->kind != GH_K_POINTER || !u->elem || !u->elem->name) return 0;
    return !strcmp(u->elem->name, "strings.Builder") ? 'S' : !strcmp(u->elem->name, "bytes.Buffer") ? 'B' : 0;
}

/* fmt.Print*, Sprint*, Fprint*: the printer (exec_printer.c) formats into pp.buf, then
 * w.Write(p.buf) (os.Stdout/os.Stderr, or a Builder/Buffer appending it) or, for Sprint*,
 * string(p.buf) (slicebytetostring: "" and one-byte results need no allocation). */
static void call_fmt(gh_Exec *ex, gh_GoNode *n, const gh_GoLibFunc *l, void *out)
{
    gh_Slice args = {0, 0, 0};
    gh_String f = {0, 0};
    uint64_t w[2] = {0, 0};
    int first = 0;
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    if (l->name[0] == 'F') {   /* Fprintf(w, ...): w is os.Stdout or os.Stderr */
        gh_x_eval(ex, n->list[0], w);
        first = 1;
    }
    bool printf_like = !strcmp(l->name, "Printf") || !strcmp(l->name, "Sprintf") || !strcmp(l->name, "Fprintf") ||
                       !strcmp(l->name, "Errorf");
    int mark = gh_x_pin(ex, up, &w[1]), fmark = mark;
    if (printf_like) {
        gh_x_eval(ex, n->list[first], &f);
        fmark = gh_x_pin(ex, n->list[first]->type, &f);
        gh_x_eval(ex, n->list[first + 1], &args);
        gh_x_unpin(ex, fmark, n->list[first]->type, &f);
    } else {
        gh_x_eval(ex, n->list[first], &args);
    }
    gh_x_unpin(ex, mark, up, &w[1]);   /* the stack may have moved: the words as they are now */
    gh_x_unpin_all(ex, mark);
    gh_x_call_fmt_values(ex, l, w, f, args, first ? n->list[0]->pos : n->pos, out);
}

void gh_x_call_fmt_values(gh_Exec *ex, const gh_GoLibFunc *l, const uint64_t w[2], gh_String f, gh_Slice args,
                          gh_GoPos wpos, void *out)
{
    FILE *dst = ex->out;
    uint64_t writer = 0;
    gh_GoType *wtype = NULL;
    gh_GoType *up = ex->prog->u.basic[GH_K_UNSAFEPTR];
    if (l->name[0] == 'F') {
        dst = w[1] == gh_x_os_file(ex, "Stderr") ? ex->err : w[1] == gh_x_os_file(ex, "Stdout") ? ex->out : NULL;
        writer = w[1];
        wtype = gh_x_rtype_get(ex, w[0]);
        if (!dst && !writer_kind(wtype)) gh_x_unsupported(ex, wpos, "only os.Stdout, os.Stderr, *strings.Builder and *bytes.Buffer can be written to");
    }
    bool printf_like = !strcmp(l->name, "Printf") || !strcmp(l->name, "Sprintf") || !strcmp(l->name, "Fprintf") ||
                       !strcmp(l->name, "Errorf");
    int mark = gh_x_pin(ex, up, &writer);
    if (printf_like) gh_x_pin(ex, ex->prog->u.basic[GH_K_STRING], &f);
    gh_x_pin(ex, up, &args.ptr);
    XLibCall lc;   /* the operands are evaluated: what allocates from here is fmt's */
    gh_x_lib_enter(ex, &lc, l);
    lc.writer = writer_kind(wtype);
    lc.step = XL_NEW_PRINTER;
    XOut o;
    gh_x_printer_get(ex, &o);
    lc.step = XL_FORMAT;
    gh_x_pin(ex, up, &o.pp);   /* the printer is the fmt call's local: a root while it runs */
    if (printf_like) {
        ex->fmt_wrap_errs = l->name[0] == 'E';
        ex->fmt_wrapped[0] = ex->fmt_wrapped[1] = 0;
        gh_x_sprintf(ex, f, args, &o);
        ex->fmt_wrap_errs = false;
    } else {
        bool ln = !strcmp(l->name, "Println") || !strcmp(l->name, "Sprintln") || !strcmp(l->name, "Fprintln");
        print_args(ex, args, ln, &o);
        if (ln) gh_x_fmt_piece(ex, XP_NEWLINE, 0, NULL), gh_x_put(ex, &o, "\n", 1);
    }
    lc.step = XL_OUTPUT;
    gh_x_unpin(ex, mark, up, &writer);
    gh_String buf = gh_x_printer_bytes(ex, &o);
    if (l->name[0] == 'S' || l->name[0] == 'E') {
        gh_String s;
        if (!gh_slicebytetostring(ex->sim, 0, buf.ptr, buf.len, &s)) gh_x_check(ex);
        if (s.ptr && s.len > 1) gh_temp_push(ex->sim, s.ptr);
        lc.step = XL_ERROR;
        if (l->name[0] == 'E') gh_x_errorf_result(ex, s, out);   /* before p.free(), as Go */
        else if (out) memcpy(out, &s, 16);
    } else if (!dst) {
        if (!writer) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
        bool ok = writer_kind(wtype) == 'S' ? gh_builder_write_string(ex->sim, writer, buf) : gh_buffer_write_string(ex->sim, writer, buf);
        if (!ok) gh_x_check(ex);
        ret_int_err(out, buf.len, 1);
    } else {
        if (dst == ex->err) fflush(ex->out);
        fwrite(o.b, 1, o.len, dst);
        ret_int_err(out, (int64_t)o.len, 1);
    }
    lc.step = XL_FREE;
    gh_x_printer_put(ex, &o);
    gh_x_lib_leave(ex, &lc);
    gh_x_unpin_all(ex, mark);
}

/* Encodes rune r as UTF-8 into read-only data (a constant string: no allocation). */
static gh_String rune_string(gh_Exec *ex, int32_t r)
{
    char b[4];
    int n;
    if (r < 0x80) { b[0] = (char)r; n = 1; }
    else if (r < 0x800) { b[0] = (char)(0xc0 | (r >> 6)); b[1] = (char)(0x80 | (r & 0x3f)); n = 2; }
    else if (r < 0x10000) { b[0] = (char)(0xe0 | (r >> 12)); b[1] = (char)(0x80 | ((r >> 6) & 0x3f)); b[2] = (char)(0x80 | (r & 0x3f)); n = 3; }
    else { b[0] = (char)(0xf0 | (r >> 18)); b[1] = (char)(0x80 | ((r >> 12) & 0x3f)); b[2] = (char)(0x80 | ((r >> 6) & 0x3f)); b[3] = (char)(0x80 | (r & 0x3f)); n = 4; }
    gh_Addr a = gh_rodata_string(ex->sim, b, n);
    gh_x_check(ex);
    return (gh_String){a, n};
}

/* A strings.Builder's or a bytes.Buffer's method (run/writer.h): the same calls on either. */
static void call_writer(gh_Exec *ex, const gh_Writer *w, const gh_GoLibFunc *l, gh_Addr b, uint8_t *arg, void *out)
{
    gh_Sim *sim = ex->sim;
    bool ok = true;
    const char *m = l->name;
    if (!strcmp(m, "WriteString") || !strcmp(m, "Write")) {
        gh_String s = *(gh_String *)arg;
        ok = w->write_string(sim, b, s);
        ret_int_err(out, s.len, 1);
    } else if (!strcmp(m, "WriteByte")) {
        ok = w->write_byte(sim, b, arg[0]);
        ret_int_err(out, 0, 0);
    } else if (!strcmp(m, "WriteRune")) {
        int32_t r;
        memcpy(&r, arg, 4);
        gh_String s = rune_string(ex, r);
        /* As Go 1.19: an ASCII rune is one byte; any other first makes room for utf8.UTFMax
         * (4) bytes, as Grow(4) would, then encodes the rune's bytes into that room. */
        ok = s.len == 1 ? w->write_byte(sim, b, (uint8_t)r) : w->grow(sim, b, 4) && w->write_string(sim, b, s);
        ret_int_err(out, s.len, 1);
    } else if (!strcmp(m, "Grow")) {
        ok = w->grow(sim, b, gh_x_int(ex->prog->u.basic[GH_K_INT], arg));
    } else if (!strcmp(m, "String")) {
        gh_String s;
        ok = w->string(sim, b, &s);
        if (ok && s.ptr && w->string_copies) gh_temp_push(sim, s.ptr);
        if (out) memcpy(out, &s, 16);
    } else if (!strcmp(m, "Bytes") || !strcmp(m, "Len") || !strcmp(m, "Cap")) {
        gh_Slice u;
        int64_t cap;
        ok = w->state(sim, b, &u, &cap);
        int64_t v = m[0] == 'L' ? u.len : cap;
        if (out && m[0] == 'B') memcpy(out, &u, 24);
        else if (out) memcpy(out, &v, 8);
    } else if (!strcmp(m, "Reset")) {
        ok = w->reset(sim, b);
    } else {
        gh_x_unsupported(ex, gh_x_frame(ex)->fn->pos, "%s.%s is not supported by the interpreter", w->name, m);
    }
    if (!ok) gh_x_check(ex);
}

static int32_t pool_id(gh_Exec *ex, gh_Addr p)
{
    uint64_t id;
    gh_x_load(ex, p + 8, &id, 8);   /* localSize: the simulated pool's id + 1 */
    if (!id) {
        int32_t n = gh_pool_new(ex->sim);
        if (n < 0) gh_x_check(ex);
        id = (uint64_t)n + 1;
        gh_store(ex->sim, p + 8, &id, 8);
    }
    return (int32_t)(id - 1);
}

/* Pin the pool (its first use on a P, or the first after a GC, makes its per-P array). When
 * that also grew allPools (the runtime's list of pools that every GC clears), the grown
 * backing array is the newer of the two rooms: named for what it is, not as the array. */
static bool pool_pin(gh_Exec *ex, int32_t id, gh_Addr p)
{
    uint32_t serial0 = gh_sim_alloc_serial(ex->sim);
    bool pinned;
    gh_x_lib_pin(ex);
    X_BY(ex, "sync.Pool's per-P array (poolLocal)", pinned = gh_pool_pin(ex->sim, id, p));
    if (pinned && gh_sim_alloc_serial(ex->sim) - serial0 >= 2) {
        uint64_t *site = gh_xmap_get(&ex->sites, (const void *)(uintptr_t)gh_sim_last_alloc(ex->sim), false);
        if (site) site[1] = (uint64_t)(uintptr_t)"the runtime's list of pools (sync.allPools)";
    }
    return pinned;
}

static void call_sync(gh_Exec *ex, const gh_GoLibFunc *l, gh_Addr p, uint8_t *arg, void *out)
{
    gh_Sim *sim = ex->sim;
    if (!strcmp(l->recv, "Pool")) {   /* Get and Put pin the pool first (mpool.c: its own memory) */
        int32_t id = pool_id(ex, p);
        if (!strcmp(l->name, "Put")) {
            uint64_t e[2];
            memcpy(e, arg, 16);
            if (!e[0]) return;
            if (!pool_pin(ex, id, p)) gh_x_check(ex);
            uint64_t *t = gh_xmap_get(&ex->lits, (const void *)(uintptr_t)(e[1] | 1ULL << 63), true);
            if (t) t[0] = e[0];
            if (!gh_pool_put(sim, id, e[1])) gh_x_check(ex);
            return;
        }
        uint64_t x = 0, e[2] = {0, 0};
        const char *from;
        if (!pool_pin(ex, id, p) || !gh_pool_get(sim, id, &x, &from)) gh_x_check(ex);
        if (x) {
            uint64_t *t = gh_xmap_get(&ex->lits, (const void *)(uintptr_t)(x | 1ULL << 63), false);
            e[0] = t ? t[0] : 0;
            e[1] = x;
        } else {
            uint64_t fv;
            gh_GoType *pt = gh_go_under(l->type ? ex->prog->u.any : NULL);
            (void)pt;
            gh_x_load(ex, p + 32, &fv, 8);   /* New func() any */
            if (fv) {
                gh_GoFunc *fn = gh_x_funcval_fn(ex, fv);
                uint8_t recv[X_VMAX];
                const void *rargs[1] = {recv};
                bool bound = gh_x_method_recv(ex, fv, recv);   /* New: a method value */
                gh_x_call(ex, fn, fn->ncaptured ? fv : 0, bound ? rargs : NULL, e, gh_x_frame(ex)->line);
            }
        }
        if (out) memcpy(out, e, 16);
        return;
    }
    if (!strcmp(l->recv, "WaitGroup")) {
        int64_t c;
        gh_x_load(ex, p, &c, 8);
        if (!strcmp(l->name, "Wait")) {   /* runtime_Semacquire: a sudog while it waits */
            if (c <= 0) return;
            gh_Addr sg = gh_x_acquire_sudog(ex);
            while (c > 0) { gh_x_park_waiting(ex, p, "semacquire", 0); gh_x_load(ex, p, &c, 8); }
            gh_x_release_sudog(ex, sg);
            return;
        }
        c += !strcmp(l->name, "Done") ? -1 : gh_x_int(ex->prog->u.basic[GH_K_INT], arg);
        if (c < 0) gh_x_panic(ex, "panic: sync: negative WaitGroup counter");
        gh_store(sim, p, &c, 8);
        if (c == 0) gh_x_wake(ex, p);
        return;
    }
    if (!strcmp(l->name, "Lock")) gh_x_mutex_lock(ex, p);   /* Mutex (exec_mutex.c) */
    else gh_x_mutex_unlock(ex, p);
}

static const gh_MemStatsField *stat_field(const char *name)
{
    for (const gh_MemStatsField *f = gh_memstats_fields; f->name; f++)
        if (!strcmp(f->name, name)) return f;
    return NULL;
}

/* Copies runtime.ReadMemStats' figures into the program's MemStats value at p. */
static void read_memstats(gh_Exec *ex, gh_GoType *mt, gh_Addr p)
{
    gh_MemStats m;
    gh_ReadMemStats(ex->sim, &m);
    gh_GoType *u = gh_go_under(mt);
    long long size = gh_x_size(mt);
    uint8_t *v = gh_x_alloc(ex, (size_t)size);
    for (int i = 0; i < u->nfields; i++) {
        const gh_GoField *f = &u->fields[i];
        uint8_t *dst = v + f->offset;
        const gh_MemStatsField *sf = stat_field(f->name);
        if (sf) {
            const uint8_t *src = (const uint8_t *)&m + sf->offset;
            memcpy(dst, src, sf->kind == 'w' ? 4 : 8);
        } else if (!strcmp(f->name, "PauseNs")) memcpy(dst, m.PauseNs, sizeof m.PauseNs);
        else if (!strcmp(f->name, "PauseEnd")) memcpy(dst, m.PauseEnd, sizeof m.PauseEnd);
        else if (!strcmp(f->name, "EnableGC")) *dst = (uint8_t)m.EnableGC;
        else if (!strcmp(f->name, "DebugGC")) *dst = (uint8_t)m.DebugGC;
        else if (!strcmp(f->name, "BySize")) {
            for (int k = 0; k < 61; k++) {
                memcpy(dst + k * 24, &m.BySize[k].Size, 4);
                memcpy(dst + k * 24 + 8, &m.BySize[k].Mallocs, 8);
                memcpy(dst + k * 24 + 16, &m.BySize[k].Frees, 8);
            }
        }
    }
    bool ok = gh_store(ex->sim, p, v, (uint64_t)size);
    gh_x_release(ex, v);
    if (!ok) gh_x_check(ex);
}

static void set_finalizer(gh_Exec *ex, const uint64_t obj[2], const uint64_t fin[2])
{
    gh_Sim *sim = ex->sim;
    int32_t idx = -1;
    if (fin[1]) {
        if (ex->nfinfns + 2 > ex->capfinfns) {
            int nc = ex->capfinfns ? ex->capfinfns * 2 : 16;
            gh_Addr *nv = realloc(ex->finfns, sizeof *nv * (size_t)nc);
            if (!nv) gh_x_panic(ex, "fatal error: out of memory");
            ex->finfns = nv;
            ex->capfinfns = nc;
        }
        idx = ex->nfinfns / 2;
        ex->finfns[ex->nfinfns++] = fin[1];
        ex->finfns[ex->nfinfns++] = obj[0];
    }
    if (!gh_SetFinalizerOf(sim, obj[1], idx, GH_FIN_GO)) gh_x_check(ex);
    bool have = false;
    for (int i = 0; i < ex->ngs; i++) have |= ex->gs[i]->gid == gh_sim_gc(sim).fing && !ex->gs[i]->entry;
    if (gh_sim_gc(sim).fing > 0 && !have) {
        XG *g = gh_x_spawn(ex, NULL);
        if (!g) gh_x_panic(ex, "fatal error: out of memory");
        g->gid = gh_sim_gc(sim).fing;
        gh_x_goid_fing(ex, g);
        g->wait_addr = 1;
        gh_x_set_state(ex, g, XG_BLOCKED);
    }
}

void gh_x_run_finalizers(gh_Exec *ex)
{
    uint64_t p;
    int32_t idx;
    while (gh_gc_next_finalizer_of(ex->sim, GH_FIN_GO, &p, &idx)) {
        if (idx < 0 || idx * 2 + 1 >= ex->nfinfns) continue;
        gh_GoFunc *fn = gh_x_funcval_fn(ex, ex->finfns[idx * 2]);
        uint8_t arg[16];
        uint64_t e[2] = {ex->finfns[idx * 2 + 1], p};
        if (fn->nparams && gh_go_type_is_interface(fn->params[0]->type)) memcpy(arg, e, 16);
        else memcpy(arg, &p, 8);
        uint8_t recv[X_VMAX];
        const void *args[2] = {arg, NULL};
        if (gh_x_method_recv(ex, ex->finfns[idx * 2], recv)) { args[0] = recv; args[1] = arg; }  /* a method value */
        gh_x_call(ex, fn, fn->ncaptured ? ex->finfns[idx * 2] : 0, args, NULL, 0);
    }
}

static void call_runtime(gh_Exec *ex, gh_GoNode *n, const gh_GoLibFunc *l, uint8_t args[][X_VMAX], void *out)
{
    gh_Sim *sim = ex->sim;
    const char *m = l->name;
    int64_t v;
    if (!strcmp(m, "GC") || !strcmp(m, "FreeOSMemory")) { gh_GC(sim); gh_x_check(ex); }
    else if (!strcmp(m, "ReadMemStats")) {
        gh_Addr p;
        memcpy(&p, args[0], 8);
        if (!p) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
        read_memstats(ex, gh_go_under(n->list[0]->type)->elem, p);
    } else if (!strcmp(m, "KeepAlive")) {
    } else if (!strcmp(m, "SetFinalizer")) set_finalizer(ex, (uint64_t *)args[0], (uint64_t *)args[1]);
    else if (!strcmp(m, "NumGoroutine")) { v = gh_NumGoroutine(sim); if (out) memcpy(out, &v, 8); }
    else if (!strcmp(m, "GOMAXPROCS")) {
        memcpy(&v, args[0], 8);
        v = gh_sim_gomaxprocs(sim, (int32_t)v);
        if (out) memcpy(out, &v, 8);
    } else if (!strcmp(m, "SetGCPercent")) {
        memcpy(&v, args[0], 8);
        v = gh_SetGCPercent(sim, (int32_t)v);
        if (out) memcpy(out, &v, 8);
    } else if (!strcmp(l->pkg, "os") && !strcmp(m, "Exit")) {
        memcpy(&v, args[0], 8);
        gh_x_exit(ex, (int)v);
    } else {
        gh_x_unsupported(ex, n->pos, "%s.%s is not supported by the interpreter", l->pkg, m);
    }
}

/* HasPrefix, HasSuffix, Contains, TrimPrefix: no allocation. */
static bool strings_compare(gh_Exec *ex, const gh_GoLibFunc *l, gh_String s, gh_String t, void *out)
{
    const char *m = l->name;
    if (strcmp(m, "HasPrefix") && strcmp(m, "HasSuffix") && strcmp(m, "Contains") && strcmp(m, "TrimPrefix")) return false;
    char *a = gh_x_alloc(ex, (size_t)s.len + 1), *b = gh_x_alloc(ex, (size_t)t.len + 1);
    size_t al = 0, bl = 0;
    gh_x_host_string(ex, s, a, (size_t)s.len + 1, &al);
    gh_x_host_string(ex, t, b, (size_t)t.len + 1, &bl);
    bool pre = bl <= al && !memcmp(a, b, bl);
    uint8_t r = 0;
    if (!strcmp(m, "HasPrefix")) r = pre;
    else if (!strcmp(m, "HasSuffix")) r = bl <= al && !memcmp(a + al - bl, b, bl);
    else if (!strcmp(m, "Contains")) r = memmem(a, al, b, bl) != NULL || bl == 0;
    gh_x_release(ex, a);
    gh_x_release(ex, b);
    if (!strcmp(m, "TrimPrefix")) {
        gh_String res = pre ? (gh_String){s.len - t.len ? s.ptr + (uint64_t)t.len : 0, s.len - t.len} : s;
        memcpy(out, &res, 16);
    } else {
        *(uint8_t *)out = r;
    }
    return true;
}

static void call_strings(gh_Exec *ex, const gh_GoNode *n, const gh_GoLibFunc *l, uint8_t args[][X_VMAX], void *out)
{
    gh_String s = *(gh_String *)args[0];
    char *buf;
    size_t len = 0;
    if (strings_compare(ex, l, s, *(gh_String *)args[1], out)) return;
    if (gh_x_call_strings(ex, n, l, args, out)) return;   /* exec_strings.c */
    if (strcmp(l->name, "Repeat") && strcmp(l->name, "ToUpper"))
        gh_x_unsupported(ex, gh_x_frame(ex)->fn->pos, "strings.%s is not supported by the interpreter", l->name);
    if (!strcmp(l->name, "Repeat")) {
        int64_t count;
        memcpy(&count, args[1], 8);
        if (count < 0) gh_x_panic(ex, "panic: strings: negative Repeat count");
        if (!s.len || !count) { gh_String e = {0, 0}; memcpy(out, &e, 16); return; }
        size_t total = (size_t)(s.len * count);
        buf = gh_x_alloc(ex, total + 1);
        for (int64_t i = 0; i < count; i++) gh_x_host_string(ex, s, buf, total + 1, &len);
    } else {  /* ToUpper: returns s itself when it has no lower-case ASCII letter */
        buf = gh_x_alloc(ex, (size_t)s.len + 1);
        gh_x_host_string(ex, s, buf, (size_t)s.len + 1, &len);
        bool lower = false;
        for (size_t i = 0; i < len; i++) lower |= buf[i] >= 'a' && buf[i] <= 'z';
        if (!lower) { gh_x_release(ex, buf); memcpy(out, &s, 16); return; }
        for (size_t i = 0; i < len; i++) if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] = (char)(buf[i] - 32);
    }
    gh_String r = make_string(ex, buf, len);
    gh_x_release(ex, buf);
    memcpy(out, &r, 16);
}

void gh_x_call_lib(gh_Exec *ex, gh_GoNode *n, void *out)
{
    const gh_GoLibFunc *l = n->lib;
    if (!strcmp(l->pkg, "fmt")) { call_fmt(ex, n, l, out); return; }
    if (is(l, "errors", NULL, "New")) { gh_x_errors_new(ex, n, out); return; }
    if (gh_x_strconv_float(ex, n, out)) return;   /* exec_strconv_float.c: FormatFloat, ParseFloat */
    gh_Addr recv = 0;
    uint8_t args[4][X_VMAX];
    int marks[5], nm = 0;
    for (int i = 0; i < 4; i++) memset(args[i], 0, 32);
    if (l->recv) {
        gh_x_eval(ex, n->x->x, &recv);
        marks[nm++] = gh_x_pin(ex, n->x->x->type, &recv);
    }
    if (!l->recv && !strcmp(l->pkg, "sync")) gh_x_unsupported(ex, n->pos, "sync.%s is not supported", l->name);
    if (n->nlist > 4) gh_x_unsupported(ex, n->pos, "too many arguments");
    for (int i = 0; i < n->nlist; i++) {
        gh_x_eval(ex, n->list[i], args[i]);
        marks[nm++] = gh_x_pin(ex, n->list[i]->type, args[i]);
    }
    for (int i = n->nlist - 1; i >= 0; i--) gh_x_unpin(ex, marks[--nm], n->list[i]->type, args[i]);
    if (l->recv) gh_x_unpin(ex, marks[--nm], n->x->x->type, &recv);
    if (l->recv || n->nlist) gh_x_unpin_all(ex, marks[0]);
    if (l->recv && !recv) gh_x_panic(ex, "panic: runtime error: invalid memory address or nil pointer dereference");
    if (l->recv) { gh_x_call_lib_method(ex, l, recv, args[0], out); return; }
    gh_x_call_lib_values(ex, n, l, args, out);
}

/* A library function l (no receiver, not fmt's, not errors.New) with its arguments evaluated:
 * a call l(...) written in the program, or a call through l's function value (n is then the
 * call of the value: its arguments have l's parameter types). */
void gh_x_call_lib_values(gh_Exec *ex, gh_GoNode *n, const gh_GoLibFunc *l, uint8_t args[][X_VMAX], void *out)
{
    if (!strcmp(l->pkg, "math")) { gh_x_call_math(ex, n, l, args, out); return; }   /* exec_math.c: no allocation */
    XLibCall lc;
    gh_x_lib_enter(ex, &lc, l);
    if (!strcmp(l->pkg, "strconv")) gh_x_call_strconv(ex, n, l, args[0], out);
    else if (is(l, "sort", NULL, "Ints")) gh_x_sort_ints(ex, n, args[0]);
    else if (is(l, "sort", NULL, "Strings")) gh_x_sort_strings(ex, n, args[0]);
    else if (is(l, "sort", NULL, "Slice") || is(l, "sort", NULL, "SliceStable")) gh_x_sort_slice(ex, n, args[0], args[1], l->name[5] == 'S');
    else if (is(l, "sort", NULL, "Search")) gh_x_sort_search(ex, n, args[0], args[1], out);
    else if (is(l, "errors", NULL, "Is")) gh_x_errors_is(ex, n, args[0], args[1], out);
    else if (is(l, "errors", NULL, "As")) gh_x_errors_as(ex, n, args[0], args[1], out);
    else if (!strcmp(l->pkg, "strings")) call_strings(ex, n, l, args, out);
    else call_runtime(ex, n, l, args, out);
    gh_x_lib_leave(ex, &lc);
}

/* A library method on its receiver recv (a pointer), with at most one argument already
 * evaluated: a call x.M(a), or a call through a method value bound to x (exec_methval.c). */
void gh_x_call_lib_method(gh_Exec *ex, const gh_GoLibFunc *l, gh_Addr recv, uint8_t *arg, void *out)
{
    XLibCall lc;
    gh_x_lib_enter(ex, &lc, l);
    if (!strcmp(l->name, "WriteRune")) {
        int32_t r;
        memcpy(&r, arg, 4);
        lc.ascii = (uint32_t)r < 0x80;
    }
    if (is(l, "strings", "Builder", l->name)) call_writer(ex, &gh_writer_builder, l, recv, arg, out);
    else if (is(l, "bytes", "Buffer", l->name)) call_writer(ex, &gh_writer_buffer, l, recv, arg, out);
    else call_sync(ex, l, recv, arg, out);
    gh_x_lib_leave(ex, &lc);
}
