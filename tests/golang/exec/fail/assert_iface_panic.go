package main

import "fmt"

type T struct{ n int }

func main() {
	var x interface{} = T{1}
	_, ok := x.(error)
	fmt.Println(ok)
	e := x.(error)
	fmt.Println(e)
}
