// char_literal_typed.go — a rune literal converted to a byte type is printed as written in -m lines: byte('c')
package main

import "fmt"

type B byte

func g(x byte, y ...interface{}) {}

func main() {
	var u uint16 = 'x'
	fmt.Println(B('g'), u, uint8('z'), 'a'+1)
	g('a', 'b', byte('c'))
	var e interface{} = byte('q')
	var e2 interface{} = B('w')
	_, _ = e, e2
}
