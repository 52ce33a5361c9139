// rune_constants.go — constant rune conversions fold (string(rune(65)) is "A", len of it a
// constant), []rune("...") is a literal, named rune and string types convert, string(r) keys a map
package main

import "fmt"

type Runes []rune
type Name string

const c = "a" + string(rune(0x4e16)) + string('b')

var g = []rune("héllo")
var gs = string(rune(len(c) + 60))
var empty = []rune("")

func name(r rune) Name { return Name(r) }

func main() {
	rs := Runes("abc")
	s := string(rs)
	m := map[string]int{}
	for _, r := range "aba" {
		m[string(r)]++
	}
	var e []rune
	fmt.Println(len(c), c, g, gs, len(empty), cap(empty), s, name('z'), m, string(e) == "", len([]rune("")), []rune(""))
	switch string(rs[1]) {
	case "b":
		fmt.Println("b")
	}
}
