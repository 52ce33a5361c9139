package main

import "fmt"

type T struct{ n int }

func (t T) GoString() string { return "T!" }

func main() {
	fmt.Printf("%v\n", T{1})
	fmt.Printf("%#v\n", T{2})
}
