package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pow(2, 10))
}
