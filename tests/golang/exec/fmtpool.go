// fmtpool.go — fmt's own allocations (GOMAXPROCS=1). fmt takes its printer (pp, 200 bytes:
// size class 208) from the sync.Pool ppFree; the pool pays its poolLocal array (128 B a P)
// and its allPools entry (8 B) at its first use after each GC; pp.buf grows as append grows.
// A Println of a slice boxes it (24 B) and reflect copies each element to look for methods;
// a pointer to a struct is copied once; unexported fields are not interfaced.
// One GC moves the pooled printer to the victim cache (the next call pays the pool again and
// gets the same printer back), a second GC frees it (the next call pays all again).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type pt struct{ x, y int }
type Pt struct{ X, Y int }

var r [12][3]uint64
var sink string

func d(k int, a, b *runtime.MemStats) {
	r[k] = [3]uint64{b.Mallocs - a.Mallocs, b.TotalAlloc - a.TotalAlloc, b.HeapAlloc - a.HeapAlloc}
}

func main() {
	runtime.GOMAXPROCS(1)
	var m1, m2 runtime.MemStats
	s := []int{1, 2, 3}
	p := &pt{1, 2}
	v := pt{3, 4}
	e := &Pt{5, 6}
	big := strings.Repeat("x", 70000)
	runtime.ReadMemStats(&m1)
	fmt.Println("first")
	runtime.ReadMemStats(&m2)
	d(0, &m1, &m2)
	runtime.ReadMemStats(&m1)
	fmt.Println("second")
	runtime.ReadMemStats(&m2)
	d(1, &m1, &m2)
	runtime.ReadMemStats(&m1)
	fmt.Println(s)
	runtime.ReadMemStats(&m2)
	d(2, &m1, &m2)
	runtime.ReadMemStats(&m1)
	fmt.Println(p)
	runtime.ReadMemStats(&m2)
	d(3, &m1, &m2)
	runtime.ReadMemStats(&m1)
	fmt.Println(v)
	runtime.ReadMemStats(&m2)
	d(4, &m1, &m2)
	runtime.ReadMemStats(&m1)
	fmt.Println(e)
	runtime.ReadMemStats(&m2)
	d(5, &m1, &m2)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	fmt.Println("after one GC")
	runtime.ReadMemStats(&m2)
	d(6, &m1, &m2)
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	fmt.Println("after two GCs")
	runtime.ReadMemStats(&m2)
	d(7, &m1, &m2)
	runtime.ReadMemStats(&m1)
	sink = fmt.Sprint("hello, ", "world")
	runtime.ReadMemStats(&m2)
	d(8, &m1, &m2)
	runtime.ReadMemStats(&m1)
	sink = fmt.Sprint(big)
	runtime.ReadMemStats(&m2)
	d(9, &m1, &m2)
	runtime.ReadMemStats(&m1)
	sink = fmt.Sprint("a", "b")
	runtime.ReadMemStats(&m2)
	d(10, &m1, &m2)
	names := []string{"first Println", "second Println", "Println([]int{1, 2, 3})", "Println(&pt{1, 2})", "Println(pt{3, 4})",
		"Println(&Pt{5, 6})", "Println after one GC", "Println after two GCs", "Sprint of 12 bytes", "Sprint of 70000 bytes",
		"Sprint after a buffer over 64 KiB was dropped"}
	for k, name := range names {
		fmt.Println(name, "Mallocs", r[k][0], "TotalAlloc", r[k][1], "HeapAlloc", r[k][2])
	}
	fmt.Println(len(sink), sink)
}
