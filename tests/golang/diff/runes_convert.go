// runes_convert.go — string(r), []rune(s) and string(runes), and what each allocates:
// intstring takes 4 bytes (tiny) when the string escapes and a [4]byte on the stack when
// not; []rune(s) fills a [32]rune stack buffer or a heap array rounded to its size class
// (cap grows with it); string(runes) needs its encoded length + 3 bytes, so a result of
// 30 bytes goes to the heap even when it does not escape; len([]rune(s)) builds nothing.
package main

import (
	"fmt"
	"runtime"
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

var sink string
var rsink []rune
var total int

const short = "héllo, 世界"
const long = "the quick brown fox jumps over the lazy dog — 敏捷的棕色狐狸"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func alphabet(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += string(rune('a' + i%26))
	}
	return s
}

func main() {
	s, l := short, long
	fmt.Println(len(s), len([]rune(s)), len(l), len([]rune(l)))
	measure("intstring_escapes", func() {
		for i := 0; i < 64; i++ {
			sink = string(rune(0x4e00 + i))
		}
	})
	fmt.Println(sink, len(sink))
	measure("intstring_stack", func() {
		for i := 0; i < 64; i++ {
			total += len(string(rune(0x4e00 + i)))
		}
	})
	fmt.Println(total)
	measure("runes_short_stack", func() {
		rs := []rune(s)
		total = len(rs) + cap(rs)
	})
	fmt.Println(total)
	measure("runes_long_stack", func() {
		rs := []rune(l)
		total = len(rs) + cap(rs)
	})
	fmt.Println(total)
	measure("runes_short_escapes", func() { rsink = []rune(s) })
	fmt.Println(len(rsink), cap(rsink))
	measure("runes_long_escapes", func() { rsink = []rune(l) })
	fmt.Println(len(rsink), cap(rsink))
	measure("runes_const_escapes", func() { rsink = []rune(long) })
	fmt.Println(len(rsink), cap(rsink))
	measure("runecount", func() { total = len([]rune(l)) })
	fmt.Println(total)
	rs := []rune(l)
	measure("string_short_stack", func() { total = len(string(rs[:9])) })
	fmt.Println(total)
	measure("string_30bytes_stack", func() { total = len(string(rs[:30])) })
	fmt.Println(total)
	measure("string_escapes", func() { sink = string(rs[:9]) })
	fmt.Println(sink)
	measure("string_empty_escapes", func() { sink = string(rs[:0]) })
	fmt.Println(len(sink))
	measure("alphabet", func() { sink = alphabet(40) })
	fmt.Println(sink)
	measure("reverse", func() { sink = reverse(short) })
	fmt.Println(sink)
	measure("reverse_long", func() { sink = reverse(long) })
	fmt.Println(sink)
	for i, r := range []rune(s) {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	var b byte = 200
	var u uint32 = 0xFFFFFFFF
	bad := []rune{-1, 0xD800, 0x110000, 0x10FFFF}
	fmt.Println(string(b), string(rune(-1)) == "\uFFFD", len(string(u)), len(string(bad)), []rune("a\xffb"), []rune(string(bad)))
}
