package main

const a = 1, 2

var x, y = 1

func main() {
	const c, d = 1
	const e = 1, 2
	println(a, x, y, c, d, e)
}
