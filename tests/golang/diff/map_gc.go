// map_gc.go — maps growing and evacuating while the collector runs (GOGC=10, many cycles): 4-byte string keys (tiny allocations)
// and pointer values in scanned buckets, a map[int][]byte with deletes, a noscan map[int]int whose
// overflow buckets only hmap.extra keeps alive; every entry must survive every cycle. What it prints is
// the same in every run; the cycle count varies, so only "collected" is printed.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	id   int
	name string
	next *node
}

var keep map[string]*node

func main() {
	debug.SetGCPercent(10)
	var ms runtime.MemStats
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	m := make(map[string]*node)
	bufs := make(map[int][]byte)
	ints := make(map[int]int)
	for i := 0; i < 40000; i++ {
		k := names[i%8] + names[(i/8)%8] + names[(i/64)%8] + names[(i/512)%8]
		m[k] = &node{id: i, name: k, next: m[k]}
		bufs[i] = make([]byte, 64)
		bufs[i][0] = byte(i)
		if i%3 == 0 {
			delete(bufs, i/2)
		}
		ints[i%5000] += i
	}
	keep = m
	total, depth, bad := 0, 0, 0
	for k, n := range m {
		for p := n; p != nil; p = p.next {
			total += p.id
			depth++
			if p.name != k {
				bad++
			}
		}
	}
	sumb := 0
	for i, b := range bufs {
		if b[0] != byte(i) {
			bad++
		}
		sumb += i
	}
	sumi := 0
	for _, v := range ints {
		sumi += v
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("keys", len(m), "nodes", depth, "ids", total, "bad", bad)
	fmt.Println("bufs", len(bufs), sumb, "ints", len(ints), sumi)
	fmt.Println("collected", ms.NumGC > 5)
}
