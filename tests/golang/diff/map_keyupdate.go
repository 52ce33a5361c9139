// map_keyupdate.go — assigning to an existing string key stores the new key string in the bucket
// (Go's needkeyupdate): keys first inserted as substrings of 1 KiB strings pin those strings until the
// same keys are assigned again as short strings of their own; then the big strings are garbage
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var names = []string{"alpha-", "bravo-", "charlie-", "delta-", "echo-", "foxtrot-", "golf-", "hotel-"}

var m map[string]int

func key(i int) string {
	return names[i%8] + names[(i/8)%8] + names[(i/64)%8] + "-0123456789"
}

func main() {
	var ms runtime.MemStats
	m = make(map[string]int, 512)
	for i := 0; i < 512; i++ {
		k := key(i)
		big := k + strings.Repeat("x", 1024)
		m[big[:len(k)]] = i
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	first, firstAlloc := ms.HeapObjects, ms.HeapAlloc
	for i := 0; i < 512; i++ {
		m[key(i)] = -i
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("HeapObjects.change", int64(ms.HeapObjects)-int64(first))
	fmt.Println("HeapAlloc.change", int64(ms.HeapAlloc)-int64(firstAlloc))
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("len", len(m), "sum", sum)
}
