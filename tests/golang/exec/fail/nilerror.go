package main

import "fmt"

//go:noinline
func find(ok bool) error {
	if ok {
		return fmt.Errorf("found")
	}
	return nil
}

func main() {
	err := find(false)
	fmt.Println(err == nil)
	fmt.Println(err.Error())
}
