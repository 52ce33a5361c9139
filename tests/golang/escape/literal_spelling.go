// literal_spelling.go — -m prints integer literals as written (0x10, 1_000), also one past int64.
package main

import "fmt"

func main() {
	fmt.Println(99999999999999999999>>10, 0x10, 1_000)
}
