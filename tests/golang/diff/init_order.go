// init_order.go — package variables are initialized in dependency order, not source
// order: a = b + 1 waits for b = f(), s for e, e for t, t for u; among the ready ones the
// earliest declared goes first. h() is inlined into init: its x is moved to heap there.
package main

import (
	"fmt"
	"runtime"
)

var a = b + 1
var b = f("b")
var c = g()
var d = b
var s = []int{a, e}
var e = len(t)
var t = "hello" + u
var u = mark("u")
var p = h()
var w = tally.next()
var tally = counter{n: 40}

type counter struct{ n int }

func (k counter) next() int { order = append(order, "w"); return k.n + 2 }

var order []string

func mark(x string) string { order = append(order, x); return x }

func f(x string) int { order = append(order, x); return 10 }

func g() int { order = append(order, "c"); return a * 2 }

func h() *int { x := a + 100; order = append(order, "p"); return &x }

var before, after runtime.MemStats

func main() {
	runtime.ReadMemStats(&before)
	sum := a + b + c + d + len(s) + e + len(t) + *p + w
	runtime.ReadMemStats(&after)
	fmt.Printf("main.Mallocs %d\n", after.Mallocs-before.Mallocs)
	fmt.Println(order)
	fmt.Println(a, b, c, d, s, e, t, *p, w, sum)
}
