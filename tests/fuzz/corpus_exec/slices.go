package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i*i)
	}
	t := s[2:5:7]
	t = append(t, 99)
	u := make([]int, 3, 10)
	n := copy(u, s)
	fmt.Println(len(s), cap(s), t, u, n, s[4])
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b), cap(b))
}
