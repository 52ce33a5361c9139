package main

import "fmt"

var sink string

func main() {
	n := 1000
	name := "go"
	sink = fmt.Sprintf("%s-%d", name, n)
	fmt.Printf("%d %s\n", n, name)
	fmt.Println(len(sink), n+1, name+"!")
}
