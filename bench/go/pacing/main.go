// pacing: the pacing workload of issue 3 as one Go program that both `go build` and
// `gohotel exec` run, so bench_scripting can time the same source on each. A live set
// of liveMiB MiB of 1 KiB objects held from a global slice, then garbageMiB MiB of
// short-lived 64-byte pointerful objects. bench_scripting rewrites the sizes line.
package main

import (
	"fmt"
	"runtime"
)

type garbage struct {
	next *garbage
	a, b *int
	pad  [5]uint64
}

var live []*[1024]byte
var sink *garbage

const liveMiB, garbageMiB = 8, 256

func main() {
	for i := 0; i < liveMiB*1024; i++ {
		live = append(live, new([1024]byte))
	}
	runtime.GC()
	n := garbageMiB << 20 / 64
	for i := 0; i < n; i++ {
		g := &garbage{}
		g.next = sink
		sink = g
		if i%2 == 0 {
			sink = nil
		}
	}
	fmt.Println("live objects", len(live), "garbage objects", n)
}
