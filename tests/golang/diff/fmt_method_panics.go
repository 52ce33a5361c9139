// fmt_method_panics.go — fmt's catchPanic: a String or Error method that panics while fmt
// prints it is recovered by fmt, which prints %!v(PANIC=String method: ...) in its place
// (the verb is the operand's: %!s for Printf's %s) and goes on; a nil pointer whose method
// panics prints <nil>. What it costs: the panic and the recovery allocate nothing beyond the
// runtime's _defer record for the frame with open-coded defers below (runtime.main's).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s.Mallocs %d\n", name, after.Mallocs-before.Mallocs)
	fmt.Printf("%s.TotalAlloc %d\n", name, after.TotalAlloc-before.TotalAlloc)
}

type T struct{ n int }

func (t *T) String() string {
	if t.n > 1 {
		panic("too big")
	}
	return fmt.Sprint("T", t.n)
}

type code struct{ c int }

func (e *code) Error() string { return fmt.Sprint("code ", e.c) }

type loud int

func (l loud) String() string { panic(errors.New("loud")) }

type V struct{ n int }

func (v V) String() string { return "V" }

// deep recurses before it panics: the stack grows (and moves) inside the method
type deep int

func down(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		panic("bottom")
	}
	return down(n-1) + pad[n%64]
}

func (d deep) String() string { return fmt.Sprint(down(int(d))) }

// guarded recovers its own panic: fmt never sees it
type guarded struct{}

func (guarded) String() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "recovered inside"
		}
	}()
	panic("inner")
}

// outer's String starts a goroutine that blocks inside fmt (in inner's String), then panics:
// fmt recovers outer's panic while the other goroutine is still in the middle of printing
var hold = make(chan int)
var resume = make(chan int)
var done = make(chan string)

type inner struct{}

func (inner) String() string {
	hold <- 1
	<-resume
	return "inner done"
}

type outer struct{}

func (outer) String() string {
	go func() { done <- fmt.Sprint("[", inner{}, "]") }()
	<-hold
	panic("outer")
}

type pair struct {
	A *T
	B loud
}

func main() {
	fmt.Println("warm up")
	for i := 0; i < 3; i++ {
		fmt.Println("showing", &T{i})
	}
	big := &T{5}
	measure("string_panics", func() { fmt.Println(big) })
	var nilT *T
	measure("nil_receiver", func() { fmt.Println(nilT) })
	var e error = (*code)(nil)
	measure("nil_error", func() { fmt.Println(e != nil, e) })
	measure("printf_s", func() { fmt.Printf("[%s] [%8v]\n", big, nilT) })
	measure("error_value", func() { fmt.Println(loud(3)) })
	measure("in_struct", func() { fmt.Println(pair{&T{2}, 4}) })
	var pv *V
	measure("nil_value_method", func() { fmt.Println(pv) })
	measure("nil_value_method_again", func() { fmt.Println(pv) })
	measure("deep_stack", func() { fmt.Println("deep", deep(200), []int{1, 2}) })
	measure("guarded", func() { fmt.Println(guarded{}) })
	for i := 0; i < 100; i++ {
		_ = fmt.Sprint(big, nilT, pv)
		if i%25 == 0 {
			runtime.GC()
		}
	}
	measure("loop_done", func() { fmt.Println(big) })
	measure("goroutine_in_fmt", func() {
		fmt.Println(outer{})
		resume <- 1
		fmt.Println(<-done)
	})
	var s string
	measure("sprint", func() { s = fmt.Sprint(big, "!") })
	fmt.Println(s)
}
