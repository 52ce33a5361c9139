package main

type config struct {
	name *string
	vals []int
}

var cfg config

//go:noinline
func setName(s *string) {
	cfg.name = s
}

//go:noinline
func setVals(v []int) {
	cfg.vals = v
}

func main() {
	n := "a"
	setName(&n)
	setVals(make([]int, 3))
}
