// fmt_nested_printer.go — printing inside printing: a String or Error method that calls
// fmt.Sprintf while Println holds its printer takes a second pp (208 B) from ppFree; when it
// frees it, the pool's private slot is taken, so it goes to the P's shared chain, whose first
// dequeue costs a poolChainElt (48 B) and a ring of 8 efaces (128 B). The next nested call
// finds both printers pooled and allocates only what it prints.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var before, after runtime.MemStats

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

var pt = point{3, 4}

type buf struct{ b [64]byte }

func main() {
	fmt.Println("warm up")
	measure("stringer", func() { fmt.Println(pt) })
	measure("stringer_again", func() { fmt.Println(pt) })
	var err error = &codeErr{7}
	measure("error", func() { fmt.Println(err) })
	measure("both", func() { fmt.Println(pt, err) })

	var pool sync.Pool
	a, b, c := &buf{}, &buf{}, &buf{}
	measure("put_private", func() { pool.Put(a) })
	measure("put_shared", func() { pool.Put(b) })
	measure("put_shared_again", func() { pool.Put(c) })
	measure("get_three", func() {
		_ = pool.Get()
		_ = pool.Get()
		_ = pool.Get()
	})
	measure("put_after_gets", func() { pool.Put(a); pool.Put(b) })
}
