package main

import "fmt"

type big struct{ buf [2048]byte }

func leak() *int {
	x := 42
	return &x
}

func stay() int {
	y := new(int)
	*y = 5
	return *y
}

func main() {
	p := leak()
	s := make([]int, 100000)
	n := 10
	t := make([]byte, n)
	var b big
	c := b
	c.buf[0] = 1
	fmt.Println(*p, stay(), len(s), len(t), c.buf[0])
}
