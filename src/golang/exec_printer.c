/* exec_printer.c — fmt's printer as Go 1.19's fmt has it: every Print/Sprint/Fprint call takes
 * a *pp from the sync.Pool ppFree (newPrinter), appends its output to pp.buf, hands pp.buf to
 * the writer or copies it into the result string, then frees the printer (p.free): pp goes
 * back into ppFree with pp.buf kept at length 0, unless the buffer's capacity passed 64 KiB:
 * then Go 1.19 drops the printer (the next call allocates a new one).
 * What that costs, measured with real Go 1.19 at GOMAXPROCS=1: the first Println("first")
 * of a program makes 4 Mallocs / 360 B: the pp (200 bytes, size class 208), ppFree's
 * poolLocal array (128 B a P) and its allPools entry (8 B), and pp.buf for 5 bytes (8 B, a
 * new 16-byte tiny block). The next Println of at most 8 bytes allocates nothing. A GC moves
 * the pooled pp to the victim cache: the next call pays the poolLocal array and allPools again
 * (2 / 136 B) and gets the same pp back; after a second GC the pp and its buffer are freed and
 * the next call pays all four again. A printer freed while another is pooled (a nested
 * Sprintf) goes to the shared chain, whose first dequeue costs 176 B more (mpool.c).
 * pp's layout (linux/amd64): buf []byte at 0, arg any at 24, value reflect.Value at 40, fmt
 * at 64 (its *buffer at 64, flags, wid, prec, intbuf [68]byte), five bools at 176, wrappedErr
 * error at 184: 200 bytes, pointer words 0, 3, 4, 5, 6, 8, 23, 24.
 */
#include <string.h>
#include "golang/exec_int.h"
#include "golang/exec_pprof_lib.h"

enum { PP_SIZE = 200, PP_BUF_MAX = 64 * 1024 };

static int32_t ppfree(gh_Exec *ex)
{
    if (!ex->ppfree) {
        int32_t id = gh_pool_new(ex->sim);
        if (id < 0) gh_x_check(ex);
        ex->ppfree = id + 1;
        ex->ppfree_addr = gh_global(ex->sim, "fmt.ppFree", GH_TYPE_BYTES, 8);
        gh_x_check(ex);
    }
    return ex->ppfree - 1;
}

static int32_t pp_type(gh_Exec *ex)
{
    if (!ex->pp_type) {
        static const uint8_t mask[4] = {0x79, 0x01, 0x80, 0x01};   /* words 0,3,4,5,6 | 8 | 23 | 24 */
        int32_t t = gh_type_register(ex->sim, "fmt.pp", PP_SIZE, mask);
        if (t < 0) gh_x_check(ex);
        ex->pp_type = t + 1;
    }
    return ex->pp_type - 1;
}

void gh_x_printer_get(gh_Exec *ex, XOut *o)
{
    int32_t id = ppfree(ex);
    gh_x_out_init(ex, o);
    uint64_t pp = 0;
    const char *from;
    bool got;
    gh_x_lib_pin(ex);
    X_BY(ex, "fmt's printer pool (sync.Pool ppFree)", got = gh_pool_pin(ex->sim, id, ex->ppfree_addr) && gh_pool_get(ex->sim, id, &pp, &from));
    if (!got) gh_x_check(ex);
    if (!pp) {   /* ppFree.New: new(pp) */
        X_BY(ex, "fmt's printer (fmt.pp)", pp = gh_mallocgc(ex->sim, PP_SIZE, pp_type(ex), true));
        gh_x_check(ex);
    }
    gh_x_load(ex, pp + 16, &o->vcap, 8);
    o->pp = pp;
}

gh_String gh_x_printer_bytes(gh_Exec *ex, XOut *o)
{
    gh_Addr p = 0;
    int64_t n = (int64_t)o->len;
    gh_x_load(ex, o->pp, &p, 8);
    if (n && !gh_store(ex->sim, p, o->b, (uint64_t)n)) gh_x_check(ex);
    if (!gh_store(ex->sim, o->pp + 8, &n, 8)) gh_x_check(ex);
    return (gh_String){n ? p : 0, n};
}

void gh_x_printer_put(gh_Exec *ex, XOut *o)
{
    static const uint64_t zero = 0;
    if (o->vcap <= PP_BUF_MAX) {   /* Go 1.19 drops a printer whose buffer grew past 64 KiB */
        int32_t id = ppfree(ex);
        if (!gh_store(ex->sim, o->pp + 8, &zero, 8)) gh_x_check(ex);
        bool put;
        gh_x_lib_pin(ex);
        X_BY(ex, "fmt's printer pool (sync.Pool ppFree)", put = gh_pool_pin(ex->sim, id, ex->ppfree_addr) && gh_pool_put(ex->sim, id, o->pp));
        if (!put) gh_x_check(ex);
    }
    gh_x_out_free(ex, o);
}
