package main

import "fmt"

func main() {
	fmt.Println("refused before anything runs")
	defer fmt.Println("deferred library call")
}
