// static_result_cost.go — Go judges a function's inlining cost before it inlines the
// constructor there, so a call c() of c := counter() still costs a call (57): use2 and use3
// are not inlined, though main inlines both c() calls of its own
package main

import "fmt"

type P struct{ x, y int }

func keepP() func(p *P) *P {
	return func(p *P) *P { return p }
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func use2() int {
	c := counter()
	c()
	return c()
}

func use3() int {
	k := keepP()
	return k(&P{1, 2}).x
}

func main() {
	fmt.Println(use2())
	fmt.Println(use3())
	for i := 0; i < 3; i++ {
		c := counter()
		fmt.Println(c(), use3())
	}
}
