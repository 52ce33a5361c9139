// rune_conversions.go — what -m says of string(r), []rune(s) and string(runes), escaping or
// not, inlined or not; len([]rune(s)) and the reverse idiom's self-assignment
package main

import "fmt"

var sink string
var rsink []rune

func conv(r rune) string { return string(r) }

func local(r rune) int {
	s := string(r)
	return len(s)
}

func runes(s string) int {
	rs := []rune(s)
	return len(rs) + cap(rs)
}

func runesEsc(s string) []rune { return []rune(s) }

func back(rs []rune) string { return string(rs) }

func backLocal(rs []rune) int {
	s := string(rs)
	return len(s)
}

func count(s string) int { return len([]rune(s)) }

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += string(rune('a' + i%26))
	}
	return s
}

func main() {
	const c = string(rune(65))
	var b byte = 66
	fmt.Println(conv(0x4e16), local(-1), runes("héllo"), runesEsc("x"), back([]rune{0x10FFFF + 1, 'a'}), backLocal(nil), count("日本語"), reverse("héllo"), build(3), c, string(b))
	for _, r := range []rune("ab") {
		sink = string(r)
	}
	rsink = []rune(sink)
}
