// An array of 2^28 pointers (2 GiB) needs a pointer mask of 32 MiB of host memory, past
// the simulator's 16 MiB budget for the masks of a program's types. Real Go 1.19 runs it
// (and prints true); gohotel refuses it as Go refuses memory it cannot have: a fatal error
// with the goroutine's traceback at the allocating line, exit status 2.
package main

import "fmt"

func main() {
	p := new([1 << 28]*int)
	p[5] = new(int)
	fmt.Println(p[5] != nil)
}
