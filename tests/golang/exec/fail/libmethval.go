package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("hi")
	get := sb.String
	fmt.Println(get())
}
