// comma_ok_assert.go — v, ok := x.(T) copies the value out of its box and never panics:
// no allocation for a miss or a hit (v is T's zero value on a miss), one 16-byte object per
// call when v is moved to heap (return &v); an assertion to error keeps the two words.
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

type pt struct{ x, y int }

type myErr struct{ code int }

func (e *myErr) Error() string { return "my" }

var errPlain = errors.New("plain")

var boxes = []interface{}{pt{1, 2}, &pt{3, 4}, "s", 5, nil, errPlain, &myErr{7}}

//go:noinline
func score(x interface{}) int {
	n := 0
	if p, ok := x.(pt); ok {
		n += p.x + p.y
	}
	if p, ok := x.(*pt); ok {
		n += p.x * p.y
	}
	s, ok := x.(string)
	if ok {
		n += len(s) * 100
	}
	var i int
	i, ok = x.(int)
	n += i
	if _, ok := x.(error); ok {
		n += 1000
	}
	if e, ok := x.(*myErr); ok {
		n += e.code * 10000
	}
	return n
}

//go:noinline
func ref(x interface{}) *pt {
	v, ok := x.(pt)
	if !ok {
		return nil
	}
	return &v
}

var keep []*pt

func main() {
	total := 0
	measure("score", func() {
		for i := 0; i < 50; i++ {
			for _, b := range boxes {
				total += score(b)
			}
		}
	})
	measure("ref", func() {
		for i := 0; i < 20; i++ {
			for _, b := range boxes {
				if p := ref(b); p != nil {
					keep = append(keep, p)
				}
			}
		}
	})
	var e error = &myErr{3}
	m, ok := e.(*myErr)
	z, ok2 := e.(interface{})
	fmt.Println(total, len(keep), keep[0].x, m.code, ok, z != nil, ok2)
}
