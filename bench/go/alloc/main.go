// alloc: real Go's mallocgc cost for the sizes bench_alloc measures in the simulator.
// Each allocation is stored to a global so it escapes; prints "NAME ns_per_alloc".
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type ptr64 struct {
	a, b, c *int
	pad     [5]uint64
}

var sinkB []byte
var sinkP *ptr64

func timeit(name string, n int, f func()) {
	t0 := time.Now()
	for i := 0; i < n; i++ {
		f()
	}
	fmt.Printf("%s %.2f\n", name, float64(time.Since(t0).Nanoseconds())/float64(n))
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	timeit("noscan16", n, func() { sinkB = make([]byte, 16) })
	timeit("ptr64", n, func() { sinkP = &ptr64{} })
	timeit("bytes1k", n, func() { sinkB = make([]byte, 1024) })
	timeit("bytes40k", n/20, func() { sinkB = make([]byte, 40*1024) })
}
