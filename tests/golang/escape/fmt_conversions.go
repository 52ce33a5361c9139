package main

import "fmt"

func main() {
	b := []byte("bytes")
	fmt.Println(string(b), b, len(b))
	var err error
	fmt.Println(err)
	p := &b
	fmt.Println(p)
}
