// map_float_keys.go — maps keyed by floats: +0 and -0 are one key (the second assignment
// keeps the new key, -0), every NaN is a new key that no lookup or delete can find, and the
// `for k := range m { delete(m, k) }` idiom leaves the NaNs behind (Go only turns it into
// mapclear for keys that equal themselves). fmt prints NaN keys first, then by value.
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

type point struct {
	x, y float64
}

var sink map[float64]int
var halves map[float32]string

func main() {
	measure("fill200", func() {
		m := map[float64]int{}
		for i := 0; i < 200; i++ {
			m[float64(i)/4] += i
		}
		sink = m
	})
	fmt.Println("len", len(sink), "m[12.5]", sink[12.5])

	z := map[float64]string{0: "zero"}
	z[math.Copysign(0, -1)] = "negative zero"
	for k, v := range z {
		fmt.Println("one zero key:", len(z), math.Signbit(k), v)
	}

	n := map[float64]int{}
	n[math.NaN()] = 1
	n[math.NaN()] = 2
	_, found := n[math.NaN()]
	delete(n, math.NaN())
	fmt.Println("NaN keys", len(n), "found", found)
	n[1] = 3
	for k := range n {
		delete(n, k)
	}
	fmt.Println("after deleting each key", len(n))
	fmt.Println(map[float64]int{math.Inf(1): 1, math.Inf(-1): 2, 1e300: 3, math.NaN(): 4, -0.5: 5})

	p := map[point]int{{1, 2}: 3, {0, 0}: 1}
	p[point{math.Copysign(0, -1), 0}]++
	fmt.Println(p)

	measure("float32", func() {
		halves = map[float32]string{}
		for i := 0; i < 12; i++ {
			halves[float32(i)/2] = "x"
		}
	})
	fmt.Println(len(halves), halves[5.5])

	var e = map[interface{}]int{1.5: 1, 0.25: 2}
	e[float32(2)] = 3
	e[math.NaN()] = 4
	fmt.Println(len(e), e[1.5], e[float32(2)], e[2.0])

	g := map[float64]int{}
	for i := 0; i < 6; i++ {
		g[math.NaN()] = i
		g[float64(i)] = i
	}
	added := 0
	for k := range g {
		if added < 40 {
			g[k+1000] = 1 // the map grows while it is iterated; NaN+1000 is another NaN
			added++
		}
	}
	nans := 0
	for k := range g {
		if k != k {
			nans++
		}
	}
	fmt.Println("grown.NaNs", nans)
}
