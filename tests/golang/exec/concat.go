package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sinkS string

func concatEscaping() {
	s := ""
	for i := 0; i < 1000; i++ {
		s += "a"
	}
	sinkS = s
}

//go:noinline
func concatLocal() int {
	s := ""
	for i := 0; i < 1000; i++ {
		s += "a"
	}
	return len(s)
}

func builderEscaping() {
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString("a")
	}
	sinkS = b.String()
}

func builderGrow() {
	var b strings.Builder
	b.Grow(1000)
	for i := 0; i < 1000; i++ {
		b.WriteString("a")
	}
	sinkS = b.String()
}

//go:noinline
func shortConcat(a, b string) int {
	c := a + b
	return len(c)
}

func main() {
	var m1, m2 runtime.MemStats
	names := []string{"concatEscaping", "concatLocal", "builderEscaping", "builderGrow1000", "shortConcat(16+16)", "shortConcat(16+17)"}
	for i := 0; i < len(names); i++ {
		runtime.GC()
		runtime.ReadMemStats(&m1)
		if i == 0 {
			concatEscaping()
		} else if i == 1 {
			concatLocal()
		} else if i == 2 {
			builderEscaping()
		} else if i == 3 {
			builderGrow()
		} else if i == 4 {
			shortConcat("0123456789abcdef", "0123456789abcdef")
		} else {
			shortConcat("0123456789abcdef", "0123456789abcdefg")
		}
		runtime.ReadMemStats(&m2)
		fmt.Println(names[i], "Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	}
}
