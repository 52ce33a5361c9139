// printf_width.go — Printf's width and flags apply to each basic value fmt writes (fmt.pad,
// padString), not to a composite operand as a whole: a struct's fields and a slice's
// elements are each padded, an integer's '0' padding goes after its sign, a value longer
// than the width is written as it is.
package main

import "fmt"

type P struct{ A, B int }
type S struct{ n int }

func (s S) String() string { return "str" }

func main() {
	fmt.Printf("%6v|%-4v|\n", P{1, 2}, []int{1, 2})
	fmt.Printf("%05d|%-5d|%5s|%-7t|%3c|\n", -42, 7, "ab", true, 'x')
	fmt.Printf("%9v|%-9v|%7q|%012d|\n", S{300}, (*int)(nil), "q", 7)
	fmt.Printf("%3s|%2d|%05s|%x|%6x|\n", "abcdef", 12345, "ab", 255, 255)
	fmt.Printf("%8v|\n", &P{3, 4})
}
