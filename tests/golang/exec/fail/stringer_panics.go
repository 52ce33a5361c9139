package main

import "fmt"

type T struct{ n int }

func (t *T) String() string {
	if t.n > 1 {
		panic("too big")
	}
	return fmt.Sprint("T", t.n)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("showing", &T{i})
	}
}
