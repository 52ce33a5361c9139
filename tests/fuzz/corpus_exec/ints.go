package main

func main() {
	var a int8 = 127
	a++
	var b uint16 = 1
	b -= 2
	c := 1 << 62
	d := -9 / 4
	e := -9 % 4
	var f uint64 = 0xffffffffffffffff
	println(a, b, c, d, e, f>>3, 7&^5, 3^6, 6|1)
}
