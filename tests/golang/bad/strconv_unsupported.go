package main

import "strconv"

func main() {
	println(strconv.Quote("a"))
}
