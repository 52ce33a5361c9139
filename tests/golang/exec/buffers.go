package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
)

var sinkS string

func main() {
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	var sb strings.Builder
	for i := 0; i < 100; i++ {
		sb.WriteByte('a' + byte(i%26))
	}
	sinkS = sb.String()
	runtime.ReadMemStats(&m2)
	fmt.Println(len(sinkS), sb.Len(), sb.Cap(), sinkS[:26])
	fmt.Println("builder bytes Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	var bb bytes.Buffer
	runtime.ReadMemStats(&m1)
	for i := 0; i < 10; i++ {
		bb.WriteString("hello ")
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(bb.Len(), "buffer Mallocs", m2.Mallocs-m1.Mallocs, "TotalAlloc", m2.TotalAlloc-m1.TotalAlloc)
	s := bb.String()
	fmt.Println(len(s), s[:11])
	bb.Reset()
	fmt.Println(bb.Len())
	up := strings.ToUpper("mixed Case")
	same := strings.ToUpper("UPPER")
	fmt.Println(up, same, strings.Repeat("ab", 3))
	var w strings.Builder
	w.WriteRune('é')
	w.WriteString("t")
	w.WriteRune('é')
	fmt.Println(w.String(), w.Len())
}
