package main

import "fmt"

const big = 1 << 40
const name = "gohotel"
const yes = !false

var global = big / 1024

func main() {
	x := uint8(big >> 34)
	fmt.Println(global, x, name[1:3], yes, len(name), 'a'+1, "\x41\u00e9\n")
}
