package main

import "fmt"

func main() {
	s := "héllo, 世界"
	t := s[1:4] + "!"
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(len(s), t, string(b), s[2], rune(0x4e16))
	for i, r := range s {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
