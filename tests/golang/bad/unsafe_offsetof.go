package main

import "unsafe"

type Point struct{ X, Y int }

func main() {
	var p Point
	println(unsafe.Offsetof(p.Y))
}
