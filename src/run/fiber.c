/* fiber.c — ucontext fibers with the AddressSanitizer fiber hooks (see fiber.h). The
 * protocol the hooks want: before a switch, __sanitizer_start_switch_fiber names the
 * stack being entered (and saves the leaving side's fake frames, or NULL when the leaving
 * stack is finished for good); after it, __sanitizer_finish_switch_fiber restores the
 * fake frames and learns which stack we came from. */
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "run/fiber.h"

#if defined(__SANITIZE_ADDRESS__)
#define GH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GH_ASAN 1
#endif
#endif
#ifdef GH_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define STACK_FRESH(p, n) unpoison_used(p, n)
#define FIBER_START(save, bottom, size) __sanitizer_start_switch_fiber(save, bottom, size)
#define FIBER_FINISH(save, bottom, size) __sanitizer_finish_switch_fiber(save, bottom, size)
#else
#define STACK_FRESH(p, n) ((void)0)
#define FIBER_START(save, bottom, size) ((void)0)
#define FIBER_FINISH(save, bottom, size) ((void)0)
#endif

#ifdef GH_ASAN
/* Frames still on a dropped stack leave their redzones poisoned in ASan's shadow, where a
 * later mapping of the same addresses would trip over them. Only pages a frame touched can
 * hold such frames, and the stack is committed lazily, so the resident pages (mincore) from
 * the lowest one up to the top are all that needs clearing: clearing the whole reservation
 * would commit its entire shadow (size / 8: 32 MiB for a goroutine's 256 MiB stack, so a
 * few dozen goroutines took gigabytes in the sanitizer builds). */
static void unpoison_used(void *stack, size_t size)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE), pages = size / page;
    unsigned char *vec = malloc(pages);
    size_t low = 0;
    if (vec && mincore(stack, size, vec) == 0)
        while (low < pages && !(vec[low] & 1)) low++;
    free(vec); /* mincore failed: clear it all */
    __asan_unpoison_memory_region((char *)stack + low * page, size - low * page);
}
#endif

/* The fiber's first frame: makecontext passes only ints, so f comes in two halves. */
static void trampoline(unsigned lo, unsigned hi)
{
    gh_Fiber *f = (gh_Fiber *)(((uintptr_t)hi << 32) | (uintptr_t)lo);
    FIBER_FINISH(NULL, &f->hostBottom, &f->hostSize);
    f->fn(f->ud);
    f->done = true;
    FIBER_START(NULL, f->hostBottom, f->hostSize); /* this stack is finished */
    setcontext(&f->host);
}

bool gh_fiber_init(gh_Fiber *f, size_t size, void (*fn)(void *ud), void *ud)
{
    *f = (gh_Fiber){.size = size, .fn = fn, .ud = ud};
    f->stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (f->stack == MAP_FAILED) {
        f->stack = NULL;
        return false;
    }
    /* a fresh range's shadow is clean: gh_fiber_free clears what a stack dirtied, and
     * ASan's own allocator clears what it unmaps */
    getcontext(&f->self);
    f->self.uc_stack.ss_sp = f->stack;
    f->self.uc_stack.ss_size = size;
    f->self.uc_link = NULL;
    uintptr_t p = (uintptr_t)f;
    makecontext(&f->self, (void (*)(void))trampoline, 2, (unsigned)(p & 0xffffffffu), (unsigned)(p >> 32));
    return true;
}

void gh_fiber_resume(gh_Fiber *f)
{
    if (f->done || !f->stack) return;
    FIBER_START(&f->fakeHost, f->stack, f->size);
    swapcontext(&f->host, &f->self);
    FIBER_FINISH(f->fakeHost, NULL, NULL);
}

void gh_fiber_yield(gh_Fiber *f)
{
    FIBER_START(&f->fakeSelf, f->hostBottom, f->hostSize);
    swapcontext(&f->self, &f->host);
    FIBER_FINISH(f->fakeSelf, &f->hostBottom, &f->hostSize);
}

size_t gh_fiber_room(const gh_Fiber *f)
{
    char here;
    return (size_t)(&here - (char *)f->stack);
}

void gh_fiber_free(gh_Fiber *f)
{
    if (!f->stack) return;
    STACK_FRESH(f->stack, f->size);
    munmap(f->stack, f->size);
    f->stack = NULL;
}
