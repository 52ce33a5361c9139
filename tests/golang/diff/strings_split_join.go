// strings_split_join.go — strings.Split, Fields, Join, Replace, ReplaceAll, ToLower,
// TrimSpace and Index as students use them: Split and Fields make one []string (16 B a
// piece) whose pieces share s's bytes; Join, Replace and ToLower grow one strings.Builder
// to the exact length (tiny allocations below 16 B), and return their input itself when
// there is nothing to do; TrimSpace and Index allocate nothing.
package main

import (
	"fmt"
	"runtime"
	"strings"
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

var parts []string
var s string
var n int

func main() {
	line := "name,age,city,country,zip"
	measure("split", func() { parts = strings.Split(line, ",") })
	fmt.Println(len(parts), cap(parts), parts)
	measure("split_none", func() { parts = strings.Split("alone", ",") })
	fmt.Println(len(parts), parts)
	measure("split_chars", func() { parts = strings.Split("abc", "") })
	fmt.Println(len(parts), parts)
	measure("split_empty", func() { parts = strings.Split("", ",") })
	fmt.Println(len(parts), parts)
	measure("fields", func() { parts = strings.Fields("  the quick\tbrown  fox ") })
	fmt.Println(len(parts), parts)
	measure("fields_none", func() { parts = strings.Fields("   ") })
	fmt.Println(len(parts), parts == nil)
	words := []string{"go", "is", "fun"}
	measure("join", func() { s = strings.Join(words, " ") })
	fmt.Println(s)
	measure("join_long", func() { s = strings.Join(strings.Split(line, ","), " | ") })
	fmt.Println(s)
	measure("join_one", func() { s = strings.Join(words[:1], "-") })
	fmt.Println(s)
	measure("replace", func() { s = strings.Replace("a-b-c-d", "-", "+", 2) })
	fmt.Println(s)
	measure("replace_all", func() { s = strings.ReplaceAll("2006-01-02", "-", "/") })
	fmt.Println(s)
	measure("replace_none", func() { s = strings.ReplaceAll("hello", "x", "y") })
	fmt.Println(s)
	measure("replace_grow", func() { s = strings.ReplaceAll("a.b.c.d.e.f", ".", " dot ") })
	fmt.Println(s)
	measure("replace_empty_old", func() { s = strings.Replace("abc", "", "-", -1) })
	fmt.Println(s)
	measure("lower", func() { s = strings.ToLower("Hello, World") })
	fmt.Println(s)
	measure("lower_none", func() { s = strings.ToLower("already lower") })
	fmt.Println(s)
	measure("trim", func() { s = strings.TrimSpace("\t  padded  \n") })
	fmt.Println("[" + s + "]")
	measure("index", func() { n = strings.Index(line, "city") + strings.Index(line, "mars") })
	fmt.Println(n)
}
