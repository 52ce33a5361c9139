// errors_values.go — errors the Go way: (T, error) results, a package-level sentinel made by
// errors.New once (comparing with it allocates nothing), errors in struct fields and slices,
// and what each call of a function returning an error allocates.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

var ErrNeg = errors.New("negative")

type result struct {
	n   int
	err error
}

//go:noinline
func half(n int) (int, error) {
	if n < 0 {
		return 0, ErrNeg
	}
	if n%2 == 1 {
		return 0, fmt.Errorf("%d is odd", n)
	}
	return n / 2, nil
}

func main() {
	var rs []result
	for _, n := range []int{4, 3, -1} {
		h, err := half(n)
		if err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", h)
		}
		rs = append(rs, result{h, err})
	}
	fmt.Println(len(rs), rs[2].err == ErrNeg, rs[0].err == nil, rs[1].err)
	errs := []error{ErrNeg, nil}
	fmt.Println(errs[0], errs[1] == nil)
	var err error
	if _, err = half(-5); err == ErrNeg {
		fmt.Println("neg again:", err.Error())
	}
	var m1, m2 runtime.MemStats
	for _, n := range []int{8, -2, 5} {
		runtime.ReadMemStats(&m1)
		_, err = half(n)
		runtime.ReadMemStats(&m2)
		fmt.Println(n, err, "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	}
}
