package main

import "fmt"

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

//go:noinline
func get() *codeErr { return nil }

func main() {
	var e error = get()
	fmt.Println(e != nil)
	fmt.Println(e)
}
