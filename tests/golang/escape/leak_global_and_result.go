package main

var keep *string

//go:noinline
func remember(s *string) {
	keep = s
}

//go:noinline
func same(s *string) *string {
	return s
}

func main() {
	first := "a"
	remember(&first)
	second := "b"
	p := same(&second)
	println(*p)
}
