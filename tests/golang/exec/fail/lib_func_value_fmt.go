package main

import "fmt"

// fmt's printing functions are variadic: as values they are refused before anything runs
// (strings, strconv, sort and errors.Is functions are values gohotel runs).
func main() {
	println("refused before anything runs")
	say := fmt.Println
	say("hi")
}
