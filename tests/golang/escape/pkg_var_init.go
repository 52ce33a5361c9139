// pkg_var_init.go — package-level initializers: what Go lays out as static data (constants, literals, &T{...}, []byte("const"), closures, boxes) prints nothing; the rest runs in init, after every function, and escapes to the global.
package main

import "fmt"

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
var big = make([]int, 100000)
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

func main() {
	*p = 3
	m()
	fmt.Println(*p, len(b), s, pt, str, bs, arr, len(big), iface, iface2, f(), c.n, len(dyn), ptrs, boxed, copied, total, nested, boxedVar)
}
