package main

import "fmt"

func swap(a, b string) (string, string) { return b, a }

var x, y = 1, 2

func main() {
	a, b := swap("l", "r")
	x, y = y, x
	i, j := 0, 5
	for i < j {
		i, j = i+1, j-1
	}
	var arr [3]int
	arr[0], arr[2] = arr[2]+1, arr[0]+2
	fmt.Println(a, b, x, y, i, j, arr)
}
