// go_func_values.go — what `go f(args)` allocates when f is a func value: Go 1.19 wraps
// the call in a closure holding f and the arguments (8 bytes of code pointer, 8 of f, then
// the arguments), and `go f()` with no arguments needs no wrapper at all. A method value
// carries its receiver inside f, so the wrapper is the same size whatever the receiver.
// Whether the goroutine also needs a new 416-byte g depends on whether an exited one can
// be reused, which in real Go depends on timing; so the program prints the bytes beside
// whole g's (TotalAlloc delta modulo 416).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type big struct{ a, b, c, d int }

func (v big) run(wg *sync.WaitGroup) { wg.Done() }

func (v big) done() { all.Done() }

var ms runtime.MemStats
var all sync.WaitGroup

func measure(name string, start func()) {
	runtime.ReadMemStats(&ms)
	t := ms.TotalAlloc
	start()
	runtime.ReadMemStats(&ms)
	fmt.Println(name, "wrapper bytes", (ms.TotalAlloc-t)%416)
}

func main() {
	v := big{1, 2, 3, 4}
	fv := v.run
	plain := func(wg *sync.WaitGroup) { wg.Done() }
	none := v.done
	all.Add(3) // three goroutines: with main's five, allgs stays within its capacity of 8
	measure("method value, no arguments", func() { go none() })
	measure("value-receiver method value, one argument", func() { go fv(&all) })
	measure("closure, one argument", func() { go plain(&all) })
	all.Wait()
	fmt.Println("done")
}
