// method_values_lib.go — method values of library types (sb.WriteString, also passed as a func) and
// of interfaces (err.Error, x.Error): the closures stay on the stack, but an interface method
// value makes the interface's data escape (&E{...} escapes to heap), as Go's escape analysis does.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type E struct{ n int }

func (e *E) Error() string { return "e" }

func apply(f func(string) (int, error), s string) { f(s) }

func main() {
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	m0, t0 := st.Mallocs, st.TotalAlloc
	var sb strings.Builder
	w := sb.WriteString
	for i := 0; i < 10; i++ {
		w("ab")
	}
	apply(sb.WriteString, "cd")
	err := errors.New("boom")
	msg := err.Error
	var x error = &E{7}
	str := x.Error
	fmt.Println(sb.Len(), sb.String(), msg(), str())
	runtime.ReadMemStats(&st)
	fmt.Println("mallocs", st.Mallocs-m0, "bytes", st.TotalAlloc-t0)
}
