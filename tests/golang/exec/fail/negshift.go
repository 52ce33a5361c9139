package main

import "fmt"

func shift(m int) int {
	return 1 << m
}

func shiftUnsigned(m uint64) int {
	return 1 << m
}

func main() {
	fmt.Println(shift(3), shiftUnsigned(1<<63))
	fmt.Println(shift(-1))
}
