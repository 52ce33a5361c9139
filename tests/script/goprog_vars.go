// goprog_vars.go — a program whose `var ask` a scene sets (tests/script/goprog_vars.lua).
package main

var ask = 33
var room []byte

func main() {
	room = make([]byte, ask)
}
