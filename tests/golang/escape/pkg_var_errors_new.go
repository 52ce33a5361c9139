// pkg_var_errors_new.go — a package-level errors.New sentinel: Go runs it in init, whose line comes after main's.
package main

import (
	"errors"
	"fmt"
)

var ErrX = errors.New("x")

func main() {
	fmt.Println(ErrX)
}
