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
	f := find(true).Error
	fmt.Println(f())
	g := find(false).Error
	fmt.Println("not reached", g())
}
