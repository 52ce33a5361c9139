// init_vars.go — package variables whose initial values are made on the heap. Go makes
// them in main.init, under runtime.doInit (proc.go:6329) and runtime.main (proc.go:233),
// at each declaration's line: table's 2688 B, and mk's 896 B in main.mk called from dyn's
// line; &T{1, 2} is laid out statically (nothing on the heap), as Go's compiler does.
package main

import "fmt"

type T struct{ a, b int }

var table = make([]int, 300) // table
var gp = &T{1, 2}
var s2 = fmt.Sprint(42, "x")
var m = map[string]int{"a": 1}

//go:noinline
func mk(n int) []int { return make([]int, n) }

var dyn = mk(100) // dyn

func main() {
	fmt.Println(len(table), gp.a, s2, m["a"], len(dyn))
}
