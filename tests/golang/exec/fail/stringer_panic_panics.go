package main

import "fmt"

type bad struct{}

func (bad) Error() string { panic("worse") }

type T struct{}

func (T) String() string { panic(bad{}) }

func main() {
	fmt.Println("before")
	fmt.Println(T{})
}
