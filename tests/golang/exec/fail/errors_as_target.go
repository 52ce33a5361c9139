package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("boom")
	var s string
	fmt.Println(errors.As(err, &s))
}
