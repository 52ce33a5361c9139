package main

func main() {
	s := make([]int, 3, 4)
	t := s[1:6]
	println(len(t))
}
