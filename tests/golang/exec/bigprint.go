// bigprint.go — fmt prints output of any length whole: a Println of a 100 KiB string writes
// all 102 400 bytes and the newline (gohotel once cut fmt output at 64 KiB).
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Repeat("0123456789abcdef", 6400)
	n, err := fmt.Println(s)
	fmt.Println(n, err, len(fmt.Sprint(s, s)))
}
