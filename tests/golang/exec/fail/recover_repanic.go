package main

// A deferred call recovers a panic and panics again: Go prints the first as [recovered].
import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}
