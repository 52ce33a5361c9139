package main

// A defer in a loop: Go 1.19 wraps the call in a heap closure holding its operands, so
// what they point at escapes (a method's receiver, a func literal called with an
// argument, fmt's converted operands); the same defers outside a loop keep them in the
// frame. `defer add(i)` keeps only an int: nothing to report.
import "fmt"

type acc struct{ n int }

func (a *acc) add(i int) { a.n += i }

var sum int

func add(i int) { sum += i }

func inLoop(a *acc, n int) {
	for i := 0; i < n; i++ {
		defer a.add(i)
		defer add(i)
		defer func(x int) { sum += x }(i)
		defer func() { sum += i }()
		defer fmt.Println("i", i)
	}
}

func outside(a *acc, i int) {
	defer a.add(i)
	defer func(x int) { sum += x }(i)
	defer func() { sum += i }()
	defer fmt.Println("i", i)
}

func main() {
	a := &acc{}
	inLoop(a, 3)
	outside(a, 4)
}
