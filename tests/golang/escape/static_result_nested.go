// static_result_nested.go — literals of inlined constructors that call library code or
// return literals themselves: r(), o() and outer(4)() are inlined copies; a deferred
// rec()() still inlines rec() but not the deferred call; a literal that calls its own
// constructor is not inlined into itself
package main

import "fmt"

func rec() func() int {
	return func() int { return len(fmt.Sprint(1)) }
}

func outer(k int) func() func() int {
	return func() func() int {
		return func() int { return k }
	}
}

func self() func() int {
	return func() int {
		s := self()
		return 1 + s()
	}
}

func main() {
	r := rec()
	fmt.Println(r())
	o := outer(3)
	fmt.Println(o() != nil, outer(4)() != nil)
	defer rec()()
	x := self()
	fmt.Println(x != nil)
}
