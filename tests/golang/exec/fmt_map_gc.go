// fmt_map_gc.go — collections in the middle of printing a map: each value's String method
// runs runtime.GC while fmt holds fmtsort's arrays of keys and values and their copies, which
// must survive (the printed text is all Go's; the figures are in tests/golang/diff/fmt_map_*).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type stamp int

func (s stamp) String() string {
	runtime.GC()
	return fmt.Sprintf("<%d>", int(s))
}

type box struct {
	inner map[string]stamp
}

func main() {
	debug.SetGCPercent(5)
	byName := map[string]stamp{}
	byNum := map[int64]stamp{}
	for i := 0; i < 30; i++ {
		name := strings.Repeat("k", i%5+1) + fmt.Sprint(i)
		byName[name] = stamp(i)
		byNum[int64(i*i-200)] = stamp(-i)
	}
	fmt.Println(byName)
	fmt.Println(byNum)
	s := fmt.Sprint(box{byName}, []map[int64]stamp{byNum, nil})
	fmt.Println(len(s), s[:60])
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	fmt.Println(stats.NumGC > 60)
}
