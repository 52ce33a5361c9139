// iface_compare.go — an interface compared with a concrete value: Go compares the dynamic type,
// then the value the interface holds, without boxing the concrete side (no allocation, no -m line)
package main

import (
	"fmt"
	"math"
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

type pt struct{ a, b int }

type named int

func main() {
	var x interface{} = 1000
	y := 1000
	var z interface{} = pt{1, 2}
	p := pt{1, 2}
	q := pt{int(named(1)), 3}
	s := "hello"
	var w interface{} = "hello"
	var e error
	nan := math.NaN()
	var f interface{} = nan
	var nm interface{} = named(1000)
	fmt.Println(x == y, y == x, x != y, z == p, z == q, p == z, w == s, s != w, e == nil)
	fmt.Println(x == s, z == y, f == nan, nm == y, nm == named(1000), x == 1000, x == 1000.0)
	measure("compare", func() {
		n := 0
		for i := 0; i < 100; i++ {
			if x == y || z == p || w == s || x == 2.5 || nm == named(i) {
				n++
			}
		}
		fmt.Println("true", n)
	})
}
