package main

import "fmt"

type pt struct{ x, y int }

func (p pt) sum() int { return p.x + p.y }

//go:noinline
func mkpt() pt { return pt{1, 2} }

func main() {
	p := mkpt()
	fmt.Println(p.sum(), mkpt(), p.x)
	var i interface{} = mkpt()
	_ = i
}
