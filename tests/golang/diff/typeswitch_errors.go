// typeswitch_errors.go — telling errors apart with a type switch: *E (16 B each when made to
// escape), errors.New's *errors.errorString, nil; the switch itself allocates nothing
package main

import (
	"errors"
	"fmt"
	"runtime"
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



type E struct {
	code int
	msg  string
}

func (e *E) Error() string { return e.msg }

var errs []error

//go:noinline
func code(err error) int {
	switch e := err.(type) {
	case nil:
		return 0
	case *E:
		return e.code
	default:
		return -1
	}
}

func main() {
	measure("make", func() {
		for i := 0; i < 10; i++ {
			switch i % 3 {
			case 0:
				errs = append(errs, nil)
			case 1:
				errs = append(errs, &E{i, "bad"})
			case 2:
				errs = append(errs, errors.New("plain"))
			}
		}
	})
	sum := 0
	measure("switch", func() {
		for _, e := range errs {
			sum += code(e)
		}
	})
	fmt.Println(sum, len(errs))
}
