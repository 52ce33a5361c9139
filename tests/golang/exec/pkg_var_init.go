// pkg_var_init.go — package-level initializers as Go 1.19 runs them: literals, &T{...},
// []byte("const") and boxes are static data (gohotel: the data segment, no malloc), the rest
// runs before main and allocates (new, make, method values, conversions, calls). Static data
// is writable and is a GC root: a heap object reachable only from a static array survives
// runtime.GC(). (Go's MemStats at main's start also count the runtime's own pre-main
// allocations, which vary between runs, so the figures printed here are values only.)
package main

import (
	"fmt"
	"runtime"
)

type point struct{ x, y int }

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

//go:noinline
func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var p = new(int)
var b = make([]byte, 100)
var s = []int{1, 2}
var pt = &point{1, 2}
var str = "x" + fmt.Sprint(1)
var bs = []byte("hello")
var arr = [3]int{1, 2, 3}
var iface interface{} = 42
var iface2 interface{} = point{3, 4}
var f = func() int { return *p }
var c = &counter{}
var m = c.inc
var n = 10
var dyn = make([]int, n)
var ptrs = []*int{new(int), p}
var boxed interface{} = pt
var copied = []byte(str)
var total = sum([]int{1, 2, 3})
var nested = &point{n, sum([]int{4})}
var boxedVar interface{} = n
var names = []*string{&str}

var ms runtime.MemStats

func main() {
	*p = 3
	m()
	m()
	s[0] = 10
	pt.x = 7
	bs[0] = 'H'
	*ptrs[0] = 42
	runtime.GC()
	runtime.GC()
	fmt.Println(*p, len(b), s, *pt, str, string(bs), arr, iface, iface2, f(), c.n, len(dyn))
	fmt.Println(*ptrs[0], *ptrs[1], boxed.(*point).x, string(copied), total, *nested, boxedVar, *names[0])
	runtime.ReadMemStats(&ms)
	a, t := ms.Mallocs, ms.TotalAlloc
	m()
	runtime.ReadMemStats(&ms)
	fmt.Println("calling the method value mallocs", ms.Mallocs-a, "bytes", ms.TotalAlloc-t, "n", c.n)
}
