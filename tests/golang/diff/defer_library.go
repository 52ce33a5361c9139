// defer_library.go — deferred calls of library methods and functions and of an interface's
// method: the receiver and the arguments are evaluated at the defer statement (fmt's
// operands converted to interface there), the call runs at return; outside loops they are
// open-coded, so the defer itself allocates nothing
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

var before, after runtime.MemStats

// measure prints what f allocated on the heap, as runtime.MemStats counts it.
func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

var mu sync.Mutex
var wg sync.WaitGroup
var sb strings.Builder
var n = 1000

//go:noinline
func locked() {
	mu.Lock()
	defer mu.Unlock()
	n++
}

//go:noinline
func worker() {
	defer wg.Done()
	n++
}

//go:noinline
func printer(x int) {
	defer fmt.Println("deferred", x)
	x = 5
	fmt.Println("body", x)
}

//go:noinline
func formatted(x int) {
	defer fmt.Printf("%d then %d\n", x, n)
	x++
	n++
}

//go:noinline
func builder() {
	defer sb.Reset()
	defer sb.WriteString("!")
	sb.WriteString("hello")
}

type Closer interface{ Close() }

type file struct{ name string }

func (f *file) Close() { fmt.Println("close", f.name) }

//go:noinline
func closer(c Closer) {
	defer c.Close()
	fmt.Println("using")
}

func main() {
	measure("locked", locked)
	wg.Add(1)
	measure("worker", worker)
	wg.Wait()
	measure("printer", func() { printer(7) })
	measure("formatted", func() { formatted(3) })
	measure("builder", builder)
	f := &file{"a"}
	measure("closer", func() { closer(f) })
	fmt.Println(n, sb.Len())
}
