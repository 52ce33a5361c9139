package main

import "fmt"

type Shape interface {
	Area() int
	Perimeter() int
}

type Line struct{ n int }

func (l Line) Perimeter() int { return 2 * l.n }

func main() {
	var x interface{} = Line{3}
	_, ok := x.(Shape)
	fmt.Println(ok)
	s := x.(Shape)
	fmt.Println(s.Area())
}
