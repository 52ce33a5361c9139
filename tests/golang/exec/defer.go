// defer.go — deferred calls: arguments evaluated at the defer statement, run newest first
// when the function returns, after its return set the results (a deferred closure can change
// a named result); pointer arguments stay valid across a stack copy and a GC.
package main

import (
	"fmt"
	"runtime"
)

type counter struct{ n int }

func (c *counter) bump() { c.n++ }

func (c counter) show(tag string) { fmt.Println(tag, c.n) }

func order() {
	x := 1
	defer show("first deferred, runs last", x)
	x = 2
	defer func() { show("closure sees the latest x", x) }()
	show("body done", x)
}

func show(tag string, v int) { fmt.Println(tag, v) }

func named() (r int) {
	c := &counter{}
	defer c.bump()
	defer func() { r = r*10 + c.n }()
	c.n = 4
	return 3
}

func methodValue() {
	c := counter{n: 7}
	defer c.show("value receiver copied at defer:")
	c.n = 8
}

// grow needs many frames: the goroutine's stack is copied while the defer waits
func grow(n int) int {
	var pad [64]int
	pad[0] = n
	if n == 0 {
		return pad[0]
	}
	return grow(n-1) + pad[0]
}

func check(p *int, want int) { fmt.Println("pointer argument still points at the local:", *p == want) }

func stackMoves() {
	v := 42
	defer check(&v, 42)
	fmt.Println("sum", grow(200))
}

type blob struct{ data [100]byte }

// fresh returns a heap object that would print if the GC ever found it unreachable
func fresh() *blob {
	b := &blob{}
	b.data[99] = 9
	runtime.SetFinalizer(b, func(*blob) { fmt.Println("collected while a defer still held it") })
	return b
}

func held(b *blob) { fmt.Println("heap object kept alive by a deferred argument:", b.data[99]) }

func gcWhileWaiting() {
	b := fresh()
	defer held(b)
	b = nil
	runtime.GC()
	runtime.GC()
}

func main() {
	order()
	fmt.Println("named", named())
	methodValue()
	stackMoves()
	gcWhileWaiting()
}
