package main

import "fmt"

type e struct{ msg string }

func (x *e) Error() string { return x.msg }

func main() {
	err := &e{"boom"}
	fmt.Println("before")
	panic(err)
}
