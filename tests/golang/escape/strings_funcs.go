package main

import (
	"fmt"
	"strings"
)

var keep string

func main() {
	s := strings.Repeat("ab", 3)
	u := strings.ToUpper(s)
	keep = strings.ToUpper(keep)
	fmt.Println(u)
}
