package main

import (
	"fmt"
	"os"
)

type p struct {
	x int
	s string
	q *p
}

func main() {
	v := p{1, "a", &p{2, "b", nil}}
	fmt.Printf("%v|%d|%s|%q|%x|%X|%c|%t|%T|%%|%8s|%-4d|%04d\n", v, 42, "s", "q\"", 255, 255, 'z', true, v, "w", 7, 7)
	fmt.Fprintln(os.Stderr, "err", []string{"a"}, [2]bool{true})
	fmt.Fprintf(os.Stdout, "%p\n", nil)
	s := fmt.Sprint("a", 1, 2, "b") + fmt.Sprintln(3)
	fmt.Print(s, fmt.Sprintf("%v", []any{1, "x", nil}))
}
