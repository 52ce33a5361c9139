// strings_unicode.go — strings on text outside ASCII take Go's Unicode paths: Fields becomes
// FieldsFunc(s, unicode.IsSpace), whose spans array lives in its frame up to 32 fields and
// then grows on the heap (64 spans of 16 B = 1024 B, then 2048 B) before the one []string;
// TrimSpace trims Unicode spaces and allocates nothing; Split, SplitN, Count and Replace with
// an empty separator cut between runes, a bad byte being a rune of its own.
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
var text string

func main() {
	measure("fields", func() { parts = strings.Fields(" naïve\u00a0café\u3000crème brûlée\n") })
	fmt.Printf("%q\n", parts)
	long := strings.Repeat("é ", 40)
	measure("fields40", func() { parts = strings.Fields(long) })
	fmt.Println(len(parts))
	long2 := strings.Repeat("ü\u2003", 70)
	measure("fields70", func() { parts = strings.Fields(long2) })
	fmt.Println(len(parts))
	measure("trim", func() { text = strings.TrimSpace("\u3000\u00a0 héllo wörld \u2028\u0085") })
	fmt.Printf("%q\n", text)
	measure("explode", func() { parts = strings.Split("héllo, 世界", "") })
	fmt.Printf("%q\n", parts)
	measure("splitn", func() { parts = strings.SplitN("日本語です", "", 3) })
	fmt.Printf("%q\n", parts)
	fmt.Println(strings.Count("日本語", ""), strings.Count("a\xffb", ""))
	measure("replace", func() { text = strings.Replace("日本", "", "-", -1) })
	fmt.Println(text, strings.Replace("añb", "", ".", 2))
	fmt.Printf("%q %q\n", strings.Fields("a\xffb \xc0"), strings.TrimSpace("\xff "))
}
