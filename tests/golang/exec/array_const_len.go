// array_const_len.go — array types whose length is a named constant expression: `type Row [N]int`
// is an array, not a type parameter list (the parser looks past the `[` to tell)
package main

import "fmt"

const N = 4

type Row [N]int
type Grid [N * 2]Row

func main() {
	var g Grid
	g[N][1] = 7
	fmt.Println(len(g), len(g[0]), g[N])
}
