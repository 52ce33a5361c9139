/* fiber.h — a host stack a mutator runs on, so the stepper can stop it mid-operation.
 *
 * Why: the stepper must be able to stop after any runtime event, and events fire deep
 * inside runtime C calls (one mallocgc can refill an mcache, start a GC cycle and shade a
 * tiny block). Neither a Lua yield nor a plain C return can leave those frames half done,
 * so the mutator (a scene's Lua coroutine, a Go goroutine's tree-walker) runs on a stack of
 * its own, and every stop point is one switch back to the host that resumed it (ucontext).
 * AddressSanitizer is told of every switch, or it mistakes one stack's frames for the
 * other's redzones; in normal builds those hooks are nothing.
 */
#ifndef GH_FIBER_H
#define GH_FIBER_H
#include <stdbool.h>
#include <stddef.h>
#include <ucontext.h>

typedef struct gh_Fiber {
    ucontext_t self, host;      /* the fiber's context; the host's while the fiber runs */
    void *stack;                /* reserved, not committed: pages appear as frames touch them */
    size_t size;
    void (*fn)(void *ud);
    void *ud;
    bool done;                  /* fn returned: the fiber never runs again */
    const void *hostBottom;     /* AddressSanitizer's view of the host stack and of the two */
    size_t hostSize;            /* stacks' fake frames */
    void *fakeHost, *fakeSelf;
} gh_Fiber;

/* A fiber with `size` bytes of stack that will run fn(ud) when first resumed; false
 * (nothing to free) when the stack cannot be reserved. */
bool gh_fiber_init(gh_Fiber *f, size_t size, void (*fn)(void *ud), void *ud);
/* From the host: run the fiber until it yields or fn returns. */
void gh_fiber_resume(gh_Fiber *f);
/* From the fiber: hand control back to the host that resumed it. */
void gh_fiber_yield(gh_Fiber *f);
/* From the fiber: bytes of its stack left below the caller's frame (stacks grow down), for
 * a mutator that recurses to stop cleanly before it overflows. */
size_t gh_fiber_room(const gh_Fiber *f);
/* Its stack back to the system. A suspended fiber's frames are dropped unrun, so they
 * must hold nothing to release. */
void gh_fiber_free(gh_Fiber *f);

#endif
