// fmtpointer.go — fmt's %p: a pointer prints its address, a slice the address of its
// array (&s[0]), a nil slice or pointer 0x0. Addresses differ between runs, so only
// comparisons and the nil forms are printed.
package main

import "fmt"

var keep []byte

func main() {
	keep = make([]byte, 64)
	s := keep[8:]
	fmt.Println(fmt.Sprintf("%p", keep) == fmt.Sprintf("%p", &keep[0]))
	fmt.Println(fmt.Sprintf("%p", s) == fmt.Sprintf("%p", &keep[8]))
	fmt.Println(fmt.Sprintf("%p", s) == fmt.Sprintf("%p", keep))
	var none []int
	var np *int
	fmt.Printf("%p %p\n", none, np)
	fmt.Println(len(fmt.Sprintf("%p", keep)) > 2)
}
