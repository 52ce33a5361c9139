// method_value_builtin.go — method values of an interface (err.Error) and of library types
// (sb.WriteString, buf.Len, wg.Done) are closures {F, R} as for the program's own methods:
// R is the interface value (24-byte closure) or &sb (16 bytes, and sb moves to the heap
// when the method value escapes); a method value that does not escape costs nothing.
package main

import (
	"bytes"
	"errors"
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

type myErr struct{ code int }

func (e *myErr) Error() string { return "my error" }

//go:noinline
func mk(i int) error {
	if i > 0 {
		return &myErr{i}
	}
	return errors.New("plain")
}

var keepS func() string
var keepW func(string) (int, error)

func main() {
	n := 0
	measure("iface_local", func() {
		for i := 0; i < 10; i++ {
			f := mk(i % 2).Error
			n += len(f())
		}
	})
	measure("iface_escapes", func() {
		err := mk(3)
		keepS = err.Error
		n += len(keepS())
	})
	measure("builder_local", func() {
		var sb strings.Builder
		w := sb.WriteString
		for i := 0; i < 20; i++ {
			w("hello ")
		}
		s := sb.String
		n += len(s())
	})
	measure("builder_escapes", func() {
		var sb strings.Builder
		keepW = sb.WriteString
		keepW("abc")
		n += sb.Len()
	})
	measure("buffer_and_waitgroup", func() {
		var buf bytes.Buffer
		wb := buf.WriteByte
		for i := 0; i < 100; i++ {
			wb('x')
		}
		l := buf.Len
		n += l()
		var wg sync.WaitGroup
		add, done := wg.Add, wg.Done
		add(2)
		done()
		done()
		wg.Wait()
	})
	fmt.Println(n)
}
